"""Files the Voila template serves, made from the installed packages and the data."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import plotly

from explainer.components.i18n import LANGUAGES, language
from explainer.data.downloads import write_downloads
from explainer.data.loading import load_story
from explainer.delivery.widgets import bundle_style, classic_views_script, qr_script
from explainer.paths import DOWNLOAD_DIR, PROJECT_DIR, TEMPLATE_DIR
from explainer.sections.landing import landing_html
from explainer.sections.source_citing import script_name, source_cites_script
from explainer.site import nav_links

VIEWS_SCRIPT = "explainer-views.js"
QR_SCRIPT = "explainer-qr.js"  # fetched by page.js when a QR code is first shown or printed
# Every source's citation, one file per language, fetched when a source's Cite panel first opens
SOURCE_CITE_SCRIPTS = {script_name(code): code for code in LANGUAGES}


BASIC_PLOTLY_JS = PROJECT_DIR / "node_modules" / "plotly.js-basic-dist-min" / "plotly-basic.min.js"


def plotly_js() -> Path:
    """The plotly.js file pages load (never a CDN).

    The pinned npm build with only the traces we use (scatter: a quarter of the size, and about
    a second less to parse on a school laptop), installed by `make`; if it is missing, the full
    plotly.js shipped inside the installed plotly wheel."""
    if BASIC_PLOTLY_JS.is_file():
        return BASIC_PLOTLY_JS
    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


# V8's explicit compile hint (Chrome 136+): compile every function of the file eagerly, on a
# background thread while it loads, instead of on the main thread at the chart's first draw.
COMPILE_HINT = "//# allFunctionsCalledOnLoad\n"


def copy_plotly_js(target: Path) -> Path:
    """Write the pages' plotly.js to `target`, led by the compile hint."""
    target.write_bytes(page_asset("plotly.min.js"))
    return target


# The files a page loads, by name, the same in both editions (the template's static/ folder
# for the server, assets/ in the static edition). page.js and site.css are committed there.
PAGE_ASSETS = (
    "page.js",
    "site.css",
    "views.css",
    VIEWS_SCRIPT,
    QR_SCRIPT,
    "plotly.min.js",
    *SOURCE_CITE_SCRIPTS,
)


def page_asset(name: str) -> bytes:
    """One of the files a page loads, as both editions serve it."""
    if name == "plotly.min.js":
        return (COMPILE_HINT + plotly_js().read_text(encoding="utf-8")).encode()
    if name == VIEWS_SCRIPT:
        return classic_views_script().encode()
    if name == QR_SCRIPT:
        return qr_script().encode()
    if name == "views.css":
        return bundle_style().encode()
    if name in SOURCE_CITE_SCRIPTS:
        return source_cites_bytes(SOURCE_CITE_SCRIPTS[name])
    return (TEMPLATE_DIR / "static" / name).read_bytes()


# Each language's source citations, built once per loaded story (every page names their version).
_source_cites: dict[str, tuple[object, bytes]] = {}


def source_cites_bytes(code: str) -> bytes:
    """The file of every source's citation in language `code`, for the story loaded now."""
    story = load_story(language=code)
    built = _source_cites.get(code)
    if built is None or built[0] is not story:
        with language(code):
            content = source_cites_script(story, load_story()).encode()
        built = _source_cites[code] = (story, content)
    return built[1]


def content_version(content: bytes) -> str:
    """The version a page's address names a file by (`?v=`): the start of its SHA-256."""
    return hashlib.sha256(content).hexdigest()[:12]


def asset_versions() -> dict[str, str]:
    """Each page asset's version, for the addresses the pages write."""
    return {name: content_version(page_asset(name)) for name in PAGE_ASSETS}


def write_page_assets(directory: Path, names: tuple[str, ...] = PAGE_ASSETS) -> list[Path]:
    """Write the page assets named into `directory`, exactly as the pages' versions name them."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        (directory / name).write_bytes(page_asset(name))
        written.append(directory / name)
    return written


def write_section_links(generated: Path) -> Path:
    """The header's section links from the registry, as a Jinja file the Voila template imports."""
    target = generated / "sections.j2"
    links = json.dumps(nav_links(), ensure_ascii=False)
    target.write_text(f"{{#- written from explainer/site.py -#}}{{% set sections = {links} %}}\n")
    return target


def write_template_assets(template_dir: Path = TEMPLATE_DIR) -> list[Path]:
    """Copy plotly.js and the views' script and styles, write the landing page fragment and the
    handouts (static/generated/, served at voila/templates/explainer/static/generated/), and
    the data's downloads (build/downloads/, served at data/); returns the files written."""
    static = template_dir / "static"
    built = write_page_assets(
        static, ("plotly.min.js", VIEWS_SCRIPT, QR_SCRIPT, "views.css", *SOURCE_CITE_SCRIPTS)
    )
    generated = template_dir / "generated"
    generated.mkdir(exist_ok=True)
    landing = generated / "landing.html"
    # plain Voila's tree page includes it as a Jinja template: its text (a BibTeX "{{...}}") is
    # kept as written
    landing.write_text(f"{{% raw %}}{landing_html(load_story())}{{% endraw %}}", encoding="utf-8")
    nav = write_section_links(generated)
    from explainer.delivery.handout import publish_handouts
    from explainer.delivery.viewcache import CACHE_DIR, fill_cache

    handouts = publish_handouts(static / "generated")
    downloads = write_downloads(DOWNLOAD_DIR)

    return [
        *built,
        landing,
        nav,
        *handouts,
        *downloads,
        *(CACHE_DIR / f"{name}.json" for name in fill_cache()),
    ]
