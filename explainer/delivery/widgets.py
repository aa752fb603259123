"""The anywidget that draws every section in the browser, from a JSON view model."""

from __future__ import annotations

from functools import cache

import anywidget
import traitlets

from explainer.delivery.mounts import EARLY_MIME, view_mount, views_script
from explainer.paths import STATIC_DIR

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
def classic_views_script() -> str:
    """The same views as a classic script that draws every mount on the page it runs in."""
    return views_script(bundle_script())


@cache
def bundle_style() -> str:
    return (STATIC_DIR / "views.css").read_text(encoding="utf-8")


class ExplainerView(anywidget.AnyWidget):
    """One section's interactive view; all interaction runs client-side."""

    _esm = traitlets.Unicode(bundle_script()).tag(sync=True)
    _css = traitlets.Unicode(bundle_style()).tag(sync=True)
    view = traitlets.Unicode("").tag(sync=True)
    payload = traitlets.Dict().tag(sync=True)

    def _repr_mimebundle_(self, **kwargs):
        """The widget, plus the view's mount for the page's HTML (the Voila template uses it)."""
        bundle = super()._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        if data is not None:
            data[EARLY_MIME] = {"html": view_mount(self.view, self.payload)}
        return bundle


class PageHTML:
    """HTML built (and escaped) by this package, written into the page's HTML by the template.

    Voila draws it with the page, before any kernel answers; JupyterLab shows its text/html."""

    def __init__(self, html: str):
        self.html = html

    def _repr_mimebundle_(self, **kwargs):
        return {
            "text/plain": "(explainer page HTML)",
            "text/html": self.html,
            EARLY_MIME: {"html": self.html},
        }
