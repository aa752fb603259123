"""The dashboard as a product: landing page, read-only hardening, offline, faults."""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from servers import foreign_requests, open_view, wait_until

from explainer.site import SECTIONS, section

pytestmark = pytest.mark.browser
# voila.json's extension_denylist keeps the rest (jupyterlab-plotly alone is 4.8 MB) off the pages
NEEDED_EXTENSIONS = {
    "@jupyter-widgets/jupyterlab-manager",
    "@voila-dashboards/widgets-manager8",
    "anywidget",
}
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
    loaded = {
        u.split("/labextensions/")[1].split("/static/")[0]
        for u in page.requests
        if "/labextensions/" in u
    }
    assert loaded == NEEDED_EXTENSIONS, f"lab extensions loaded: {sorted(loaded)}"
    header_links = page.locator(".ex-header nav a").all_inner_texts()
    assert len(header_links) == len(SECTIONS) and "Corrections" in header_links
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


def test_the_widget_adopts_the_drawn_view_without_a_second_copy(page, voila_url):
    root = open_view(page, voila_url, section("policy").notebook, "policy")
    wait_until(page, "!!document.querySelector('[data-explainer-view=policy][data-adopted]')")
    assert page.locator(".ex-policy").count() == 1 and page.locator(".ex-footer").count() == 1
    cell = ".jp-OutputArea-child:has(> .ex-early-output)"
    widget_nodes = page.locator(f"{cell} > :not(.ex-early-output)")
    assert widget_nodes.count() >= 1 and not any(n.is_visible() for n in widget_nodes.all())
    assert root.bounding_box()["width"] > 1000  # the drawn view keeps the full width
    FIRST_ACTION["policy"](root)
    page.wait_for_selector(".ex-policy[data-last-update-ms]", timeout=10_000)


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
    assert status in {403, 404} or (status == 200 and '"content": null' in body), (
        status,
        body[:200],
    )
    assert not any(snippet in body for snippet in SOURCE_SNIPPETS)
    assert '"cells"' not in body


def test_execute_request_over_the_kernel_websocket_is_refused(page, voila_url):
    import websocket

    open_view(page, voila_url, section("timeline").notebook, "timeline")
    kernel_id = json.loads(page.locator("#jupyter-config-data").text_content())["kernelId"]
    marker = Path(f"/tmp/explainer-pwned-{uuid.uuid4().hex}")
    socket = websocket.create_connection(
        voila_url.replace("http", "ws") + f"api/kernels/{kernel_id}/channels", timeout=10
    )

    def send(msg_type: str, content: dict) -> str:
        msg_id = uuid.uuid4().hex
        header = {
            "msg_id": msg_id,
            "username": "test",
            "session": uuid.uuid4().hex,
            "msg_type": msg_type,
            "version": "5.3",
            "date": "",
        }
        socket.send(
            json.dumps(
                {
                    "header": header,
                    "parent_header": {},
                    "metadata": {},
                    "content": content,
                    "channel": "shell",
                    "buffers": [],
                }
            )
        )
        return msg_id

    def replies_to(msg_id: str, seconds: float) -> list[dict]:
        found, deadline = [], time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                message = json.loads(socket.recv())
            except (websocket.WebSocketTimeoutException, ValueError):
                continue
            if message.get("parent_header", {}).get("msg_id") == msg_id:
                found.append(message)
                if message["header"]["msg_type"].endswith("_reply"):
                    break
        return found

    socket.settimeout(1)
    info = replies_to(send("kernel_info_request", {}), 15)
    assert any(m["header"]["msg_type"] == "kernel_info_reply" for m in info), "socket must work"
    code = f"open({str(marker)!r}, 'w').write('x')"
    executed = replies_to(
        send(
            "execute_request",
            {
                "code": code,
                "silent": False,
                "store_history": False,
                "user_expressions": {},
                "allow_stdin": False,
            },
        ),
        5,
    )
    socket.close()
    assert not executed, executed
    assert not marker.exists()


def test_lost_connection_is_announced_with_a_reload(page, voila_url):
    view = open_view(page, voila_url, section("timeline").notebook, "timeline")
    page.evaluate("window.__explainerShowLost()")
    alert = page.get_by_role("alert")
    assert "connection to the server was lost" in alert.inner_text()
    assert alert.get_by_role("button", name="Reload the page").is_visible()
    view.get_by_role("button", name="Next ▶").click()  # the page keeps working without a kernel
    assert view.get_attribute("data-current")


def test_a_lost_server_is_announced_and_a_restarted_one_serves_on_reload(page, tmp_path):
    """With the kernel kept (release switched off), losing the server shows the notice."""
    from servers import KEEP_KERNEL, free_port, voila_server

    port = free_port()
    log = tmp_path / "voila.log"
    with voila_server(log, port, extra_args=KEEP_KERNEL) as url:
        open_view(page, url, section("timeline").notebook, "timeline")
        wait_until(page, "!!document.querySelector('[data-adopted]')", 60)  # kernel connected
    page.wait_for_selector("#ex-connection-lost", timeout=30_000)
    assert page.get_by_role("button", name="Reload the page").is_visible()
    with voila_server(log, port) as url:
        page.reload()
        page.wait_for_selector(".ex-timeline[data-ready='true']", timeout=120_000)
        assert page.locator("#ex-connection-lost").count() == 0


def test_page_releases_its_kernel_once_drawn_and_keeps_working(page, voila_url):
    view = open_view(page, voila_url, section("quotes").notebook, "quotes")
    kernel_id = json.loads(page.locator("#jupyter-config-data").text_content())["kernelId"]
    wait_until(page, "document.documentElement.dataset.kernelReleased === 'true'")
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and fetch(f"{voila_url}api/kernels/{kernel_id}")[0] == 200:
        time.sleep(0.5)
    assert fetch(f"{voila_url}api/kernels/{kernel_id}")[0] == 404
    assert page.locator("#ex-connection-lost").count() == 0  # an intended release is no fault
    view.get_by_label("Compare").select_option(index=3)
    assert view.locator(".ex-pair .ex-card").count() >= 2


def test_a_kernel_that_waited_in_the_pool_past_the_cull_timeout_still_serves(page, tmp_path):
    """Voila's pool shields waiting kernels from the culler, but not once handed over: the
    kernel manager in voila.json restarts the idle clock then, so the page does not hang."""
    from servers import voila_server

    culling = (
        "--MappingKernelManager.cull_idle_timeout=3",
        "--MappingKernelManager.cull_interval=1",
    )
    with voila_server(tmp_path / "voila.log", extra_args=culling) as url:
        time.sleep(12)  # the pool has filled and its kernels have idled past the timeout
        for notebook, view in PAGES:
            page.goto(f"{url}voila/render/{notebook}")
            page.wait_for_selector(f".ex-{view}[data-ready='true']", timeout=30_000)
    log = (tmp_path / "voila.log").read_text()
    assert "Kernel never reached" not in log and "Kernel does not exist" not in log
