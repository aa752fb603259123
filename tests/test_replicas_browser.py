"""`make serve-replicas`: every page through nginx in front of two replicas is complete; with one
replica killed, readers still get every page complete, never a 5xx; nothing is left running."""

from __future__ import annotations

import gzip
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlparse

import psutil
import pytest
from servers import free_port, open_page

from explainer.delivery.replicas import (
    COMPLETE_PAGE,
    nginx_binary,
    nginx_config,
    replicas_behind_nginx,
    write_nginx_prefix,
)
from explainer.paths import PROJECT_DIR
from explainer.site import SECTIONS, url

pytestmark = pytest.mark.browser

# (path from the root, the view its page draws or None): the landing page and every section.
PAGES = [("", None), *((url(s.slug, "voila", from_root=True), s.view or None) for s in SECTIONS)]
READS_AFTER_THE_KILL = 4
ASSET = re.compile(r'(?:src|href)="([^"?#]+\.(?:js|css)(?:\?v=[0-9a-f]+)?)"')  # named by version
UPSTREAM = re.compile(r"upstream=([^\s,]+(?:, [^\s,]+)*) ")


def _nginx_or_skip() -> str:
    nginx = nginx_binary()
    if nginx is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is missing; .ci/run should install it (deploy/install-nginx.sh)")
        pytest.skip("no nginx (make proxy as root, or apt-get install nginx)")
    return nginx


def _get(address: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(address, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return status, headers, body


def _assert_complete(base: str, path: str) -> None:
    """The page is whole, compressed, carries the replicas' security headers, and every script
    and style it names answers too."""
    address = base + path
    status, headers, body = _get(address)
    html = body.decode("utf-8")
    assert status == 200, f"{address}: {status}"
    assert COMPLETE_PAGE in html and html.rstrip().endswith("</html>"), f"{address}: cut short"
    assert headers["Content-Encoding"] == "gzip", address
    assert headers["X-Content-Type-Options"] == "nosniff", address
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], address
    assets = {urljoin(address, link) for link in ASSET.findall(html)}
    assert assets, f"{address} names no script or style"
    for asset in assets:
        if urlparse(asset).netloc == urlparse(base).netloc:
            assert _get(asset)[0] == 200, asset


def _upstreams(access_log) -> list[list[str]]:
    """Each request's replicas as nginx logged them, in order (two when it moved on)."""
    lines = access_log.read_text().splitlines()
    return [match.group(1).split(", ") for match in map(UPSTREAM.search, lines) if match]


def test_every_page_stays_complete_when_a_replica_dies(tmp_path, page):
    _nginx_or_skip()
    prefix = tmp_path / "nginx"
    access_log = prefix / "logs" / "access.log"
    with replicas_behind_nginx(2, "127.0.0.1", free_port(), prefix) as replicas:
        addresses = [urlparse(address).netloc for address in replicas.server_urls]
        for path, _view in PAGES:
            _assert_complete(replicas.url, path)
        served_by = {upstream[-1] for upstream in _upstreams(access_log)}
        assert served_by == set(addresses), "no sticky sessions: both replicas answer"

        dead, alive = replicas.servers[0], addresses[1]
        dead.send_signal(signal.SIGKILL)
        dead.wait(timeout=10)
        before = len(_upstreams(access_log))
        for path, _view in PAGES * READS_AFTER_THE_KILL:
            _assert_complete(replicas.url, path)  # 200, whole: no 5xx reaches a reader
        after = _upstreams(access_log)[before:]
        assert all(upstream[-1] == alive for upstream in after), "only the live replica answers"
        assert [addresses[0], alive] in after, "nginx tried the dead replica and moved on"

        for path, view in PAGES:  # what a reader's browser sees, views drawn
            if view:
                open_page(page, replicas.url, path, view)
            else:
                page.goto(replicas.url + path)
                page.wait_for_selector(".ex-footer")
    assert replicas.nginx.poll() is not None, "nginx still running"
    assert all(server.poll() is not None for server in replicas.servers), "a replica is left"


def test_ctrl_c_stops_nginx_and_every_replica():
    _nginx_or_skip()
    port = free_port()
    wrapper = subprocess.Popen(
        [sys.executable, "-m", "explainer", "serve-replicas", "--replicas=2", f"--port={port}"],
        cwd=PROJECT_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    ready = wrapper.stdout.readline()
    assert ready == (
        f"==> Ready: http://127.0.0.1:{port}/ ({len(SECTIONS)} sections, "
        "2 replicas behind nginx; Ctrl+C stops)\n"
    )
    started = psutil.Process(wrapper.pid).children(recursive=True)
    names = sorted(child.name() for child in started)
    assert names.count("nginx") >= 2 and len(names) - names.count("nginx") == 2, names
    wrapper.send_signal(signal.SIGINT)
    wrapper.send_signal(signal.SIGINT)  # a second Ctrl+C must not cut the shutdown short
    assert wrapper.wait(timeout=60) == 0
    _, alive = psutil.wait_procs(started, timeout=5)
    assert not alive, f"left running: {alive}"


def test_nginx_accepts_the_rendered_config(tmp_path):
    nginx = _nginx_or_skip()
    write_nginx_prefix(tmp_path, "127.0.0.1:8866", ["127.0.0.1:9001", "127.0.0.1:9002"])
    check = subprocess.run(
        [nginx, "-t", "-p", f"{tmp_path}/", "-c", "nginx.conf", "-e", "logs/error.log"],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr


def test_config_spreads_requests_and_moves_past_a_dead_replica():
    config = nginx_config("0.0.0.0:80", ["127.0.0.1:9001", "127.0.0.1:9002", "127.0.0.1:9003"])
    upstream = re.search(r"upstream explainer \{(.*?)\}", config, re.S).group(1)
    assert re.findall(r"server (\S+) ", upstream) == [f"127.0.0.1:900{n}" for n in (1, 2, 3)]
    assert not re.search(r"\b(ip_hash|hash|sticky)\b", upstream), "no sticky sessions"
    assert "listen 0.0.0.0:80;" in config
    assert "proxy_next_upstream error timeout http_502 http_503;" in config
    assert re.search(r"proxy_connect_timeout [1-5]s;", config)
    assert re.search(r"^daemon off;", config, re.M)
    assert "gzip on;" in config and "text/css" in config and "application/javascript" in config
    assert not re.search(r"(?<![\w$])/(etc|var|run|usr)/", config), "a path outside the prefix"
