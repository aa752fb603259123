"""The lesson page renders in the dashboard, presenter mode advances by keyboard, handouts print."""

from __future__ import annotations

import pytest

from explainer.sections.lesson import SECTION_TITLES, load_lesson, presenter_slides

pytestmark = pytest.mark.browser


def test_lesson_page_renders(page, edition):
    presenter = edition.open(page, "presenter")
    lesson = page.locator(".ex-lesson")
    assert lesson.locator("h1").inner_text() == load_lesson()["title"]
    for key in SECTION_TITLES:
        assert lesson.locator(f'[data-section="{key}"]').count() == 1, key
    assert presenter.get_attribute("data-slide") == "1"


def test_presenter_mode_advances_by_keyboard(page, edition, story):
    presenter = edition.open(page, "presenter")
    total = len(presenter_slides(story))
    presenter.locator(".ex-slide").focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Space")
    assert presenter.get_attribute("data-slide") == "3"
    page.keyboard.press("ArrowLeft")
    assert presenter.get_attribute("data-slide") == "2"
    page.keyboard.press("End")
    assert presenter.get_attribute("data-slide") == str(total)
    assert presenter.locator(".ex-slide-title").inner_text() == "Exit ticket"
    size = presenter.locator(".ex-slide").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 28, "readable from the back of the room"


@pytest.mark.parametrize("paper, width_px", [("A4", 794), ("Letter", 816)])
def test_handouts_print_cleanly(browser, tmp_path, paper, width_px):
    from explainer.delivery.handout import build_handouts

    student, teacher = build_handouts(tmp_path)
    page = browser.new_page(viewport={"width": width_px, "height": 1100})
    try:
        for handout in (student, teacher):
            page.goto(handout.as_uri())
            page.emulate_media(media="print")
            assert page.evaluate("document.documentElement.scrollWidth") <= width_px
            pdf = page.pdf(format=paper)
            assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    finally:
        page.close()
