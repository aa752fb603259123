"""Embedding, in Chromium: the Embed control's code, pasted into a course page on another
origin (a second local port), shows the embed view in a frame that grows to fit it; a full
page of the dashboard refuses to be framed."""

from __future__ import annotations

import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
from servers import static_server, wait_until

from explainer.site import embed_url

pytestmark = pytest.mark.browser

QUOTED_EVENT = "msl-lawsuit-filed-2018-02-26"  # its title has double quotes


class Frames(HTMLParser):
    def __init__(self):
        super().__init__()
        self.frames = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))


def frame_attributes(code: str) -> dict:
    parser = Frames()
    parser.feed(code)
    assert len(parser.frames) == 1, code
    return parser.frames[0]


def embed_code(control) -> tuple[str, str]:
    """Open the control and read its code once page.js has filled it in (on `toggle`, which
    fires after the click)."""
    control.locator("summary").click()
    code = control.locator("textarea.ex-embed-code")
    for _ in range(40):
        if code.input_value():
            break
        control.page.wait_for_timeout(125)
    return code.input_value(), control.locator("textarea.ex-embed-script").input_value()


# The course page records the messages it gets, besides running the pasted script.
RECORDER = (
    "<script>window.heights = []; window.addEventListener('message', (e) => "
    "window.heights.push(e.data && e.data.height));</script>"
)


# The frame's height is the last one its view posted.
FITTED = (
    "document.querySelector('iframe').style.height === "
    "window.heights[window.heights.length - 1] + 'px'"
)


def course_page(folder, *parts: str) -> None:
    body = "\n".join(parts)
    folder.joinpath("index.html").write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Course</title>'
        f"</head><body><h1>Course page</h1>{RECORDER}{body}</body></html>",
        encoding="utf-8",
    )


def test_a_section_embeds_in_a_course_page_on_another_origin(page, edition, tmp_path):
    edition.open(page, "timeline", "?era=june-2018")
    code, script = embed_code(page.locator("details.ex-embed-control[data-embed-place]"))
    frame = frame_attributes(code)
    assert frame["title"] == page.locator("main h1").first.inner_text()
    assert frame["width"] == "100%" and int(frame["height"]) >= 600
    assert frame["src"].startswith(edition.base_url) and "era=june-2018" in frame["src"]
    assert "frame-ancestors" not in code and "<script>" in script
    course_page(tmp_path, code, script)
    with static_server(tmp_path) as host:
        assert host != edition.base_url
        page.goto(host + "index.html")
        framed = page.frame_locator("iframe[data-explainer-embed]")
        framed.locator(".ex-timeline[data-ready='true']").wait_for(timeout=120_000)
        assert framed.locator(".ex-header").count() == 0
        assert framed.locator(".ex-embed-bar a").count() == 1
        framed.locator(".ex-embed-bar a").focus()  # the full page keeps the reader's place
        assert "era=june-2018" in framed.locator(".ex-embed-bar a").get_attribute("href")
        assert "embed=" not in framed.locator(".ex-embed-bar a").get_attribute("href")
        # the frame's height message arrives, and the pasted script fits the frame to it
        wait_until(page, "window.heights.some((h) => h > 0)")
        wait_until(page, FITTED)
        page.wait_for_timeout(1000)  # settled: no growing without end
        heights = page.evaluate("window.heights")
        assert page.evaluate(FITTED) and len(heights) < 20, heights
        assert heights[-1] > int(frame["height"])  # the whole timeline is taller than the frame


def test_an_event_card_embeds_with_its_title_escaped(page, edition, story, tmp_path):
    event = story.event(QUOTED_EVENT)
    assert '"' in event.title
    view = edition.open(page, "timeline", f"?event={QUOTED_EVENT}")
    code, script = embed_code(view.locator(".ex-card details.ex-embed-control"))
    frame = frame_attributes(code)
    assert frame["title"] == event.title
    assert "&quot;" in code and f'"{event.title}"' not in code
    assert frame["src"].endswith(f"event={QUOTED_EVENT}")
    course_page(tmp_path, code, script)
    with static_server(tmp_path) as host:
        page.goto(host + "index.html")
        framed = page.frame_locator("iframe[data-explainer-embed]")
        framed.locator(".ex-event[data-ready='true']").wait_for(timeout=60_000)
        assert framed.locator(".ex-card-title").inner_text() == event.title
        link = framed.locator("a.ex-embed-open").get_attribute("href")
        assert link.endswith(f"event={QUOTED_EVENT}") and "embed" not in link


def test_a_full_page_refuses_a_frame_and_an_embed_view_accepts_one(page, edition, tmp_path):
    """On the dashboard, as its server sends; in the static edition, as docs/deploy.md asks of
    the host (the tests' static host sends those headers)."""
    full = edition.base_url + edition.path("timeline")
    embed = urljoin(full, embed_url("timeline", edition.name))  # beside the full page
    for address, policy in (
        (full, "frame-ancestors 'none'"),
        (embed, "frame-ancestors *"),
    ):
        with urllib.request.urlopen(address) as response:
            assert policy in response.headers["Content-Security-Policy"], address
    course_page(
        tmp_path,
        f'<iframe id="full" src="{full}" title="full"></iframe>',
        f'<iframe id="embed" src="{embed}" title="embed"></iframe>',
    )
    with static_server(tmp_path) as host:
        page.goto(host + "index.html")
        page.frame_locator("#embed").locator(".ex-timeline[data-ready='true']").wait_for(
            timeout=120_000
        )
        blocked = page.frame_locator("#full")
        assert blocked.locator(".ex-header, .ex-timeline").count() == 0
        assert not any(f.url == full for f in page.frames if f.url.startswith("http"))
