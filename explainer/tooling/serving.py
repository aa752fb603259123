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
        command = [sys.executable, "-m", "explainer.delivery.server"]
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


@contextmanager
def static_server(site_dir: Path):
    """Serve a built static site on a free port from a background thread; yields its base URL."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class QuietHandler(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
