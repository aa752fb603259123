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


def test_the_server_routes_only_pages_and_template_files():
    import re
    from types import SimpleNamespace

    app = SimpleNamespace(server_url="/", rendered=None)
    routes = server.ExplainerVoila.init_handlers(app)

    def handler(path):
        return next(r[1] for r in routes if re.fullmatch(r[0], path))

    for path in (
        "/api/kernels/abc",
        "/api/kernels/abc/channels",
        "/voila/execution/abc",
        "/voila/api/shutdown/abc",
        "/voila/api/contents/x",
        "/logout",
    ):
        assert handler(path) is server.NotFoundHandler, path
    assert handler("/voila/render/01-timeline.ipynb") is server.RenderedPageHandler
    assert handler("/voila/templates/explainer/static/page.js") is server.AssetHandler
    assert handler("/voila/templates/explainer/static/%2e%2e/x") is server.NotFoundHandler


def test_every_section_renders_a_whole_page_for_the_server(story):
    from explainer.delivery.static_site import section_page

    for s in SECTIONS:
        html = section_page(story, s, "voila", "/base/")
        assert html.startswith("<!DOCTYPE html>") and "</html>" in html
        assert 'src="/base/voila/templates/explainer/static/page.js?v=' in html
        assert 'href="/base/voila/render/01-timeline.ipynb">Timeline</a>' in html
        assert "assets/" not in html.split("<body")[0]


def test_each_language_has_its_rendering_and_the_address_picks_it():
    pages = server.render_pages("/base/")
    for prefix, lang in (("", "en"), ("es/", "es")):
        for key in ["", *(s.notebook for s in SECTIONS)]:
            html = pages[prefix + key]
            assert f'<html lang="{lang}">' in html, (prefix, key)
    timeline = "/base/voila/render/01-timeline.ipynb"
    assert f'href="{timeline}?lang=es" lang="es"' in pages["01-timeline.ipynb"]
    assert f'href="{timeline}" lang="en"' in pages["es/01-timeline.ipynb"]
    assert server.page_key("01-timeline.ipynb", "es") == "es/01-timeline.ipynb"
    assert server.page_key("01-timeline.ipynb", "fr") == "01-timeline.ipynb"  # unknown: English
    assert server.page_key("", "en") == ""


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


@pytest.mark.browser  # starts a server process
def test_the_server_refuses_to_start_on_bad_data_with_one_clear_line(data_copy):
    import os
    import subprocess

    from conftest import read_rows, write_rows

    from explainer.paths import PROJECT_DIR
    from explainer.tooling.serving import free_port

    rows = read_rows(data_copy / "events.csv")
    rows[0]["date"] = "1997-13-45"
    write_rows(data_copy / "events.csv", rows)
    command = [*server.SERVER_COMMAND, f"--port={free_port()}"]
    done = subprocess.run(
        [*command, "--no-browser", "notebooks/"],
        cwd=PROJECT_DIR,
        env={**os.environ, "EXPLAINER_DATA_DIR": str(data_copy)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    said = done.stdout + done.stderr
    assert done.returncode == 1
    assert "the pages cannot be rendered, so the server does not start" in said
    assert "events.csv:2: date: '1997-13-45'" in said and "Traceback" not in said


def test_a_lesson_naming_what_the_data_lacks_is_a_named_problem_not_a_traceback(monkeypatch, story):
    from explainer.sections import lesson as lesson_module

    real = lesson_module.load_lesson()
    broken = {**real, "quote_activity": {**real["quote_activity"], "pair": "no-such-pair"}}
    monkeypatch.setattr(lesson_module, "load_lesson", lambda: broken)
    with pytest.raises(lesson_module.LessonError) as caught:
        lesson_module.checked_lesson(story)
    assert "quote_activity.pair: no quote pair 'no-such-pair'" in str(caught.value)
    assert server._say(caught.value).startswith("1 problem(s) in lesson/lesson.toml; the first:")
