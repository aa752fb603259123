"""The dashboard server's rendered pages: built once per change of input, last good ones kept."""

import logging

import pytest

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


@pytest.mark.browser  # starts a server: with the slow tests, not `make test-fast`
def test_an_edit_while_serving_reaches_readers_and_a_bad_one_keeps_the_last_good(
    data_copy, tmp_path
):
    import time
    import urllib.request

    from conftest import read_rows, write_rows

    from explainer.tooling.serving import voila_server

    def timeline(url, path="voila/render/01-timeline.ipynb"):
        with urllib.request.urlopen(f"{url}{path}", timeout=10) as page:
            return page.read().decode()

    def wait_for(check, seconds=15):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not check():
            time.sleep(0.5)
        return check()

    log = tmp_path / "voila.log"
    env = {"EXPLAINER_DATA_DIR": str(data_copy)}
    with voila_server(log, env=env) as (url, _process):
        events = data_copy / "events.csv"
        rows = read_rows(events)
        rows[0]["title"] = "A title edited while the server ran"
        write_rows(events, rows)
        assert wait_for(lambda: "A title edited while the server ran" in timeline(url))
        descriptor = data_copy / "datapackage.json"
        descriptor.write_text(descriptor.read_text().replace('"version": "', '"version": "9.'))
        assert wait_for(lambda: "Data version 9." in timeline(url, ""))  # the landing page too
        rows[0]["date"] = "2018-13-45"
        write_rows(events, rows)
        assert wait_for(lambda: "pages not re-rendered" in log.read_text())
        assert "A title edited while the server ran" in timeline(url)  # the last good page
    lines = [line for line in log.read_text().splitlines() if "pages not re-rendered" in line]
    assert len(lines) == 1 and "events.csv:2: date" in lines[0], lines
