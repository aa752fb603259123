"""The dashboard server's rendered pages: built once per change of input, last good ones kept."""

import logging

from explainer.data.problems import DataError, Problem
from explainer.delivery import server
from explainer.site import SECTIONS


def test_pages_render_once_per_change_and_a_bad_change_keeps_the_last_good(monkeypatch, caplog):
    stamps = iter(["a", "a", "b", "c"])
    calls = []

    def render(base_url):
        calls.append(base_url)
        if len(calls) == 2:
            problem = Problem("events.csv", 7, "date", "'2018-13-01' is not a date")
            raise DataError([problem])
        return {s.notebook: f"page {len(calls)}" for s in SECTIONS}

    monkeypatch.setattr(server, "fingerprint", lambda: next(stamps))
    monkeypatch.setattr(server, "render_pages", render)
    pages = server.RenderedPages("/", logging.getLogger("test"))
    assert pages.refresh() and pages.refresh() is False  # same inputs: not rendered again
    with caplog.at_level(logging.ERROR):
        assert pages.refresh() is False  # a bad edit: the last good pages stay
    assert set(pages.pages.values()) == {"page 1"}
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "events.csv:7: date" in errors[0], errors
    assert pages.refresh() and set(pages.pages.values()) == {"page 3"}


def test_the_server_routes_no_kernel_handler():
    for route in ("/api/kernels/abc", "/voila/execution/abc", "/voila/render/x.ipynb"):
        assert server.KERNEL_ROUTES.search(route)
    assert not server.KERNEL_ROUTES.search("/voila/templates/explainer/static/page.js")


def test_every_section_renders_a_whole_page_for_the_server(story):
    from explainer.delivery.static_site import section_page

    for s in SECTIONS:
        html = section_page(story, s, "voila", "/base/")
        assert html.startswith("<!DOCTYPE html>") and "</html>" in html
        assert 'src="/base/voila/templates/explainer/static/page.js"' in html
        assert 'href="/base/voila/render/01-timeline.ipynb">Timeline</a>' in html
        assert "assets/" not in html.split("<body")[0]
