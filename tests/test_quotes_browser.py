"""The quote comparisons page in Chromium against a running Voila server."""

from __future__ import annotations

import pytest
from servers import foreign_requests, wait_until

pytestmark = pytest.mark.browser


def open_quotes(page, edition, query=""):
    return edition.open(page, "quotes", query)


def test_pick_a_pair_and_see_both_cards(page, edition, story):
    view = open_quotes(page, edition)
    pair = next(p for p in story.quote_pairs if p.pair_id == "sessions-vs-nielsen")
    view.get_by_label("Compare").select_option(pair.pair_id)
    cards = view.locator(".ex-pair").first.locator(".ex-card")
    assert cards.count() == 2
    assert cards.nth(0).locator("h3").inner_text() == pair.left_label
    assert cards.nth(1).locator("h3").inner_text() == pair.right_label
    assert cards.nth(0).locator("blockquote").count() == len(pair.left_quote_ids)
    first = story.quote(pair.right_quote_ids[0])
    assert cards.nth(1).locator("blockquote").first.inner_text() == first.text
    assert view.locator(".ex-question").inner_text() == pair.question


def test_checklist_highlights_supporting_words(page, edition):
    view = open_quotes(page, edition, "?pair=jan-post-vs-june-statement")
    view.get_by_role("button", name="Mentions facial recognition").click()
    left, right = view.locator(".ex-side-left"), view.locator(".ex-side-right")
    assert left.locator("mark").first.inner_text().lower() == "facial recognition"
    assert right.locator("mark").count() == 0
    row = view.locator(".ex-checklist tr", has_text="Mentions facial recognition")
    assert "No such words appear" in row.inner_text()


def test_variant_diff_marks_the_changed_word_without_colour(page, edition):
    view = open_quotes(page, edition, "?words=stmt-family-unification")
    inline = view.locator(".ex-diff-inline")
    deleted, inserted = inline.locator("del"), inline.locator("ins")
    visible = (
        "e => [...e.childNodes].filter(n => !n.classList?.contains('ex-sr'))"
        ".map(n => n.textContent).join('')"
    )
    changed = {deleted.evaluate(visible).strip(), inserted.evaluate(visible).strip()}
    assert changed == {"tenet", "tenant"}, changed
    # not colour alone: struck through / underlined, plus words for screen readers
    assert deleted.evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    assert inserted.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"
    assert "only in A" in deleted.text_content() and "only in B" in inserted.text_content()
    legend = view.locator(".ex-legend").inner_text()
    assert "Printing A" in legend and "Printing B" in legend
    assert "%" in view.locator(".ex-similarity").inner_text()


def test_choosing_printings_updates_the_diff(page, edition):
    view = open_quotes(page, edition, "?words=keane-core-agency")
    before = view.get_attribute("data-diff")
    view.get_by_label("Printing B").select_option(index=1)
    wait_until(page, f"document.querySelector('.ex-quotes').dataset.diff !== '{before}'")
    assert view.get_attribute("data-diff") != before


def test_quote_text_is_never_markup(page, edition):
    view = open_quotes(page, edition)
    assert view.locator("blockquote script, blockquote img").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_edit_history_and_no_foreign_requests(page, edition):
    view = open_quotes(page, edition)
    steps = view.locator(".ex-history ol > li")
    assert steps.count() == 5
    assert "Removed" in steps.nth(2).inner_text() and "Restored" in steps.nth(3).inner_text()
    foreign = foreign_requests(page.requests, edition.base_url)
    assert not foreign, foreign


def test_printings_of_different_parts_are_not_struck_through(page, edition):
    view = open_quotes(page, edition, "?words=stmt-part-a")
    before = view.get_attribute("data-diff")
    for label, outlet in (("Printing A", "GamesIndustry.biz"), ("Printing B", "USA Today")):
        select = view.get_by_label(label)
        select.select_option(select.locator("option", has_text=outlet).get_attribute("value"))
    wait_until(page, f"document.querySelector('.ex-quotes').dataset.diff !== '{before}'")
    diff = view.locator(".ex-diff")
    assert diff.locator("del, ins, s, strike").count() == 0
    struck = "e => [...e.querySelectorAll('*')].filter(n => "
    struck += "getComputedStyle(n).textDecorationLine.includes('line-through')).length"
    assert view.locator(".ex-diff-inline").evaluate(struck) == 0
    summary = view.locator(".ex-similarity")
    assert summary.get_attribute("data-relation") == "disjoint"
    text = summary.inner_text()
    assert "No shared words" in text and "printed different parts" in text and "%" not in text
    unprinted = view.locator(".ex-diff-inline .ex-unprinted")
    assert unprinted.count() == 2
    labels = unprinted.evaluate_all("ns => ns.map(n => n.querySelector('.ex-sr').textContent)")
    assert labels == [" [not printed by GamesIndustry.biz: ", " [not printed by USA Today: "]


def test_a_corrected_quote_carries_its_note(page, edition, story):
    from revision_notes import check_notes, corrected_ids

    corrected = set(corrected_ids(story, "quotes"))
    pair, quote_id = next(
        (p, q)
        for p in sorted(story.quote_pairs, key=lambda p: p.order)
        for q in p.left_quote_ids + p.right_quote_ids
        if q in corrected
    )
    view = open_quotes(page, edition, f"?pair={pair.pair_id}")
    card = view.locator(".ex-pair .ex-quote").filter(has=page.locator(f"[data-quote='{quote_id}']"))
    check_notes(card.locator(".ex-revisions"), story, "quotes", quote_id, edition)
    clean = [q for q in pair.left_quote_ids + pair.right_quote_ids if q not in corrected]
    for other in clean:
        other_card = view.locator(".ex-pair .ex-quote").filter(
            has=page.locator(f"[data-quote='{other}']")
        )
        assert other_card.locator(".ex-revisions").count() == 0


# --- issue 14: linked comparisons in view, checklist words kept whole -----------------------


def test_words_deep_link_brings_the_comparison_into_view(page, edition):
    from viewport import wait_in_view

    view = open_quotes(page, edition, "?words=keane-core-agency")
    assert wait_in_view(page, view.locator(".ex-diff-inline"))


def test_pair_deep_link_brings_the_pair_into_view(page, edition, story):
    from viewport import wait_in_view

    pair = story.quote_pairs[-1]
    view = open_quotes(page, edition, f"?pair={pair.pair_id}")
    assert view.locator(".ex-question").inner_text() == pair.question
    cards_top = "document.querySelector('.ex-quotes .ex-pair').getBoundingClientRect().top"
    wait_until(page, f"{cards_top} >= 0 && {cards_top} <= innerHeight / 2", seconds=6)
    assert wait_in_view(page, view.locator(".ex-question"))


@pytest.mark.parametrize("width", [375, 1366, 1920])
def test_the_checklist_keeps_words_whole(browser, edition, width):
    from viewport import broken_words, sized_page

    with sized_page(browser, width, 900) as page:
        view = open_quotes(page, edition)
        broken = broken_words(view.locator(".ex-checklist"))
        assert not broken, broken[:20]


def test_on_a_phone_each_checklist_answer_is_on_screen_with_its_side_named(browser, edition, story):
    from viewport import sized_page

    pair = sorted(story.quote_pairs, key=lambda p: p.order)[0]
    with sized_page(browser, 375, 812) as page:
        view = open_quotes(page, edition)
        cells = view.locator(".ex-checklist td")
        assert cells.count() == 2 * len(pair.check_ids)
        rights = cells.evaluate_all("(cells) => cells.map((c) => c.getBoundingClientRect().right)")
        assert max(rights) <= 375, rights
        labels = set(cells.evaluate_all("(cells) => cells.map((c) => c.dataset.label)"))
        assert labels == {pair.left_label, pair.right_label}
