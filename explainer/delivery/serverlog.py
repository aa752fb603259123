"""Voila's log without "Notebook … is not trusted", a notice that says nothing about this server.

Jupyter's contents manager checks each notebook it opens against the signatures in the user's
trust database, and logs that notice for every unsigned one it runs (plain `voila notebooks/`
logs it once per kernel; `make serve` runs no notebook in a kernel, so it has none to drop).
Trust decides whether a notebook's saved outputs may run their HTML
and JavaScript when opened in Jupyter. These notebooks are committed without outputs
(`make lint` checks), and Voila runs them afresh and marks the outputs it made as trusted
whatever the check says. Signing them (`jupyter trust`) would vouch for outputs that do not
exist and go stale at every edit; so voila.json (`Voila.logging_config`) drops this one notice
and nothing else.
"""

from __future__ import annotations

import logging


class DropNotebookTrustNotice(logging.Filter):
    """Pass every record except the contents manager's "Notebook %s is not trusted"."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg != "Notebook %s is not trusted"
