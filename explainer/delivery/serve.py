"""`make serve`: run Voila on the notebooks and say, in one line, when readers can come in.

Voila reads its settings from voila.json in the project folder; this only chooses the address.
Its log passes through unchanged. Once the landing page answers at the address Voila reports
(it moves to a nearby port when the asked one is taken), one line says so. Ctrl+C stops Voila
once, and waits while it shuts down. `replicas.py` runs several of these behind nginx with the
same pieces (`start`, `wait_until_ready`, `stop`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request

from explainer.paths import NOTEBOOK_DIR, PROJECT_DIR, TEMPLATE_DIR

RUNNING_AT = "Voilà is running at:"
SHUTDOWN_SECONDS = 60
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def voila_command(host: str, port: int) -> list[str]:
    """Voila with the rendered pages (explainer.delivery.server), on the notebooks folder."""
    from explainer.delivery.server import SERVER_COMMAND

    return [
        *SERVER_COMMAND,
        f"--port={port}",
        f"--Voila.ip={host}",
        "--no-browser",
        str(NOTEBOOK_DIR),
    ]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


class ServerLog:
    """Copies a server's log to stderr (each line after `label`, if any) and notes the address
    Voila reports."""

    def __init__(self, stream, label: str = ""):
        self.url: str | None = None
        self.label = label
        self.thread = threading.Thread(target=self._copy, args=(stream,), daemon=True)
        self.thread.start()

    def _copy(self, stream) -> None:
        announced = False
        for line in stream:
            sys.stderr.write(self.label + line)
            if announced and line.startswith("http"):
                self.url = line.strip()
            announced = RUNNING_AT in line


def ready_line(url: str, how: str = "") -> str:
    from explainer.site import SECTIONS

    return f"==> Ready: {url} ({len(SECTIONS)} sections{how}; Ctrl+C stops)"


def wait_until_ready(process: subprocess.Popen, log: ServerLog) -> str | None:
    """The landing page's address once it answers; None if Voila stopped first."""
    while process.poll() is None:
        if log.url and answers(log.url):
            return log.url
        time.sleep(0.2)
    return None


def stop(*processes: subprocess.Popen) -> list[int]:
    """Ask each server to stop, once, all at the same time, and wait while they shut down; their
    exit statuses."""
    # SIGTERM, not SIGINT: Voila installs its own SIGTERM handler (stop the loop, then shut every
    # kernel down), while SIGINT can arrive ignored from the shell that started us. nginx takes
    # SIGTERM as a fast shutdown.
    for process in processes:
        if process.poll() is None:
            process.terminate()
    return [_wait_or_kill(process) for process in processes]


def _wait_or_kill(process: subprocess.Popen) -> int:
    try:
        return process.wait(timeout=SHUTDOWN_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def stop_on_signals() -> None:
    """From now on, Ctrl+C, a closed terminal or `kill` raise KeyboardInterrupt here, once."""
    for signum in STOP_SIGNALS:
        signal.signal(signum, _interrupt)


def _interrupt(signum, frame):
    for stop_signal in STOP_SIGNALS:  # a second Ctrl+C must not cut the shutdown short
        signal.signal(stop_signal, signal.SIG_IGN)
    raise KeyboardInterrupt


def serve(host: str, port: int) -> int:
    """Serve the notebooks with Voila until it stops or is interrupted; its exit status."""
    return run(voila_command(host, port))


def start(command: list[str], label: str = "") -> tuple[subprocess.Popen, ServerLog]:
    """Start a server from the project folder, its log copied to stderr."""
    # The server gets a session of its own, so the terminal's Ctrl+C reaches this process only and
    # the server is told to stop exactly once, by stop(). A closed terminal or `kill` does the same.
    process = subprocess.Popen(
        command,
        cwd=PROJECT_DIR,
        env={**os.environ, "JUPYTER_PATH": str(TEMPLATE_DIR.parents[2])},
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        start_new_session=True,
    )
    return process, ServerLog(process.stderr, label)


def run(command: list[str]) -> int:
    """Run a Voila command, announce when it is ready, stop it cleanly; its exit status."""
    process, log = start(command)
    stop_on_signals()
    try:
        url = wait_until_ready(process, log)
        if url:
            print(ready_line(url), flush=True)
        status = process.wait()
    except KeyboardInterrupt:
        (status,) = stop(process)
    log.thread.join(timeout=5)
    return status
