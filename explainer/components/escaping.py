"""Escape data text before it meets HTML. Data is always text, never markup."""

from __future__ import annotations

import html
from urllib.parse import urlparse

from explainer.components.i18n import ENGLISH, current_language
from explainer.data.translations import ORIGINAL as KEPT_ENGLISH  # `[[...]]`: kept in English

SPAN_EN = r'<span lang="en">\1</span>'


def text(value: object) -> str:
    """HTML-escape any value for use in element content or a quoted attribute."""
    return html.escape(str(value), quote=True)


def href(url: str) -> str:
    """An escaped link target; anything but http(s) or a relative path becomes '#'."""
    parsed = urlparse(url)
    if parsed.scheme and parsed.scheme not in {"http", "https"}:
        return "#"
    return text(url)


def rich_text(value: object) -> str:
    """Data text as element content: escaped, and each `[[...]]` (words a translation keeps
    verbatim in English) as `<span lang="en">...</span>` (WCAG 3.1.2)."""
    return KEPT_ENGLISH.sub(SPAN_EN, text(value))


def plain_text(value: str) -> str:
    """Data text for places that take no markup (chart hover text, attributes): `[[x]]` -> x."""
    return KEPT_ENGLISH.sub(r"\1", value)


def in_english(markup: str) -> str:
    """Markup of text that stays in English (a quote, a headline, an outlet's name), marked
    lang="en" on a page in another language; unchanged on an English page."""
    if current_language() == ENGLISH:
        return markup
    return f'<span lang="en">{markup}</span>'
