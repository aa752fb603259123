"""Escape data text before it meets HTML. Data is always text, never markup."""

from __future__ import annotations

import html
from urllib.parse import urlparse


def text(value: object) -> str:
    """HTML-escape any value for use in element content or a quoted attribute."""
    return html.escape(str(value), quote=True)


def href(url: str) -> str:
    """An escaped link target; anything but http(s) or a relative path becomes '#'."""
    parsed = urlparse(url)
    if parsed.scheme and parsed.scheme not in {"http", "https"}:
        return "#"
    return text(url)
