"""The policy background page in Chromium against a running Voila server."""

from __future__ import annotations

import re

import pytest
from servers import wait_until

pytestmark = pytest.mark.browser

PLOTLY_JS = re.compile(r"/plotly\.min\.js(\?|$)")  # either edition's address of plotly.js


def open_policy(page, edition, query=""):
    return edition.open(page, "policy", query)


def draw_the_chart(page):
    """Scroll to the numbers chart (drawn when the reader nears it) and wait until it is drawn."""
    page.locator(".ex-policy .ex-chart").scroll_into_view_if_needed()
    wait_until(page, "document.querySelector('.ex-policy .ex-chart').dataset.drawn === 'true'")


def test_stepper_walks_forward_and_back(page, edition, story):
    view = open_policy(page, edition)
    steps = sorted(story.policy_steps, key=lambda s: s.step)
    assert view.locator(".ex-step-card h3").inner_text() == f"1. {steps[0].title}"
    next_button = view.get_by_role("button", name="Next step ▶")
    for step in steps[1:]:
        next_button.click()
        assert view.locator(".ex-step-card h3").inner_text() == f"{step.step}. {step.title}"
    assert next_button.is_disabled()
    view.get_by_role("button", name="◀ Previous step").click()
    assert view.get_attribute("data-step") == str(steps[-2].step)


def test_chart_and_table_filter_together(page, edition, story):
    view = open_policy(page, edition)
    draw_the_chart(page)
    total = int(view.get_attribute("data-figures"))
    assert view.locator(".ex-table tbody tr:not([hidden])").count() == total
    assert page.locator(".ex-chart .scatterlayer .point").count() == total
    view.get_by_role("checkbox", name="Reunified", exact=True).uncheck()
    wait_until(page, f"document.querySelector('.ex-policy').dataset.figures !== '{total}'")
    shown = int(view.get_attribute("data-figures"))
    assert 0 < shown < total
    wait_until(  # a table off the screen follows just after the chart is painted
        page, f"document.querySelectorAll('.ex-table tbody tr:not([hidden])').length === {shown}"
    )
    assert page.locator(".ex-chart .scatterlayer .point").count() == shown
    assert view.locator(".ex-dispute").count() >= 1


def shown_points(page):
    return page.evaluate(
        "document.querySelector('.ex-chart').data.filter((t) => t.visible !== false)"
        ".reduce((n, t) => n + t.x.length, 0)"
    )


def test_the_chart_is_drawn_when_the_reader_nears_it(browser, edition):
    """The numbers chart lies screens below the top: plotly.js does not run as the page opens
    (on a phone), and the categories chosen before it is drawn are the ones it shows."""
    from viewport import sized_page

    with sized_page(browser, 375, 812) as page:
        view = open_policy(page, edition)
        page.wait_for_timeout(500)
        assert page.evaluate("typeof window.Plotly") == "undefined"
        assert page.locator(".ex-chart").get_attribute("data-drawn") is None
        box = page.locator(".ex-chart").bounding_box()
        assert box["height"] >= 400  # it holds its figure's height: nothing moves when drawn
        total = int(view.get_attribute("data-figures"))
        view.get_by_role("checkbox", name="Reunified", exact=True).uncheck()
        wait_until(page, f"document.querySelector('.ex-policy').dataset.figures !== '{total}'")
        shown = int(view.get_attribute("data-figures"))
        draw_the_chart(page)
        assert page.locator(".ex-chart").bounding_box()["height"] == box["height"]
        assert shown_points(page) == shown


def test_a_category_unticked_while_plotly_loads_is_not_drawn(browser, edition):
    """The reader reaches the chart, and unticks a category while plotly.js is still arriving:
    the chart, once drawn, shows what is ticked then, not what was ticked when it started."""
    from viewport import sized_page

    held = []
    with sized_page(browser, 375, 812) as page:

        def hold(route):
            held.append(route)

        page.route(PLOTLY_JS, hold)
        view = open_policy(page, edition)
        total = int(view.get_attribute("data-figures"))
        page.locator(".ex-policy .ex-chart").scroll_into_view_if_needed()
        # the chart has started drawing: it has asked for plotly.js, which is held back
        wait_until(page, "!!document.querySelector('script[src*=plotly]')")
        assert page.locator(".ex-chart").get_attribute("data-drawn") is None
        view.get_by_role("checkbox", name="Reunified", exact=True).uncheck()
        wait_until(page, f"document.querySelector('.ex-policy').dataset.figures !== '{total}'")
        shown = int(view.get_attribute("data-figures"))
        for route in held:
            route.continue_()
        page.unroute(PLOTLY_JS, hold)
        wait_until(page, "document.querySelector('.ex-policy .ex-chart').dataset.drawn === 'true'")
        assert shown_points(page) == shown < total


def test_glossary_search_and_deep_link(page, edition):
    view = open_policy(page, edition, "?term=flores-flores-settlement-agreement")
    assert view.locator("dt.ex-current").inner_text().startswith("Flores")
    view.get_by_label("Search the glossary").fill("sponsor")
    visible = view.locator(".ex-glossary dt:not([hidden])")
    assert 1 <= visible.count() < 5
    assert any("Sponsor" in t for t in visible.all_inner_texts())


def test_terms_on_other_pages_link_to_the_glossary(page, edition, story):
    edition.open(page, "timeline", "?event=msl-injunction-2018-06-26")
    links = page.locator(".ex-card a.ex-term")
    assert links.count() >= 1
    href = links.first.get_attribute("href")
    assert href.startswith(edition.base_url + edition.glossary_path), href


def test_corrected_steps_figures_and_terms_carry_their_notes(page, edition, story):
    from revision_notes import check_notes, corrected_ids

    from explainer.sections.glossary import term_slug

    step = corrected_ids(story, "policy_steps")[0]
    view = open_policy(page, edition, f"?step={step}")
    card = view.locator(".ex-step-card")
    check_notes(card.locator(":scope > .ex-revisions"), story, "policy_steps", step, edition)
    shown = set(
        view.locator(".ex-table tbody tr").evaluate_all("r => r.map(x => x.dataset.figure)")
    )
    figure = next(f for f in corrected_ids(story, "figures") if f in shown)
    row = view.locator(f".ex-table tr[data-figure='{figure}']")
    check_notes(row.locator(".ex-revisions"), story, "figures", figure, edition)
    term = corrected_ids(story, "glossary")[0]
    entry = view.locator(f".ex-glossary dd[data-term='{term_slug(term)}']")
    check_notes(entry.locator(".ex-revisions"), story, "glossary", term, edition)
    clean = next(g.term for g in story.glossary if g.term not in corrected_ids(story, "glossary"))
    clean_entry = view.locator(f".ex-glossary dd[data-term='{term_slug(clean)}']")
    assert clean_entry.count() == 1
    assert clean_entry.locator(".ex-revisions").count() == 0


# --- issue 14: linked items in view, glossary links followed in the page, legible tables ----


def test_step_deep_link_brings_the_step_into_view(page, edition, story):
    from viewport import wait_in_view

    last = max(s.step for s in story.policy_steps)
    view = open_policy(page, edition, f"?step={last}")
    assert view.get_attribute("data-step") == str(last)
    assert wait_in_view(page, view.locator(".ex-step-card"))


def test_term_deep_link_brings_the_term_into_view(page, edition):
    from viewport import wait_in_view

    view = open_policy(page, edition, "?term=flores-flores-settlement-agreement")
    assert wait_in_view(page, view.locator("dt.ex-current"))


def test_a_glossary_link_in_the_text_is_followed_without_reloading(page, edition):
    from viewport import wait_in_view

    view = open_policy(page, edition)
    page.evaluate("window.__notReloaded = true")
    link = view.locator(".ex-card-body a.ex-term, .ex-stances a.ex-term").first
    slug = link.get_attribute("href").split("term=")[1]
    link.click()
    wait_until(page, f"location.search.includes('term={slug}')")
    assert page.evaluate("window.__notReloaded === true"), "the page reloaded"
    current = view.locator("dt.ex-current")
    assert current.get_attribute("data-term") == slug
    assert wait_in_view(page, current)
    page.go_back()  # Back returns to the text, still without a reload
    wait_until(page, f"!location.search.includes('term={slug}')")
    assert page.evaluate("window.__notReloaded === true")


def test_high_contrast_restyles_the_numbers_chart(page, edition):
    open_policy(page, edition)
    draw_the_chart(page)
    page.locator("#ex-contrast").click()
    wait_until(
        page, "document.querySelector('.ex-policy .ex-chart').dataset.look === 'contrast-16'"
    )
    fill = page.evaluate("getComputedStyle(document.querySelector('.ex-chart .xtick text')).fill")
    stroke = page.evaluate(
        "getComputedStyle(document.querySelector('.ex-chart .scatterlayer .point')).stroke"
    )
    page.locator("#ex-contrast").click()
    assert fill == "rgb(0, 0, 0)" and stroke == "rgb(0, 0, 0)"


@pytest.mark.parametrize("width", [375, 1366, 1920])
def test_the_figures_table_keeps_words_whole(browser, edition, width):
    from viewport import broken_words, sized_page

    with sized_page(browser, width, 900) as page:
        view = open_policy(page, edition)
        broken = broken_words(view.locator(".ex-table"))
        assert not broken, broken[:20]
        assert page.evaluate("document.documentElement.scrollWidth") <= width
