"""`make serve`'s wrapper: one line once the landing page answers, one clean stop on Ctrl+C; and
the log filter voila.json names, which drops the notebook-trust notice and nothing else."""

from __future__ import annotations

import importlib
import json
import logging
import re
import signal
import subprocess
import sys
import textwrap

from servers import free_port

from explainer.paths import PROJECT_DIR

# Stands in for Voila: logs its address the way Voila does, answers HTTP, and on SIGTERM takes a
# second to "shut its kernels down", then says how many stop signals it got.
FAKE_VOILA = textwrap.dedent(
    """
    import http.server, signal, sys, threading, time
    port = int(sys.argv[1])

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Quiet)
    stops = []

    def shut_down_kernels():
        time.sleep(1)
        server.shutdown()

    def stop(signum, frame):
        stops.append(signum)
        print("[Voila] Stopping...", file=sys.stderr, flush=True)
        threading.Thread(target=shut_down_kernels).start()

    signal.signal(signal.SIGTERM, stop)
    print("[Voila] Voilà is running at:", file=sys.stderr, flush=True)
    print(f"http://127.0.0.1:{port}/", file=sys.stderr, flush=True)
    server.serve_forever()
    print(f"[Voila] stopped after {len(stops)} stop signal(s)", file=sys.stderr, flush=True)
    """
)
RUN = "import sys; from explainer.delivery.serve import run; sys.exit(run(sys.argv[1:]))"


def _wrapper(tmp_path, *fake_args):
    fake = tmp_path / "fake_voila.py"
    fake.write_text(FAKE_VOILA, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "-c", RUN, sys.executable, str(fake), *fake_args],
        cwd=PROJECT_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_says_when_ready_and_stops_voila_once_on_ctrl_c(tmp_path):
    port = free_port()
    wrapper = _wrapper(tmp_path, str(port))
    ready = wrapper.stdout.readline()
    assert re.fullmatch(
        rf"==> Ready: http://127\.0\.0\.1:{port}/ \([1-9]\d* sections; Ctrl\+C stops\)\n", ready
    )
    wrapper.send_signal(signal.SIGINT)
    log = [wrapper.stderr.readline() for _ in range(3)]
    assert "Voilà is running at:" in log[0]  # Voila's log passes through
    assert "Stopping..." in log[2]
    wrapper.send_signal(signal.SIGINT)  # a second Ctrl+C must not cut the shutdown short
    out, err = wrapper.communicate(timeout=30)
    assert wrapper.returncode == 0
    assert "stopped after 1 stop signal(s)" in err


def test_reports_nothing_when_voila_fails_to_start(tmp_path):
    wrapper = _wrapper(tmp_path, "not-a-port")
    out, err = wrapper.communicate(timeout=30)
    assert wrapper.returncode != 0
    assert "Ready" not in out
    assert "ValueError" in err


def _record(message: str, *args) -> logging.LogRecord:
    return logging.LogRecord("Voila", logging.WARNING, __file__, 1, message, args, None)


def test_voila_json_filters_only_the_notebook_trust_notice():
    config = json.loads((PROJECT_DIR / "voila.json").read_text())["Voila"]["logging_config"]
    (name,) = config["handlers"]["console"]["filters"]
    module, _, cls = config["filters"][name]["()"].rpartition(".")
    log_filter = getattr(importlib.import_module(module), cls)()
    assert not log_filter.filter(_record("Notebook %s is not trusted", "01-timeline.ipynb"))
    assert log_filter.filter(_record("Kernel started: %s", "abc"))
    assert log_filter.filter(_record("Notebook %s could not be read", "01-timeline.ipynb"))
