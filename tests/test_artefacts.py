"""The artefact check itself can fail: it spots what a reader must never see."""

from __future__ import annotations

import pytest
from artefacts import check_python_patterns


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("✓ Yes: ,[object HTMLQuoteElement]", "[object ...]"),
        ("Terms: ,http://example.org/?term=x", "a leading comma"),
        ("Date: undefined", "undefined"),
        ("NaN% the same", "NaN"),
        ("Speaker: null", "null"),
    ],
)
def test_artefacts_are_spotted(text, kind):
    assert kind in check_python_patterns(text)


@pytest.mark.parametrize("text", ["Foo, bar", "1,000 people", "a (b, c)", "Annulled rulings"])
def test_ordinary_text_passes(text):
    assert check_python_patterns(text) == []


@pytest.mark.browser
def test_the_browser_check_records_an_artefact_shown_after_an_interaction(browser):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(
            "data:text/html,<main><p id=p>fine</p><a href='https://example.org/'>https://example.org/</a></main>"
        )
        page.evaluate("document.getElementById('p').textContent = 'Yes: ,[object HTMLElement]'")
        page.wait_for_timeout(200)
        page.evaluate("document.getElementById('p').textContent = 'fine again'")
        page.wait_for_timeout(200)
        kinds = {item["kind"] for item in browser.take_artefacts()}
    finally:
        context.close()
    assert {"[object ...]", "a leading comma", "an address as link text"} <= kinds
