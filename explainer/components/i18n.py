"""The reader's language: interface strings from one gettext catalog, and dates and numbers.

Python calls `_()`/`ngettext()`; the browser views call `t()` from js/src/i18n.js, which reads
the same catalog's entries for the page's language (`browser_catalog`). `make messages`
extracts every string from Python, Jinja templates and js/src into explainer/locale/messages.pot
and updates explainer/locale/es/LC_MESSAGES/messages.po; the page builds read the .po directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache

from explainer.paths import LOCALE_DIR

ENGLISH = "en"
LANGUAGES = ("en", "es")
# Babel locales: U.S. conventions in both languages (2,342.5; U.S. Spanish-speaking students).
LOCALES = {"en": "en_US", "es": "es_US"}
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
DOMAIN = "messages"

_language: ContextVar[str] = ContextVar("language", default=ENGLISH)


def current_language() -> str:
    return _language.get()


@contextmanager
def language(code: str) -> Iterator[str]:
    """Build everything inside the block in `code`'s language."""
    if code not in LANGUAGES:
        raise ValueError(f"no '{code}' edition; the editions are: {', '.join(LANGUAGES)}")
    token = _language.set(code)
    try:
        yield code
    finally:
        _language.reset(token)


@cache
def catalog(code: str):
    """The Babel catalog of one language (None for English, the source language)."""
    if code == ENGLISH:
        return None
    from babel.messages.pofile import read_po

    path = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as file:
        return read_po(file, locale=LOCALES[code], domain=DOMAIN)


def _entry(msgid: str, code: str):
    found = catalog(code)
    message = found.get(msgid) if found is not None else None
    return message if message is not None and not message.fuzzy else None


def N_(msgid: str) -> str:  # noqa: N802
    """Mark a string for the catalog where it is defined; translate it with `_()` where shown."""
    return msgid


def _(msgid: str) -> str:  # noqa: N802 - gettext's conventional name
    """`msgid` in the current language (the English itself where no translation exists)."""
    code = current_language()
    if code == ENGLISH:
        return msgid
    message = _entry(msgid, code)
    if message is None:
        return msgid
    # a msgid the catalog holds as a plural (the browser's "Source"/"Sources ({n})"): its singular
    string = message.string[0] if isinstance(message.string, tuple) else message.string
    return string or msgid


def ngettext(singular: str, plural: str, n: int) -> str:
    code = current_language()
    message = _entry(singular, code) if code != ENGLISH else None
    if message is None or not isinstance(message.string, tuple) or not all(message.string):
        return singular if n == 1 else plural
    return message.string[_plural_rule(code)(n)]


@cache
def _plural_rule(code: str):
    """The catalog's own plural rule (its Plural-Forms header), as gettext reads it."""
    import gettext

    return gettext.c2py(catalog(code).plural_expr)


def format_number(value: float | int) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_babel_locale(current_language()))


def month_name(day: date) -> str:
    """The month's name as it is written mid-sentence ('June'; 'junio')."""
    return _month_names(current_language())[day.month]


@cache
def _babel_locale(code: str):
    from babel import Locale

    return Locale.parse(LOCALES[code])


@cache
def _month_names(code: str) -> dict[int, str]:
    """Month number -> its name standing alone ("LLLL"), read once per language (Babel's
    format_date parses its locale again on every call)."""
    from babel.dates import get_month_names

    return dict(get_month_names("wide", "stand-alone", locale=_babel_locale(code)))


def catalog_problems(code: str) -> list[str]:
    """Each catalog entry without a current translation, as `file:line: msgid: message`."""
    found = catalog(code)
    if found is None:
        return []
    name = f"explainer/locale/{code}/LC_MESSAGES/{DOMAIN}.po"
    problems = []
    for message in found:
        if not message.id:
            continue
        msgid = message.id[0] if isinstance(message.id, tuple) else message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            state = "marked fuzzy" if message.fuzzy else "not translated"
            problems.append(f"{name}:{message.lineno}: {msgid!r}: {state}")
    return problems


def browser_catalog(code: str) -> dict[str, str | list[str]]:
    """The catalog's entries used by the browser views (js/src), for the page to embed."""
    found = catalog(code)
    if found is None:
        return {}
    entries: dict[str, str | list[str]] = {}
    for message in found:
        if not message.id or message.fuzzy or not message.string:
            continue
        if not any(path.startswith("js/") for path, _line in message.locations):
            continue
        if isinstance(message.id, tuple):
            entries[message.id[0]] = list(message.string)
        else:
            entries[message.id] = message.string
    return dict(sorted(entries.items()))
