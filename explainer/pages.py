"""What the notebooks call: one function per code cell, each returning something to display."""

from __future__ import annotations

from .layout import page_footer as footer  # noqa: F401
from .policy import policy_widget as policy  # noqa: F401, E402
from .quotes import quotes_widget as quotes  # noqa: F401, E402
from .timeline import timeline_widget as timeline  # noqa: F401
