"""The anywidget that draws every section in the browser, from a JSON view model."""

from __future__ import annotations

from functools import cache

import anywidget
import traitlets

from . import PACKAGE_DIR

STATIC_DIR = PACKAGE_DIR / "static"
SCRIPT_PARTS = (
    "common.js",
    "timeline.js",
    "quotes.js",
    "policy.js",
    "presenter.js",
    "entry.js",
)  # one module


@cache
def bundle_script() -> str:
    """The views' JavaScript as one ES module (the same file serves Voila and the static site)."""
    parts = [STATIC_DIR / name for name in SCRIPT_PARTS]
    return "\n".join(p.read_text(encoding="utf-8") for p in parts if p.exists())


@cache
def bundle_style() -> str:
    return (STATIC_DIR / "views.css").read_text(encoding="utf-8")


class ExplainerView(anywidget.AnyWidget):
    """One section's interactive view; all interaction runs client-side."""

    _esm = traitlets.Unicode(bundle_script()).tag(sync=True)
    _css = traitlets.Unicode(bundle_style()).tag(sync=True)
    view = traitlets.Unicode("").tag(sync=True)
    payload = traitlets.Dict().tag(sync=True)
