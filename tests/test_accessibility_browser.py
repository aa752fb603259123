"""axe-core on every page (normal, high contrast, 375 px), keyboard use and visible focus."""

from __future__ import annotations

import pytest

from explainer.tooling.screenshots import open_reader_page, reader_pages

pytestmark = pytest.mark.browser
VIEWS = [None, "timeline", "quotes", "policy"]  # None: the landing page
BLOCKING = {"serious", "critical"}


def serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("view", VIEWS)
def test_no_serious_axe_violations(page, edition, view):
    edition.open(page, view)
    assert serious_violations(page) == []


@pytest.mark.parametrize("view", [*VIEWS, "presenter"])
def test_spanish_pages_have_no_serious_axe_violations(page, edition, view):
    edition.open(page, view, lang="es")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert serious_violations(page) == []


@pytest.mark.parametrize("view", VIEWS)
def test_high_contrast_has_no_serious_axe_violations(page, edition, view):
    edition.open(page, view)
    page.get_by_role("button", name="High contrast").click()
    assert page.evaluate("document.documentElement.classList.contains('ex-high-contrast')")
    assert serious_violations(page) == []


@pytest.mark.parametrize("view", VIEWS[1:])
def test_375px_layout_works(browser, edition, view):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    try:
        edition.open(page, view)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 2, f"page is {overflow}px wider than the screen"
        assert serious_violations(page) == []
    finally:
        context.close()


def tab_to(page, name: str, limit: int = 80) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement && document.activeElement.textContent")
        if label and label.strip() == name:
            return
    raise AssertionError(f"could not reach {name!r} with the Tab key")


def test_keyboard_only_timeline_with_visible_focus(page, edition):
    view = edition.open(page, "timeline")
    tab_to(page, "Next ▶")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in {"none", ""}
    page.keyboard.press("Enter")
    first = view.get_attribute("data-current")
    page.keyboard.press("Enter")
    assert view.get_attribute("data-current") not in {None, "", first}


def test_keyboard_only_policy_stepper(page, edition):
    view = edition.open(page, "policy")
    tab_to(page, "Next step ▶")
    page.keyboard.press("Enter")
    assert view.get_attribute("data-step") == "2"


@pytest.mark.parametrize("name", [p.name for p in reader_pages()])
def test_no_page_is_wider_than_a_phone(browser, edition, name):
    path = next(p for p in reader_pages() if p.name == name).path(edition.name)
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        open_reader_page(page, edition.base_url, path)
        wide = page.evaluate(
            """() => [...document.querySelectorAll('main *, #rendered_cells *')]
              .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(0, 5).map((el) => el.tagName + ' ' + (el.textContent || '').slice(0, 40))"""
        )
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    finally:
        context.close()
    assert overflow <= 1, f"{name} is {overflow}px wider than a 375px phone; too wide: {wide}"
