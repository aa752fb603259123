"""A reader can't tell the editions apart: Voila and static pages lay out key elements alike."""

from __future__ import annotations

import re

import pytest
from servers import Edition

pytestmark = pytest.mark.browser
VIEWS = ["timeline", "quotes", "policy", "presenter"]  # presenter: the lesson page
VIEWPORT = {"width": 1366, "height": 768}
KEY_ELEMENTS = {
    "site header": ".ex-header, .ex-header a, .ex-header button",
    "h1": "h1",
    "paragraphs": "p",
    "tables": "table, th, td",
    "cards": ".ex-card",
    "glossary terms": ".ex-glossary dt",
    "glossary definitions": ".ex-glossary dd",
}
ON_EVERY_PAGE = ("site header", "h1", "paragraphs", "tables")
ALSO_ON = {
    "timeline": ("cards",),
    "quotes": ("cards",),
    "policy": ("cards", "glossary terms", "glossary definitions"),
    "presenter": ("glossary terms", "glossary definitions"),
}
CHECKS = [(view, name) for view in VIEWS for name in ON_EVERY_PAGE + ALSO_ON[view]]
# what each visible element shows, its font family, size, weight and line height, x and width
MEASURE = """(selector) => [...document.querySelectorAll(selector)]
  .filter((el) => el.getClientRects().length > 0)
  .map((el) => {
    const style = getComputedStyle(el), box = el.getBoundingClientRect();
    return [el.tagName.toLowerCase() + " " + el.textContent.trim().slice(0, 40),
            style.fontFamily, style.fontSize, style.fontWeight, style.lineHeight,
            Math.round(box.x), Math.round(box.width)];
  })"""
# per term: how far below it its definition starts, and whether that definition ends before
# the next term of the list starts (no term beside another term's definition)
GLOSSARY_ROWS = """() => {
  const terms = [...document.querySelectorAll(".ex-glossary dt")];
  const box = (el) => el.getBoundingClientRect();
  return terms.map((term, i) => {
    const definition = term.nextElementSibling, next = terms[i + 1];
    const sameList = next && next.parentElement === term.parentElement;
    return [term.textContent.trim(), Math.round(box(definition).top - box(term).top),
            !sameList || box(next).top >= box(definition).bottom - 1];
  });
}"""
_measured: dict[tuple[str, str], dict] = {}


def measure(browser, edition: Edition, view: str) -> dict:
    """Title, key elements and glossary rows of one page at 1366x768 (once per session)."""
    key = (edition.name, view)
    if key not in _measured:
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        try:
            edition.open(page, view)
            page.wait_for_timeout(500)  # let the chart settle
            elements = {name: page.evaluate(MEASURE, css) for name, css in KEY_ELEMENTS.items()}
            glossary = page.evaluate(GLOSSARY_ROWS)
            _measured[key] = {"title": page.title(), "elements": elements, "glossary": glossary}
        finally:
            context.close()
    return _measured[key]


@pytest.fixture
def both(browser, voila_url, static_url, request):
    """The same page measured on Voila and on the static edition."""
    view = request.param
    voila = measure(browser, Edition("voila", voila_url), view)
    return voila, measure(browser, Edition("static", static_url), view)


@pytest.mark.parametrize("both, name", CHECKS, indirect=["both"])
def test_key_elements_have_the_same_type_and_box(both, name):
    voila, static = (edition["elements"][name] for edition in both)
    assert static, f"no {name} on the static page"
    assert len(voila) == len(static), f"{len(voila)} {name} on Voila, {len(static)} static"
    for on_voila, on_static in zip(voila, static, strict=True):
        assert on_voila == on_static, f"{name} differ (font, size, weight, line height, x, width)"


@pytest.mark.parametrize("both", ["policy", "presenter"], indirect=True)
def test_each_glossary_term_sits_with_its_own_definition(both):
    voila, static = (edition["glossary"] for edition in both)
    assert len(static) > 10 and all(alone for _, _, alone in static)
    assert voila == static


@pytest.mark.parametrize("both", VIEWS, indirect=True)
def test_tabs_carry_the_same_title(both):
    voila, static = (edition["title"] for edition in both)
    assert static and not static.startswith("0")  # the page's heading, not the notebook's name
    assert voila == static


def printed_pages(browser, edition: Edition, view: str) -> int:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        edition.open(page, view)
        pdf = page.pdf(format="Letter")
    finally:
        context.close()
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def test_the_lesson_prints_whole_and_alike(browser, voila_url, static_url):
    """Printing from Voila gives every page of the lesson, as the static page does."""
    static = printed_pages(browser, Edition("static", static_url), "presenter")
    assert static > 5
    assert printed_pages(browser, Edition("voila", voila_url), "presenter") == static
