"""Test helpers around the package's own server and browser launchers."""

from __future__ import annotations

from contextlib import contextmanager
from urllib.parse import urlparse

from explainer.site import section_of_view, url
from explainer.tooling.serving import (  # noqa: F401
    CHROMIUM,
    CHROMIUM_ARGS,
    free_port,
    open_page,
    static_server,  # noqa: F401
)
from explainer.tooling.serving import voila_server as _voila_server


@contextmanager
def voila_server(log_path, port=None, extra_args=()):
    with _voila_server(log_path, port, extra_args=extra_args) as (url, _process):
        yield url


def open_view(page, base_url: str, notebook: str, view: str, query: str = ""):
    """Load a dashboard page and wait until its view has drawn; return the view's locator."""
    return open_page(page, base_url, f"voila/render/{notebook}", view, query)


def foreign_requests(requests: list[str], base_url: str) -> list[str]:
    """Requests that went to any host but the dashboard's own."""
    host = urlparse(base_url).netloc
    return [
        url
        for url in requests
        if urlparse(url).scheme in {"http", "https", "ws", "wss"} and urlparse(url).netloc != host
    ]


class Edition:
    """One way of serving the explainer: live Voila, or the static reader edition."""

    def __init__(self, name: str, base_url: str):
        self.name = name
        self.base_url = base_url

    def path(self, view: str | None, lang: str = "en") -> str:
        if view is None:
            return "" if lang == "en" else url("landing", self.name, from_root=True, lang=lang)
        return url(section_of_view(view).slug, self.name, from_root=True, lang=lang)

    def open(self, page, view: str | None, query: str = "", lang: str = "en"):
        path = self.path(view, lang)
        if query and "?" in path:
            query = "&" + query.lstrip("?")
        return open_page(page, self.base_url, path, view, query)

    @property
    def glossary_path(self) -> str:
        return url("policy", self.name, from_root=True, term="")


def wait_until(page, expression: str, seconds: float = 15) -> None:
    """Poll a JS expression until it is truthy (page.wait_for_function needs eval, which the
    pages' Content-Security-Policy rightly forbids)."""
    for _ in range(int(seconds * 4)):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(250)
    raise AssertionError(f"still false after {seconds} s: {expression}")
