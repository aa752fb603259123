"""The language switch every page carries, and the interface strings its views need."""

from __future__ import annotations

import json

from explainer.components.i18n import (
    ENGLISH,
    LANGUAGE_NAMES,
    LANGUAGES,
    browser_catalog,
    current_language,
)
from explainer.site import url


def language_switch(slug: str, edition: str, base: str) -> list[dict]:
    """A link to this page in each other language. page.js adds the reader's place (the query
    and the fragment) when it is followed."""
    here = current_language()
    links = []
    for code in LANGUAGES:
        if code == here:
            continue
        if edition == "static":
            up = "" if here == ENGLISH else "../"
            href = up + url(slug, "static", from_root=True, lang=code)
        else:
            href = base + url(slug, "voila", from_root=True, lang=code)
        links.append({"lang": code, "name": LANGUAGE_NAMES[code], "href": href})
    return links


def messages_script() -> str:
    """The page language's interface strings for the browser views (js/src/i18n.js), as JSON."""
    entries = browser_catalog(current_language())
    payload = json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="ex-messages">{payload}</script>\n'
