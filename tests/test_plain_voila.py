"""Plain `voila notebooks/` (a kernel per reader: the benchmark's baseline and `make lab`'s
preview) still renders the section pages with the explainer template, in English."""

from __future__ import annotations

import queue
import threading
import urllib.request

import pytest

from explainer.site import section
from explainer.tooling.serving import voila_server

pytestmark = pytest.mark.browser  # starts a server and a kernel


def test_plain_voila_renders_a_section_page_with_the_template(tmp_path):
    log_path = tmp_path / "voila.log"
    with voila_server(log_path, plain=True) as (base, _process):
        html = read_within(base + f"voila/render/{section('timeline').notebook}", 90)
        if html is None:  # a template error leaves Voila's streamed page open for good
            pytest.fail(f"no complete page in 90 s; the log ends:\n{log_path.read_text()[-2000:]}")
    log = log_path.read_text()
    assert "Traceback" not in log, log[-2000:]
    assert 'class="ex-brand"' in html  # the template's header, its words in English
    assert "Microsoft, ICE and the June 2018 separations" in html
    assert "</html>" in html.rstrip()[-20:]


def read_within(address: str, seconds: float) -> str | None:
    """The whole response, or None when it has not ended within `seconds`."""
    answers = queue.Queue()

    def read():
        with urllib.request.urlopen(address, timeout=seconds) as response:
            answers.put(response.read().decode())

    threading.Thread(target=read, daemon=True).start()
    try:
        return answers.get(timeout=seconds)
    except queue.Empty:
        return None
