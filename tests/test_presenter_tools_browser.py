"""Presenter tools in a browser: the presenter view's window in step with the slides, its timer,
auto-advance for a kiosk, and no motion when the reader asks for less."""

from __future__ import annotations

import re

import pytest
from servers import wait_until

from explainer.sections.lesson import load_lesson

pytestmark = pytest.mark.browser

SLIDE = "document.querySelector('.ex-presenter').dataset.slide"
# Something that would move, added to the page: the reduced-motion rules must stop it too.
PROBE_STYLE = (
    "@keyframes ex-probe { to { opacity: 0.5; } } "
    ".ex-probe { transition: opacity 1s; animation: ex-probe 1s infinite; "
    "scroll-behavior: smooth; }"
)
PROBE = (
    "document.body.append(Object.assign(document.createElement('div'), {className: 'ex-probe'}))"
)
MOVING = """() => [...document.querySelectorAll('*')].flatMap((e) => {
  const s = getComputedStyle(e);
  const moves = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
    || s.animationName.split(',').some((n) => n.trim() !== 'none')
    || s.scrollBehavior === 'smooth';
  return moves ? [`${e.tagName}.${e.className}`] : [];
})"""


def open_notes(page, edition):
    """The projector's page, and the presenter view it opens with the key P."""
    slides = edition.open(page, "presenter")
    slides.locator(".ex-slide").click()
    with page.context.expect_page() as opened:
        page.keyboard.press("p")
    notes = opened.value
    notes.wait_for_selector(".ex-notes-window[data-ready='true']", timeout=120_000)
    return slides, notes


def test_presenter_view_and_slides_stay_in_step(page, edition):
    slides, notes = open_notes(page, edition)
    assert "view=notes" in notes.url
    console = notes.locator(".ex-notes-window")
    assert console.get_attribute("data-slide") == "1"
    lesson = load_lesson()
    assert lesson["overview"][:60] in console.locator(".ex-notes-text").inner_text()

    page.keyboard.press("ArrowRight")  # the projector moves: the notes follow
    wait_until(notes, f"{SLIDE} === '2'")
    answer = lesson["warmup"]["questions"][0]["answer"]
    assert answer[:50] in console.locator(".ex-notes-text").inner_text()
    assert console.locator(".ex-slide-preview").inner_text().strip(), "the next slide is shown"
    assert "Minutes 0–5" in console.locator(".ex-notes-part").inner_text()

    notes.get_by_role("button", name="Next ▶").click()  # the notes window moves: the slides follow
    notes.keyboard.press("ArrowRight")
    wait_until(page, f"{SLIDE} === '4'")
    assert slides.locator(".ex-notes-list").count() == 0, "the projector shows no notes"
    assert answer[:50] not in slides.inner_text()
    assert "Minutes 5–15" in console.locator(".ex-notes-part").inner_text()


def test_presenter_view_timer_counts_and_shows_an_overrun(page, edition):
    page.clock.install()
    console = edition.open(page, "presenter", "?view=notes")
    timer = console.locator(".ex-timer")
    assert timer.get_attribute("data-running") == "false"
    page.get_by_role("button", name="Start", exact=True).click()
    page.clock.fast_forward("02:00")
    wait_until(
        page, "/This part: 2:0\\d of 5:00/.test(document.querySelector('.ex-timer').textContent)"
    )
    assert timer.get_attribute("data-over") == "false"
    # two minutes (and the few real milliseconds since Start) of five: 3:00 or 2:5x left
    assert re.search(r"(2:5\d|3:00) left in this part", timer.inner_text())
    page.clock.fast_forward("04:00")  # six minutes into a five-minute part
    wait_until(page, "document.querySelector('.ex-timer').dataset.over === 'true'")
    assert re.search(r"1:0\d over the plan", timer.inner_text())
    colour = timer.evaluate("(e) => getComputedStyle(e).backgroundColor")
    assert colour != "rgba(0, 0, 0, 0)", "a part over its minutes changes colour"
    page.get_by_role("button", name="Pause", exact=True).click()
    frozen = timer.locator(".ex-timer-total").inner_text()
    page.clock.fast_forward("01:00")
    page.wait_for_timeout(300)
    assert timer.locator(".ex-timer-total").inner_text() == frozen
    page.keyboard.press("End")  # the last part has its own minutes, not yet spent
    wait_until(page, "document.querySelector('.ex-timer').dataset.over === 'false'")
    assert "This part: 0:00 of 4:00" in timer.inner_text()
    page.get_by_role("button", name="Reset", exact=True).click()
    assert "Lesson: 0:00 of 45:00, 45:00 left" in timer.inner_text()


def test_autoplay_advances_in_a_kiosk_and_pauses_on_a_key(page, edition):
    deck = edition.open(page, "presenter", "?autoplay=2")
    assert deck.get_attribute("data-autoplay") == "playing"
    assert "ex-presenting" in deck.get_attribute("class"), "a kiosk shows the slides only"
    assert deck.locator(".ex-autoplay-bar").is_visible()
    wait_until(page, f"{SLIDE} === '2'", seconds=8)
    wait_until(page, f"{SLIDE} === '3'", seconds=8)
    page.keyboard.press("Shift")
    assert deck.get_attribute("data-autoplay") == "paused"
    held = deck.get_attribute("data-slide")
    page.wait_for_timeout(4500)
    assert deck.get_attribute("data-slide") == held, "a key holds the slides still"
    assert "goes on after 30 seconds" in deck.locator(".ex-autoplay-status").inner_text()


def test_autoplay_loops_back_to_the_first_slide(page, edition):
    page.clock.install()
    deck = edition.open(page, "presenter", "?autoplay=5&slide=999")
    total = int(deck.get_attribute("data-slide"))
    assert total > 10
    page.clock.fast_forward("00:06")
    wait_until(page, f"{SLIDE} === '1'")


@pytest.mark.parametrize("view", ["presenter", "timeline"])
def test_nothing_moves_under_reduced_motion(browser, edition, view):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    page = context.new_page()
    try:
        query = "?autoplay=3" if view == "presenter" else ""
        edition.open(page, view, query)
        page.add_style_tag(content=PROBE_STYLE)
        page.evaluate(PROBE)
        page.wait_for_timeout(500)
        assert page.evaluate(MOVING) == []
        if view == "presenter":
            assert not page.locator(".ex-autoplay-bar").is_visible(), "no growing bar"
            assert page.locator(".ex-autoplay-status").is_visible(), "its words stay"
    finally:
        context.close()


def test_the_motion_check_sees_motion_without_the_preference(page, edition):
    edition.open(page, "presenter")
    page.add_style_tag(content=PROBE_STYLE)
    page.evaluate(PROBE)
    assert "DIV.ex-probe" in page.evaluate(MOVING)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_presenter_view_and_kiosk_have_no_serious_axe_violations(page, edition, lang):
    from axe_playwright_python.sync_playwright import Axe

    for query in ("?view=notes&slide=5", "?autoplay=60"):
        edition.open(page, "presenter", query, lang=lang)
        violations = Axe().run(page).response["violations"]
        serious = [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]
        assert serious == [], f"{query}: {serious}"
