"""Start the dashboard (standalone Voila, the committed config) for browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from explainer import PROJECT_DIR

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
def voila_server(log_path: Path):
    """Run `voila notebooks/` as `make serve` does, on a free port; yield its base URL."""
    port = free_port()
    env = {**os.environ, "JUPYTER_PATH": str(PROJECT_DIR / "share" / "jupyter")}
    voila = Path(sys.executable).with_name("voila")
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [str(voila), f"--port={port}", "--no-browser", "notebooks/"],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}/"
        try:
            wait_for(base)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def open_view(page, base_url: str, notebook: str, view: str, query: str = ""):
    """Load a dashboard page and wait until its view has drawn; return the view's locator."""
    page.goto(f"{base_url}voila/render/{notebook}{query}")
    page.wait_for_selector(f".ex-{view}[data-ready='true']", timeout=120_000)
    return page.locator(f".ex-{view}")


def foreign_requests(requests: list[str], base_url: str) -> list[str]:
    """Requests that went to any host but the dashboard's own."""
    from urllib.parse import urlparse

    host = urlparse(base_url).netloc
    return [
        url
        for url in requests
        if urlparse(url).scheme in {"http", "https", "ws", "wss"} and urlparse(url).netloc != host
    ]
