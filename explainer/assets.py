"""Files the Voila template serves, made from the installed packages and the data."""

from __future__ import annotations

import shutil
from pathlib import Path

import plotly

from . import PROJECT_DIR
from .layout import landing_html
from .loading import load_story

TEMPLATE_DIR = PROJECT_DIR / "share" / "jupyter" / "voila" / "templates" / "explainer"


def plotly_js() -> Path:
    """plotly.js as shipped inside the installed plotly wheel (never a CDN)."""
    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def write_template_assets(template_dir: Path = TEMPLATE_DIR) -> list[Path]:
    """Copy plotly.js and write the landing page fragment; returns the files written."""
    static = template_dir / "static"
    static.mkdir(parents=True, exist_ok=True)
    plotly_target = static / "plotly.min.js"
    shutil.copyfile(plotly_js(), plotly_target)
    generated = template_dir / "generated"
    generated.mkdir(exist_ok=True)
    landing = generated / "landing.html"
    landing.write_text(landing_html(load_story()), encoding="utf-8")
    return [plotly_target, landing]
