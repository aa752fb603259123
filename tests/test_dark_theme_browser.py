"""The dark theme: every page keeps WCAG AA contrast (axe's color-contrast rule) when the device
prefers a dark scheme; the light theme stays the default; the header's Theme menu is remembered."""

from __future__ import annotations

import pytest

from explainer.tooling.screenshots import open_reader_page, reader_pages

pytestmark = pytest.mark.browser
PAGES = {p.name: p for p in reader_pages()}
LOOK = """() => ({
  dark: document.documentElement.classList.contains('ex-dark'),
  background: getComputedStyle(document.body).backgroundColor,
  text: getComputedStyle(document.body).color,
  charts: [...document.querySelectorAll('.ex-chart[data-drawn]')].map((c) => c.dataset.look || ''),
})"""


def contrast_failures(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": ["color-contrast"]})
    return [
        f"{node['target']}: {node.get('failureSummary', '')[:160]}"
        for violation in results.response["violations"]
        for node in violation["nodes"][:5]
    ]


def themed_page(browser, scheme: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    return context, context.new_page()


@pytest.mark.parametrize("name", list(PAGES))
def test_dark_theme_keeps_contrast_on_every_page(browser, edition, name):
    context, page = themed_page(browser, "dark")
    try:
        open_reader_page(page, edition.base_url, PAGES[name].path(edition.name))
        look = page.evaluate(LOOK)
        assert look["dark"], "a device that prefers dark gets the dark theme"
        assert look["background"] == "rgb(18, 20, 22)" and look["text"] == "rgb(230, 230, 230)"
        assert all(c.startswith("dark-") for c in look["charts"]), look["charts"]
        assert contrast_failures(page) == []
    finally:
        context.close()


def test_dark_theme_keeps_contrast_in_the_opened_panels(browser, edition):
    """The Cite, Report and Embed panels a reader opens on the timeline (the event's and each
    source's), and the Share dialog."""
    context, page = themed_page(browser, "dark")
    try:
        timeline = PAGES["timeline"].path(edition.name)
        open_reader_page(page, edition.base_url, f"{timeline}?event=taotetek-tweet")
        page.locator(".ex-card details.ex-action").first.wait_for(state="attached")
        for panel in page.locator(".ex-card details.ex-action, details.ex-embed-control").all():
            panel.evaluate("(node) => { node.open = true; }")
        page.wait_for_timeout(300)
        # each source's Cite panel too, once its citation has been fetched and filled in
        page.locator(".ex-source-cite[data-ex-filled] [data-ex-style=mla]").first.wait_for()
        opened = page.locator(".ex-card details.ex-action[open]").count()
        assert opened >= 2, "the event card's Cite and Report panels opened"
        assert contrast_failures(page) == []
        page.locator("#ex-share").click()
        page.wait_for_timeout(300)
        assert page.evaluate("document.getElementById('ex-share-dialog').open")
        assert contrast_failures(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "no-preference"])
def test_light_theme_is_the_default_and_unchanged(browser, edition, scheme):
    context, page = themed_page(browser, scheme)
    try:
        open_reader_page(page, edition.base_url, PAGES["timeline"].path(edition.name))
        look = page.evaluate(LOOK)
        assert not look["dark"]
        assert look["background"] == "rgb(255, 255, 255)" and look["text"] == "rgb(26, 26, 26)"
        assert all(not c.startswith("dark-") for c in look["charts"]), look["charts"]
    finally:
        context.close()


def test_theme_menu_overrides_the_device_and_is_remembered(browser, edition):
    context, page = themed_page(browser, "dark")
    try:
        open_reader_page(page, edition.base_url, PAGES["landing"].path(edition.name))
        menu = page.get_by_label("Theme")
        assert menu.input_value() == "auto"
        menu.select_option("light")
        assert not page.evaluate(LOOK)["dark"]
        open_reader_page(page, edition.base_url, PAGES["quotes"].path(edition.name))
        assert not page.evaluate(LOOK)["dark"], "the choice is remembered on the device"
        assert page.get_by_label("Theme").input_value() == "light"
        page.get_by_label("Theme").select_option("dark")
        assert page.evaluate(LOOK)["dark"]
        page.get_by_role("button", name="High contrast").click()
        assert page.evaluate(LOOK)["background"] == "rgb(255, 255, 255)", "High contrast wins"
    finally:
        context.close()
