"""The dashboard as a product: landing page, read-only hardening, offline, faults."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
import uuid

import pytest
from servers import foreign_requests, open_view

from explainer.paths import PROJECT_DIR
from explainer.site import SECTIONS, section

pytestmark = pytest.mark.browser
# one control per section and the cue that it redrew (each view times its updates on its root)
FIRST_ACTION = {
    "timeline": lambda view: view.get_by_role("button", name="Next ▶").click(),
    "quotes": lambda view: view.get_by_label("Compare").select_option(index=3),
    "policy": lambda view: view.get_by_role("button", name="Next step ▶").click(),
}
PAGES = [(s.notebook, s.view) for s in SECTIONS if s.view in FIRST_ACTION]
NOTEBOOK = section("timeline").notebook  # any section's notebook, for the endpoint probes
SOURCE_SNIPPETS = [
    "from explainer.delivery import pages",
    "pages.timeline()",
    "pages.quotes()",
    "pages.policy()",
]


def fetch(url: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return (
                response.status,
                response.read().decode("utf-8", "replace"),
                dict(response.headers),
            )
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def test_landing_page_is_not_a_file_listing(page, voila_url, story):
    page.goto(voila_url)
    assert page.locator("h1").inner_text().startswith("Microsoft, ICE")
    assert page.locator(".ex-landing section p").count() == 3
    for name in ("The timeline", "The quote comparisons", "The policy background"):
        assert page.get_by_role("link", name=name).count() == 1
    text = page.locator("main").inner_text()
    assert f"Data version {story.version}" in text and "latest event" in text
    assert "How to cite" in text and "Report a correction" in text
    assert f"{len(story.sources)} sources" in text
    assert not foreign_requests(page.requests, voila_url)


def test_links_between_pages_work(page, voila_url):
    page.goto(voila_url)
    page.get_by_role("link", name="The quote comparisons").click()
    page.wait_for_selector(".ex-quotes[data-ready='true']", timeout=120_000)
    page.locator(".ex-header").get_by_role("link", name="Timeline").click()
    page.wait_for_selector(".ex-timeline[data-ready='true']", timeout=120_000)
    assert page.url.endswith(section("timeline").notebook)


@pytest.mark.parametrize("notebook, view", PAGES)
def test_every_page_is_offline_sourced_and_footed(page, voila_url, story, notebook, view):
    open_view(page, voila_url, notebook, view)
    assert not foreign_requests(page.requests, voila_url)
    # the page is drawn by the package's views alone: no widget manager, no lab extension
    jupyter = [u for u in page.requests if "/labextensions/" in u or "/voila/static/" in u]
    assert not jupyter, jupyter
    header_links = page.locator(".ex-header nav a").all_inner_texts()
    assert len(header_links) == sum(s.in_nav for s in SECTIONS) and "Corrections" in header_links
    footer = page.locator(".ex-footer").inner_text()
    assert f"{len(story.sources)} sources" in footer and story.version in footer
    html = page.content()
    assert not any(snippet in html for snippet in SOURCE_SNIPPETS)
    assert "cdn.jsdelivr.net" not in html and "cdnjs" not in html


@pytest.mark.parametrize("notebook, view", PAGES)
def test_views_draw_and_respond_from_the_page_html_before_any_kernel_answers(
    page, voila_url, notebook, view
):
    """The page carries each view's JSON: it draws and works while the kernel is unreachable."""
    page.route_web_socket(re.compile(r"/api/kernels/"), lambda socket: None)  # never connected
    root = open_view(page, voila_url, notebook, view)
    assert page.locator(".ex-footer").count() == 1
    assert page.locator(f"[data-explainer-view='{view}'][data-adopted]").count() == 0
    FIRST_ACTION[view](root)
    page.wait_for_selector(f".ex-{view}[data-last-update-ms]", timeout=10_000)


def test_a_page_view_starts_no_kernel(page, tmp_path):
    """Readers on every page, and plain GETs in a burst, leave the server with no kernel."""
    import psutil

    from explainer.tooling.serving import voila_server

    with voila_server(tmp_path / "voila.log") as (url, process):
        for notebook, view in PAGES:
            open_view(page, url, notebook, view)
            FIRST_ACTION[view](page.locator(f".ex-{view}"))
        for _ in range(20):
            for s in SECTIONS:
                assert fetch(f"{url}voila/render/{s.notebook}")[0] == 200
        children = psutil.Process(process.pid).children(recursive=True)
        assert not children, [c.cmdline() for c in children]
        assert "kernel" not in (tmp_path / "voila.log").read_text().lower()


@pytest.mark.parametrize("notebook, view", PAGES)
def test_the_page_html_holds_each_view_once(voila_url, notebook, view):
    """One mount and one copy of the view's JSON: the widget's output goes without its mount."""
    from explainer.delivery.mounts import EARLY_MIME
    from explainer.delivery.viewcache import cached_view

    status, html, _ = fetch(voila_url + f"voila/render/{notebook}")
    assert status == 200
    assert html.count(f'data-explainer-view="{view}"') == 1 and EARLY_MIME not in html
    script = rf'<script type="application/json" id="payload-{view}">(.*?)</script>'
    payload = re.search(script, html)
    assert json.loads(payload.group(1)) == cached_view(view)


@pytest.mark.parametrize("notebook", [p[0] for p in PAGES] + [""])
def test_pages_send_a_content_security_policy(voila_url, notebook):
    url = voila_url + (f"voila/render/{notebook}" if notebook else "")
    status, html, headers = fetch(url)
    assert status == 200
    policy = headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-eval" not in policy and "http" not in policy
    assert not any(snippet in html for snippet in SOURCE_SNIPPETS)


@pytest.mark.parametrize(
    "path, status",
    [
        ("", 200),
        ("voila/render/02-quotes.ipynb", 200),
        ("voila/templates/explainer/static/page.js", 200),
        ("voila/templates/explainer/static/generated/student-a4.pdf", 200),
        ("voila/templates/explainer/static/no-such.js", 404),
        ("voila/templates/%2e%2e/%2e%2e/voila.json", 404),
        ("voila/templates/explainer/static/%2e%2e/index.html.j2", 404),
        ("logout", 404),
        ("login", 404),
        ("voila/tree", 404),
        ("voila/static/voila.js", 404),
        ("no/such/page", 404),
    ],
)
def test_every_response_carries_the_security_headers_and_no_traceback(voila_url, path, status):
    got, body, headers = fetch(voila_url + path)
    assert got == status, (got, body[:200])
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")
    assert headers.get("X-Content-Type-Options") == "nosniff"
    assert headers.get("Referrer-Policy") == "no-referrer"
    assert "Traceback" not in body and "site-packages" not in body
    assert str(PROJECT_DIR) not in body  # no path of the server's machine


@pytest.mark.parametrize(
    "path",
    [
        "api/contents",
        "api/kernels",
        "api/sessions",
        "lab",
        "tree",
        "terminals",
        "api/terminals",
        f"files/{NOTEBOOK}",
        f"voila/files/{NOTEBOOK}",
        NOTEBOOK,
        f"notebooks/{NOTEBOOK}",
        "voila/files/../explainer/sections/timeline.py",
        f"edit/{NOTEBOOK}",
        f"voila/api/contents/{NOTEBOOK}?content=1",
        "voila/static/../../voila.json",
    ],
)
def test_jupyter_endpoints_give_nothing_useful(voila_url, path):
    status, body, _ = fetch(voila_url + path)
    assert status == 404, (status, body[:200])
    assert not any(snippet in body for snippet in SOURCE_SNIPPETS)
    assert '"cells"' not in body


@pytest.mark.parametrize(
    "method, path",
    [
        ("POST", "api/kernels"),
        ("GET", "api/kernels"),
        ("GET", f"api/kernels/{uuid.uuid4()}"),
        ("GET", f"api/kernels/{uuid.uuid4()}/channels"),
        ("GET", f"voila/query/{uuid.uuid4()}"),
        ("GET", f"voila/execution/{uuid.uuid4()}"),
        ("POST", f"voila/api/shutdown/{uuid.uuid4()}"),
        ("GET", "voila/render/no-such-page.ipynb"),
        ("GET", "voila/render/../voila.json"),
    ],
)
def test_no_route_starts_or_reaches_a_kernel(voila_url, method, path):
    request = urllib.request.Request(
        voila_url + path, method=method, data=b"" if method == "POST" else None
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, body = response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        status, body = err.code, err.read().decode()
    assert status in {403, 404, 405}, (status, body[:200])
    assert "Traceback" not in body and str(PROJECT_DIR) not in body


def test_kernel_websocket_is_not_served(voila_url):
    import websocket

    with pytest.raises(websocket.WebSocketBadStatusException):
        websocket.create_connection(
            voila_url.replace("http", "ws") + f"api/kernels/{uuid.uuid4()}/channels", timeout=10
        )


def test_the_page_keeps_working_without_its_server_and_a_restarted_one_serves(page, tmp_path):
    from servers import free_port, voila_server

    port = free_port()
    log = tmp_path / "voila.log"
    with voila_server(log, port) as url:
        view = open_view(page, url, section("timeline").notebook, "timeline")
    view.get_by_role("button", name="Next ▶").click()  # the server is gone; the page still works
    assert view.get_attribute("data-current")
    with voila_server(log, port) as url:
        page.reload()
        page.wait_for_selector(".ex-timeline[data-ready='true']", timeout=60_000)
