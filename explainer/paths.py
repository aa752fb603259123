"""Every path the package reads or writes, named once."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent

# Inputs
# EXPLAINER_DATA_DIR points the package at another copy of the data package (tests use it).
DATA_DIR = Path(os.environ.get("EXPLAINER_DATA_DIR") or PROJECT_DIR / "data")
LESSON_FILE = PROJECT_DIR / "lesson" / "lesson.toml"
LESSON_TRANSLATION_DIR = PROJECT_DIR / "lesson" / "translations"  # es.csv: the lesson in Spanish
LOCALE_DIR = PACKAGE_DIR / "locale"  # the interface catalog: messages.pot, es/LC_MESSAGES/*.po
NOTEBOOK_DIR = PROJECT_DIR / "notebooks"
JS_DIR = PROJECT_DIR / "js"  # the views' ES modules (src/), their build script and tests
JS_BUILD_SCRIPT = JS_DIR / "build.mjs"
STATIC_DIR = PACKAGE_DIR / "delivery" / "static"  # the views' styles, and built/ below
TEMPLATE_DIR = PROJECT_DIR / "share" / "jupyter" / "voila" / "templates" / "explainer"
SECTION_TEMPLATE_DIR = PACKAGE_DIR / "sections" / "templates"
NGINX_TEMPLATE = PROJECT_DIR / "deploy" / "nginx.conf.j2"  # `make serve-replicas`'s proxy

# Outputs (all gitignored except the README's pictures and the text snapshots)
BUILT_JS_DIR = STATIC_DIR / "built"  # `make js` (js/build.mjs, esbuild) writes the views' scripts
WIDGET_MODULE = BUILT_JS_DIR / "widget.js"  # the anywidget's ES module (its _esm)
VIEWS_SCRIPT_FILE = BUILT_JS_DIR / "explainer-views.js"  # the pages' classic script
QR_SCRIPT_FILE = BUILT_JS_DIR / "explainer-qr.js"  # the QR codes of share links, loaded when needed
BUILD_DIR = PROJECT_DIR / "build"
CACHE_DIR = BUILD_DIR / "views"
HANDOUT_DIR = BUILD_DIR / "handout"
DOWNLOAD_DIR = BUILD_DIR / "downloads"  # the data as the server offers it (delivery/downloads.py)
SCREENSHOT_DIR = BUILD_DIR / "screenshots"
NGINX_DIR = BUILD_DIR / "nginx"  # the proxy's prefix: its nginx.conf, pid, logs and temp files
SITE_DIR = PROJECT_DIR / "site"
README_DIR = PROJECT_DIR / "docs" / "screenshots"
SNAPSHOT_DIR = PROJECT_DIR / "tests" / "snapshots"
DICTIONARY_FILE = PROJECT_DIR / "docs" / "data-dictionary.md"  # generated, committed


def view_inputs(data_dir: Path = DATA_DIR) -> list[Path]:
    """Every file the views and generated pages are built from, the views' JavaScript sources
    included (not its built files): the view cache's fingerprint and the Makefile's
    prerequisites both read this list (`python3 explainer/paths.py` prints it)."""
    return sorted(
        [
            *data_dir.rglob("*.csv"),
            data_dir / "datapackage.json",
            LESSON_FILE,
            *LESSON_TRANSLATION_DIR.glob("*.csv"),
            *LOCALE_DIR.rglob("*.po"),
            *NOTEBOOK_DIR.glob("*.ipynb"),
            *PACKAGE_DIR.rglob("*.py"),
            *PACKAGE_DIR.rglob("*.j2"),
            PACKAGE_DIR / "site.toml",  # where correction reports go
            *(JS_DIR / "src").rglob("*.js"),
            JS_BUILD_SCRIPT,
            *(p for p in STATIC_DIR.glob("*") if p.is_file()),
            *(p for p in TEMPLATE_DIR.glob("*") if p.is_file()),
        ]
    )


if __name__ == "__main__":
    print(" ".join(str(p.relative_to(PROJECT_DIR)) for p in view_inputs()))
