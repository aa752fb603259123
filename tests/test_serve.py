"""The log filter voila.json names: it drops the notebook-trust notice and nothing else."""

from __future__ import annotations

import importlib
import json
import logging

from explainer.paths import PROJECT_DIR


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
