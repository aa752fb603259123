"""Start the dashboard and a browser, for tests, benchmarks and screenshots (not for readers)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from explainer.paths import PROJECT_DIR

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


@contextmanager
def voila_server(
    log_path: Path,
    port: int | None = None,
    extra_args: tuple[str, ...] = (),
    notebook_dir: Path | None = None,
    env: dict | None = None,
    plain: bool = False,
):
    """Run `voila notebooks/` as `make serve` does (same config), on a free port.

    Yields (base URL, server process)."""
    from explainer.delivery.assets import write_template_assets

    write_template_assets()
    port = port or free_port()
    env = {**os.environ, "JUPYTER_PATH": str(PROJECT_DIR / "share" / "jupyter"), **(env or {})}
    if plain:  # Voila itself: a kernel per reader (the benchmark's baseline)
        command = [str(Path(sys.executable).with_name("voila"))]
    else:  # what `make serve` runs: pages rendered once, no kernel per reader
        from explainer.delivery.server import SERVER_COMMAND

        command = list(SERVER_COMMAND)
    with log_path.open("a") as log:
        process = subprocess.Popen(
            [
                *command,
                f"--port={port}",
                "--no-browser",
                *extra_args,
                str(notebook_dir or "notebooks/"),
            ],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}/"
        try:
            wait_for(base)
            yield base, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def open_page(page, base_url: str, path: str, view: str | None, query: str = ""):
    """Load a dashboard page and wait until its view has drawn."""
    page.goto(f"{base_url}{path}{query}")
    if view is None:
        page.wait_for_selector(".ex-landing")
        return page.locator(".ex-landing")
    page.wait_for_selector(f".ex-{view}[data-ready='true']", timeout=120_000)
    return page.locator(f".ex-{view}")


def launch_chromium(playwright):
    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def frame_policy(page_name: str) -> str:
    """The framing header docs/deploy.md asks a static host to send with a page: any site may
    frame an embed view (embed-*.html), none may frame another page."""
    embed = page_name.startswith("embed-")
    return "frame-ancestors *" if embed else "frame-ancestors 'none'"


def hosted_site_handler():
    """A request handler serving a built static site as docs/deploy.md asks of a static host:
    text compressed, every file revalidated by its ETag, a file asked for by the version the
    pages name (`?v=`) kept for a year, and only the embed views framable by other sites."""
    import io
    from http.server import SimpleHTTPRequestHandler
    from urllib.parse import parse_qs, urlsplit

    from explainer.delivery.caching import IMMUTABLE, REVALIDATE, served_file

    class HostedSite(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send_head(self):
            address = urlsplit(self.path)
            path = Path(self.translate_path(self.path))
            if path.is_dir() and address.path.endswith("/"):
                path = path / "index.html"
            if not path.is_file():
                return super().send_head()  # a folder's redirect, or a 404
            served = served_file(str(path))
            gzipped = served.compressed
            if "gzip" not in self.headers.get("Accept-Encoding", ""):
                gzipped = None
            etag = f'"{served.version}{"" if gzipped is None else "-gzip"}"'
            current = parse_qs(address.query).get("v", [""])[0] == served.version
            unchanged = self.headers.get("If-None-Match") == etag
            self.send_response(304 if unchanged else 200)
            self.send_header("Cache-Control", IMMUTABLE if current else REVALIDATE)
            self.send_header("ETag", etag)
            if path.suffix == ".html":
                self.send_header("Content-Security-Policy", frame_policy(path.name))
            if served.compressed is not None:
                self.send_header("Vary", "Accept-Encoding")
            if unchanged:
                self.end_headers()
                return None
            body = gzipped if gzipped is not None else path.read_bytes()
            self.send_header("Content-Type", self.guess_type(str(path)))
            if gzipped is not None:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)

    return HostedSite


@contextmanager
def static_server(site_dir: Path):
    """Serve a built static site on a free port from a background thread, as a static host set
    up as docs/deploy.md says would (`hosted_site_handler`); yields its base URL."""
    import functools
    import threading
    from http.server import ThreadingHTTPServer

    handler = functools.partial(hosted_site_handler(), directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
