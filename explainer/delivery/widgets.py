"""The anywidget that draws every section in the browser, from a JSON view model."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import anywidget
import traitlets

from explainer.delivery.mounts import EARLY_MIME, view_mount
from explainer.paths import QR_SCRIPT_FILE, STATIC_DIR, VIEWS_SCRIPT_FILE, WIDGET_MODULE


def _built(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{path} is missing: build the views' JavaScript from js/src with `make js`"
        ) from None


@cache
def widget_module() -> str:
    """The views as the widget's ES module (built from js/src by esbuild)."""
    return _built(WIDGET_MODULE)


@cache
def classic_views_script() -> str:
    """The same views as the pages' classic script, which draws every mount on the page it runs
    in (built from js/src by esbuild; Voila's pages and the static edition load it)."""
    return _built(VIEWS_SCRIPT_FILE)


@cache
def qr_script() -> str:
    """The QR code drawer for share links, a classic script of its own (built from
    js/src/share/qr.js); page.js fetches it only when a QR code is shown or the page printed."""
    return _built(QR_SCRIPT_FILE)


@cache
def bundle_style() -> str:
    return (STATIC_DIR / "views.css").read_text(encoding="utf-8")


class ExplainerView(anywidget.AnyWidget):
    """One section's interactive view; all interaction runs client-side."""

    _esm = traitlets.Unicode(widget_module()).tag(sync=True)
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
