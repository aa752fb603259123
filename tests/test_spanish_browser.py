"""The Spanish static edition in a browser: html lang, the views' interface in Spanish after each
interaction (checked against the catalog: the data's own translations may still be missing),
the language switch keeping the reader's place, and the quiet offer of the Spanish page."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from servers import wait_until
from test_accessibility_browser import serious_violations

from explainer.components.i18n import catalog
from explainer.site import url

pytestmark = pytest.mark.browser
EVENT = "azure-government-ice-post"
OTHER_EVENT = "sessions-zero-tolerance-memo-2018-04-06"
VIEW_OF_PAGE = {
    "timeline": "timeline",
    "quotes": "quotes",
    "policy": "policy",
    "lesson": "presenter",
}
# Every text node and every label-like attribute of the drawn views (.ex-view) that a reader can
# see or hear, outside text marked as in another language (lang="en": quotes, headlines, outlets,
# words kept verbatim): rendered text (screen-reader-only text included), menu options,
# placeholders, aria-labels, tooltips (title, plotly's data-title).
VIEW_TEXTS = """() => {
  const out = [];
  const attributes = ["placeholder", "aria-label", "aria-roledescription", "title", "data-title"];
  const marked = (el) => el.closest("[lang]").lang !== document.documentElement.lang;
  for (const root of document.querySelectorAll(".ex-view")) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.data.trim() || parent.closest("style, script") || marked(parent))
        continue;
      const option = parent.closest("option");
      if (option || parent.checkVisibility({ visibilityProperty: true })) out.push(node.data);
    }
    for (const el of [root, ...root.querySelectorAll("*")])
      for (const name of attributes)
        if (el.hasAttribute(name) && !marked(el)) out.push(el.getAttribute(name));
  }
  return out;
}"""
EDGES = " ·,:;()[]\u00a0"


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(EDGES)


# Placeholders that hold a number; any other placeholder holds any text.
NUMBERS = {"n", "step", "slide", "shown", "percent"}


def _pattern(english: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", normal(english))
    return re.compile(
        "".join(
            (r"[\d.,]+%?" if part in NUMBERS else "(.+?)") if i % 2 else re.escape(part)
            for i, part in enumerate(parts)
        )
    )


CITATION_GRAMMAR = "explainer/sections/source_citing.py"


def english_interface() -> list[tuple[str, re.Pattern]]:
    """Each English string of the catalog whose Spanish differs, as a pattern for a whole text,
    and the literal pieces between its placeholders (a sentence built around elements has them
    as text nodes of their own). A string with almost no words of its own besides placeholders
    ("by {author}") would match the English data itself, so it is left out; so are the
    original sources' citation grammar ("{publisher} (via {host})", which the data's own outlet
    names match), checked in Spanish by test_source_citing.py."""
    strings = set()
    for message in catalog("es"):
        if not message.id or not message.string:
            continue
        if {path for path, _line in message.locations} == {CITATION_GRAMMAR}:
            continue
        if isinstance(message.id, tuple):
            forms = message.string
            pairs = [(message.id[0], forms[0]), (message.id[1], forms[-1])]
        else:
            pairs = [(message.id, message.string)]
        strings |= {english for english, spanish in pairs if spanish and spanish != english}
    found = []
    for english in sorted(strings):
        if len(re.sub(r"\{\w+\}|[^A-Za-z]", "", english)) < 3 and "{" in english:
            continue
        found.append((english, _pattern(english)))
        pieces = [normal(p) for p in re.split(r"\{\w+\}", english)]
        found += [
            (english, re.compile(re.escape(piece)))
            for piece in pieces
            if len(pieces) > 1 and len(re.sub(r"[^A-Za-z]", "", piece)) >= 3
        ]
    return found


ENGLISH = english_interface()


def english_strings_shown(page) -> set[str]:
    """The catalog's English strings found in the drawn views' texts (a text, or one of its
    parts between ' · ', is the string itself, placeholders filled)."""
    shown = set()
    for text in page.evaluate(VIEW_TEXTS):
        candidates = {normal(text), *(normal(part) for part in text.split(" · "))}
        for english, pattern in ENGLISH:
            if any(pattern.fullmatch(candidate) for candidate in candidates):
                shown.add(english)
    return shown


def spanish(edition, slug: str, **query: str) -> str:
    """A Spanish page's address in the edition under test, from its root."""
    return url(slug, edition.name, from_root=True, lang="es", **query)


def open_view(page, base: str, path: str, view: str) -> None:
    page.goto(base + path)
    wait_until(page, f"document.querySelector('.ex-{view}[data-ready=true]') !== null", 60)


def assert_spanish(page, when: str) -> None:
    assert page.evaluate("document.documentElement.lang") == "es", when
    shown = english_strings_shown(page)
    assert not shown, f"{when}: English interface strings on the Spanish page: {sorted(shown)}"


def test_the_catalog_check_finds_english_strings_on_the_english_page(page, static_url):
    """The check below can fail: on the English page it finds the views' English."""
    open_view(page, static_url, "timeline.html", "timeline")
    shown = english_strings_shown(page)
    assert {"Who acted", "Search events", "Interactive timeline"} <= shown
    assert "Showing {shown} of {n} events" in shown
    assert len(ENGLISH) > 100


@pytest.mark.parametrize("name", list(VIEW_OF_PAGE))
def test_spanish_page_is_marked_spanish(page, edition, name):
    open_view(page, edition.base_url, spanish(edition, name), VIEW_OF_PAGE[name])
    assert page.locator("html[lang=es]").count() == 1
    assert page.locator(f"html[lang=es] .ex-{VIEW_OF_PAGE[name]}").count() == 1
    assert_spanish(page, f"{edition.name}: es {name} on load")


def test_spanish_timeline_after_each_interaction(page, edition):
    open_view(page, edition.base_url, spanish(edition, "timeline", event=EVENT), "timeline")
    assert_spanish(page, "an event chosen by the link")
    assert page.locator(".ex-timeline").get_attribute("data-current") == EVENT
    page.locator(".ex-card .ex-evidence summary").click()
    assert_spanish(page, "how we count the sources, opened")
    count = page.locator(".ex-timeline .ex-count")
    before = count.inner_text()
    page.locator(".ex-timeline input[type=search]").fill("Nadella")
    wait_until(page, f"document.querySelector('.ex-timeline .ex-count').textContent !== {before!r}")
    assert_spanish(page, "a search")
    page.locator(".ex-timeline input[type=search]").fill("")
    wait_until(page, f"document.querySelector('.ex-timeline .ex-count').textContent === {before!r}")
    page.locator(".ex-timeline .ex-step-button").last.click()
    assert_spanish(page, "the next event")
    page.locator(".ex-timeline .ex-groups input").first.uncheck()
    assert_spanish(page, "a group unticked")
    open_view(
        page, edition.base_url, spanish(edition, "timeline", event="no-such-event"), "timeline"
    )
    assert page.locator(".ex-timeline .ex-notice").is_visible()
    assert_spanish(page, "a link to an event that does not exist")


def test_spanish_quotes_after_each_interaction(page, edition):
    open_view(page, edition.base_url, spanish(edition, "quotes"), "quotes")
    buttons = page.locator(".ex-checklist tbody button")
    for index in range(min(3, buttons.count())):
        buttons.nth(index).click()
        assert_spanish(page, f"checklist row {index + 1} chosen")
    page.locator(".ex-quotes details summary").first.click()
    assert_spanish(page, "a quote's context opened")
    groups = page.locator(".ex-quotes select").nth(1)
    for value in groups.locator("option").evaluate_all("options => options.map(o => o.value)"):
        groups.select_option(value)
        printing_b = page.locator(".ex-quotes select").nth(3)
        for index in range(printing_b.locator("option").count()):
            printing_b.select_option(str(index))
            assert_spanish(page, f"printings of {value}, B = {index}")


def test_spanish_policy_after_each_interaction(page, edition):
    open_view(page, edition.base_url, spanish(edition, "policy"), "policy")
    for step in range(2, 5):
        page.locator(".ex-policy .ex-stepper .ex-step-button").last.click()
        wait_until(page, f"document.querySelector('.ex-policy').dataset.step === '{step}'")
        assert_spanish(page, f"step {step}")
    page.locator(".ex-policy .ex-groups input").first.uncheck()
    assert_spanish(page, "a category of figures unticked")
    page.locator(".ex-policy input[type=search]").fill("flores")
    assert_spanish(page, "the glossary searched")
    open_view(page, edition.base_url, spanish(edition, "policy", term="no-such-term"), "policy")
    assert page.locator(".ex-policy .ex-notice").is_visible()
    assert_spanish(page, "a link to a term that does not exist")


def test_spanish_presenter_after_each_interaction(page, edition):
    open_view(page, edition.base_url, spanish(edition, "lesson"), "presenter")
    page.locator(".ex-presenter .ex-slide").click()
    assert_spanish(page, "the slide focused (the keys' hint)")
    for slide in range(2, 5):
        page.keyboard.press("ArrowRight")
        wait_until(page, f"document.querySelector('.ex-presenter').dataset.slide === '{slide}'")
        assert_spanish(page, f"slide {slide}")


def follow_language_link(page, code: str, view: str) -> None:
    with page.expect_navigation():
        page.locator(f'.ex-header a[data-ex-language="{code}"]').click()
    wait_until(page, f"document.documentElement.lang === '{code}'")
    wait_until(page, f"document.querySelector('.ex-{view}[data-ready=true]') !== null", 60)


def same_address(actual: str, base: str, expected: str) -> bool:
    """`actual` is `expected` (a path and query from the site's root), the query in any order."""
    got, wanted = urlparse(actual), urlparse(base + expected)
    return got.path == wanted.path and parse_qs(got.query) == parse_qs(wanted.query)


def test_the_switch_keeps_the_chosen_event_both_ways(page, edition):
    """In both editions: the dashboard (?lang=es) and the static site (es/)."""
    base, name = edition.base_url, edition.name
    open_view(page, base, url("timeline", name, from_root=True, event=EVENT), "timeline")
    follow_language_link(page, "es", "timeline")
    assert same_address(
        page.url, base, url("timeline", name, from_root=True, lang="es", event=EVENT)
    )
    assert page.locator(".ex-timeline").get_attribute("data-current") == EVENT
    assert_spanish(page, f"{name}: the Spanish timeline reached by the switch")
    # another event chosen in the page is the one carried back
    page.locator(f'.ex-timeline tr[data-event="{OTHER_EVENT}"] button').click()
    wait_until(page, f"location.search.includes('{OTHER_EVENT}')")
    follow_language_link(page, "en", "timeline")
    assert same_address(page.url, base, url("timeline", name, from_root=True, event=OTHER_EVENT))
    assert page.locator(".ex-timeline").get_attribute("data-current") == OTHER_EVENT


def test_the_switch_keeps_the_query_and_the_fragment(page, static_url):
    open_view(page, static_url, "policy.html?term=zero-tolerance#glossary", "policy")
    follow_language_link(page, "es", "policy")
    address = urlparse(page.url)
    assert parse_qs(address.query) == {"term": ["zero-tolerance"]}
    assert address.fragment == "glossary"
    assert page.locator(".ex-policy").get_attribute("data-term") == "zero-tolerance"


def test_a_spanish_browser_is_offered_the_spanish_page_never_sent_there(browser, static_url):
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="es-US")
    try:
        page = context.new_page()
        open_view(page, static_url, f"timeline.html?event={EVENT}", "timeline")
        assert urlparse(page.url).path.endswith("/timeline.html")  # no redirect
        offer = page.locator("header.ex-header + .ex-suggest")
        assert offer.is_visible()
        assert offer.locator('[lang="es"] a[hreflang="es"]').count() == 1
        assert offer.locator('[lang="es"]').first.inner_text().startswith("Esta página")
        assert offer.evaluate("el => el.scrollWidth <= el.clientWidth")  # fits 375 px
        assert serious_violations(page) == []
        page.locator("#ex-contrast").click()  # on a projector
        assert serious_violations(page) == []
        offer.locator("button").click()
        assert page.locator(".ex-suggest").count() == 0
        page.reload()
        wait_until(page, "document.querySelector('.ex-timeline[data-ready=true]') !== null", 60)
        assert page.locator(".ex-suggest").count() == 0  # the dismissal is remembered
    finally:
        context.close()


def test_the_offer_follows_the_browser_language_and_keeps_the_place(browser, static_url):
    for locale, offered in (("en-US", False), ("es-MX", True)):
        context = browser.new_context(locale=locale)
        try:
            page = context.new_page()
            open_view(page, static_url, f"timeline.html?event={EVENT}", "timeline")
            assert (page.locator(".ex-suggest").count() == 1) is offered, locale
            if offered:
                with page.expect_navigation():
                    page.locator(".ex-suggest a").click()
                wait_until(page, "document.documentElement.lang === 'es'")
                wait_until(page, "document.querySelector('.ex-timeline[data-ready=true]')", 60)
                assert page.locator(".ex-timeline").get_attribute("data-current") == EVENT
            open_view(page, static_url, "es/timeline.html", "timeline")
            assert page.locator(".ex-suggest").count() == 0  # never on a Spanish page
        finally:
            context.close()


def test_the_switch_keeps_the_filters_the_step_and_the_slide(page, edition):
    """What a reader set by hand travels to the other language: timeline filters and zoom,
    the policy step, the presenter slide."""
    base, name = edition.base_url, edition.name
    open_view(page, base, url("timeline", name, from_root=True), "timeline")
    page.locator('.ex-timeline input[type=checkbox][value="courts"]').uncheck()
    page.locator('.ex-timeline select[id^="era-"]').select_option("june-2018")
    page.locator(".ex-timeline input[type=search]").fill("Nadella")
    wait_until(page, "location.search.includes('q=Nadella')")
    follow_language_link(page, "es", "timeline")
    query = parse_qs(urlparse(page.url).query)
    assert query["era"] == ["june-2018"] and query["q"] == ["Nadella"]
    assert "courts" not in query["groups"][0].split(",")
    timeline = page.locator(".ex-timeline")
    assert not timeline.locator('input[type=checkbox][value="courts"]').is_checked()
    assert timeline.locator('input[type=checkbox][value="congress"]').is_checked()
    assert timeline.locator("input[type=search]").input_value() == "Nadella"
    assert timeline.locator(".ex-count").inner_text() != ""
    assert_spanish(page, f"{name}: the filtered Spanish timeline")

    open_view(page, base, url("policy", name, from_root=True), "policy")
    page.locator(".ex-policy .ex-step-button").nth(1).click()
    page.locator(".ex-policy .ex-step-button").nth(1).click()
    wait_until(page, "location.search.includes('step=3')")
    follow_language_link(page, "es", "policy")
    assert page.locator(".ex-policy").get_attribute("data-step") == "3"

    open_view(page, base, url("lesson", name, from_root=True), "presenter")
    page.locator(".ex-presenter .ex-step-button").nth(1).click()
    wait_until(page, "location.search.includes('slide=2')")
    follow_language_link(page, "es", "presenter")
    assert page.locator(".ex-presenter").get_attribute("data-slide") == "2"
