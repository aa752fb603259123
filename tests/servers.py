"""Test helpers around the package's own server and browser launchers."""

from __future__ import annotations

from contextlib import contextmanager
from urllib.parse import urlparse

from explainer.serving import CHROMIUM, CHROMIUM_ARGS, free_port, open_page  # noqa: F401
from explainer.serving import voila_server as _voila_server


@contextmanager
def voila_server(log_path, port=None):
    with _voila_server(log_path, port) as (url, _process):
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
