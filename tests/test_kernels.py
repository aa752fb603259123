"""The kernel manager named in voila.json: a hand-over restarts the kernel's idle clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from explainer.delivery.kernels import HandoverSafeKernelManager
from explainer.paths import PROJECT_DIR


def finish(coroutine):
    """Run a coroutine that awaits nothing (no event loop: browser tests may hold one)."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    raise AssertionError("the coroutine waited on something")


def test_voila_json_names_the_handover_safe_manager():
    config = json.loads((PROJECT_DIR / "voila.json").read_text())
    assert (
        config["VoilaConfiguration"]["multi_kernel_manager_class"]
        == "explainer.delivery.kernels.HandoverSafeKernelManager"
    )


def test_handing_a_pooled_kernel_over_restarts_its_idle_clock():
    long_ago = datetime.now(UTC) - timedelta(hours=1)
    waiting = SimpleNamespace(last_activity=long_ago)
    other = SimpleNamespace(last_activity=long_ago)

    class Pool(HandoverSafeKernelManager):  # as Voila's factory subclasses it
        async def get_rendered_notebook(self, notebook_name, **kwargs):
            return "task", ["<div>cell</div>"], "k1"

    pool = Pool.__new__(Pool)  # no server needed to check the hook
    pool._kernels = {"k1": waiting, "k2": other}
    handed = finish(pool.get_rendered_notebook("01-timeline.ipynb"))
    assert handed == ("task", ["<div>cell</div>"], "k1")
    assert datetime.now(UTC) - waiting.last_activity < timedelta(seconds=5)
    assert other.last_activity == long_ago
