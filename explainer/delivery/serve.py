"""`make serve`: run Voila on the notebooks and say, in one line, when readers can come in.

Voila reads its settings from voila.json in the project folder; this only chooses the address.
Its log passes through unchanged. Once the landing page answers at the address Voila reports
(it moves to a nearby port when the asked one is taken), one line says so. Ctrl+C stops Voila
once, and waits while it shuts down.
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
    server = [sys.executable, "-m", "explainer.delivery.server"]
    return [*server, f"--port={port}", f"--Voila.ip={host}", "--no-browser", str(NOTEBOOK_DIR)]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


class _VoilaLog:
    """Copies Voila's log to stderr and notes the address it reports."""

    def __init__(self, stream):
        self.url: str | None = None
        self.thread = threading.Thread(target=self._copy, args=(stream,), daemon=True)
        self.thread.start()

    def _copy(self, stream) -> None:
        announced = False
        for line in stream:
            sys.stderr.write(line)
            if announced and line.startswith("http"):
                self.url = line.strip()
            announced = RUNNING_AT in line


def _ready_line(url: str) -> str:
    from explainer.site import SECTIONS

    return f"==> Ready: {url} ({len(SECTIONS)} sections; Ctrl+C stops)"


def _wait_until_ready(process: subprocess.Popen, log: _VoilaLog) -> str | None:
    """The landing page's address once it answers; None if Voila stopped first."""
    while process.poll() is None:
        if log.url and answers(log.url):
            return log.url
        time.sleep(0.2)
    return None


def _stop(process: subprocess.Popen) -> int:
    """Ask the server to stop, once, and wait while it shuts down."""
    # SIGTERM, not SIGINT: Voila installs its own SIGTERM handler (stop the loop, then shut every
    # kernel down), while SIGINT can arrive ignored from the shell that started us.
    process.terminate()
    try:
        return process.wait(timeout=SHUTDOWN_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def _interrupt(signum, frame):
    for stop_signal in STOP_SIGNALS:  # a second Ctrl+C must not cut the shutdown short
        signal.signal(stop_signal, signal.SIG_IGN)
    raise KeyboardInterrupt


def serve(host: str, port: int) -> int:
    """Serve the notebooks with Voila until it stops or is interrupted; its exit status."""
    return run(voila_command(host, port))


def run(command: list[str]) -> int:
    """Run a Voila command, announce when it is ready, stop it cleanly; its exit status."""
    # Voila gets a session of its own, so the terminal's Ctrl+C reaches this process only and
    # Voila is told to stop exactly once, by _stop. A closed terminal or `kill` does the same.
    process = subprocess.Popen(
        command,
        cwd=PROJECT_DIR,
        env={**os.environ, "JUPYTER_PATH": str(TEMPLATE_DIR.parents[2])},
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        start_new_session=True,
    )
    for signum in STOP_SIGNALS:
        signal.signal(signum, _interrupt)
    log = _VoilaLog(process.stderr)
    try:
        url = _wait_until_ready(process, log)
        if url:
            print(_ready_line(url), flush=True)
        status = process.wait()
    except KeyboardInterrupt:
        status = _stop(process)
    log.thread.join(timeout=5)
    return status
