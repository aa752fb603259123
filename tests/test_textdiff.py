"""Word diffs of printings that are excerpts: placed first, compared only where both printed."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from explainer.sections.quotes import variant_groups
from explainer.sections.textdiff import compare, shared_words

CHANGED = {"left", "right"}
LEFT_SIDE = {"same", "left", "not-in-right"}
RIGHT_SIDE = {"same", "right", "not-in-left"}
RELATIONS = {"identical", "excerpt", "excerpt-with-changes", "overlapping", "different", "disjoint"}

PART_A = (
    "In response to questions we want to be clear: Microsoft is not working with ICE on any "
    "projects related to separating children from their families at the border, and contrary "
    "to some speculation, we are not aware of Azure being used for this purpose."
)
PART_B = (
    "As a company, Microsoft is dismayed by the forcible separation of children from their "
    "families at the border. Family unification has been a fundamental tenet of American policy."
)


def ops(runs, *kinds):
    return [text for op, text in runs if op in kinds]


def side(runs, kinds):
    return "".join(text for op, text in runs if op in kinds)


def members(story, group_id):
    group = next(g for g in variant_groups(story) if g["id"] == group_id)
    return group, {m["source"]["publisher"]: i for i, m in enumerate(group["members"])}


def pair(story, group_id, left, right):
    """The comparison of two outlets' printings, with the left one as the left side."""
    group, index = members(story, group_id)
    a, b = index[left], index[right]
    result = group["comparisons"][f"{min(a, b)}-{max(a, b)}"]
    texts = group["members"][a]["text"], group["members"][b]["text"]
    return result, texts, a > b


def test_printings_of_different_parts_are_disjoint_with_nothing_changed():
    part_a_start = PART_A[: PART_A.index(" and contrary")]
    result = compare("We are not aware of Azure being used for this purpose", part_a_start)
    assert result["relation"] == "disjoint"
    assert not ops(result["runs"], *CHANGED) and result["similarity"] is None


def test_excerpt_of_the_full_text_is_only_not_printed_runs():
    full = PART_A + " " + PART_B
    result = compare(PART_B, full)
    assert result["relation"] == "excerpt" and result["shorter"] == "left"
    assert not ops(result["runs"], *CHANGED)
    assert ops(result["runs"], "not-in-left") == [PART_A + " "]
    assert result["similarity"] == 1.0


def test_one_word_changed_inside_the_shared_span_is_a_change():
    result = compare("fundamental tenant", PART_B)
    assert result["relation"] == "excerpt-with-changes" and result["shorter"] == "left"
    assert ops(result["runs"], "left") == ["tenant"] and ops(result["runs"], "right") == ["tenet"]
    assert ops(result["runs"], "not-in-left")[-1] == " of American policy."


def test_the_fullest_printing_tells_a_stock_phrase_from_a_shared_span():
    """'from their families at the border' ends a sentence in both parts of the statement."""
    part_a_end = PART_A[PART_A.index("Microsoft") : PART_A.index(", and contrary")]
    alone = compare(part_a_end, PART_B)
    placed = compare(part_a_end, PART_B, reference=PART_A + " " + PART_B)
    assert alone["relation"] != "disjoint"
    assert placed["relation"] == "disjoint" and not ops(placed["runs"], *CHANGED)


def test_overlapping_excerpts_and_percentage_only_over_the_overlap():
    first = PART_A[: PART_A.index(" and contrary")]
    second = PART_A[PART_A.index("Microsoft") :]
    result = compare(first, second)
    assert result["relation"] == "overlapping" and result["similarity"] == 1.0
    assert ops(result["runs"], "not-in-right") == ["In response to questions we want to be clear: "]
    assert not ops(result["runs"], *CHANGED)


def test_elided_words_are_not_printed_and_editors_brackets_are_changes():
    full = "An employee briefly deleted the blog after seeing commentary in social media."
    elided = compare(full, "briefly deleted [...] after seeing commentary in social media")
    assert elided["relation"] == "excerpt" and "the blog" in ops(elided["runs"], "not-in-right")
    bracket = compare("used for this purpose [separation of families]", "used for this purpose.")
    assert ops(bracket["runs"], "left") == [" [separation of families]"]


def test_placement_ignores_case_punctuation_and_abbreviation_dots():
    assert shared_words("with the U.S. Immigration", "US Immigration") == (2, 4, 0, 2)
    assert shared_words("facial recognition technology", "facial-recognition technology")
    assert shared_words("nothing alike here", "else entirely") is None


def test_games_industry_against_usa_today_is_disjoint(story):
    result, _, _ = pair(story, "stmt-part-a", "GamesIndustry.biz", "USA Today")
    assert result["relation"] == "disjoint" and result["similarity"] is None
    assert not ops(result["runs"], *CHANGED)


def test_inquirer_is_an_excerpt_of_the_full_statement(story):
    result, _, _ = pair(story, "stmt-part-a", "The Inquirer", "OnMSFT")
    assert result["relation"] == "excerpt" and not ops(result["runs"], *CHANGED)
    assert {op for op, _ in result["runs"]} == {"same", "not-in-left"}


def test_tenant_against_the_full_sentence_changes_one_word(story):
    result, _, swapped = pair(story, "stmt-family-unification", "Business Insider", "Neowin")
    changed = ops(result["runs"], *CHANGED)
    assert sorted(changed) == ["tenant", "tenet"]
    assert result["relation"] == "excerpt-with-changes"


def test_every_comparison_rebuilds_both_printings(story):
    for group in variant_groups(story):
        for key, result in group["comparisons"].items():
            a, b = (group["members"][int(i)]["text"] for i in key.split("-"))
            assert side(result["runs"], LEFT_SIDE) == a, (group["id"], key)
            assert side(result["runs"], RIGHT_SIDE) == b, (group["id"], key)


def test_relations_across_all_groups(story):
    counts = Counter()
    for group in variant_groups(story):
        for key, result in group["comparisons"].items():
            a, b = (group["members"][int(i)]["text"] for i in key.split("-"))
            relation = result["relation"]
            counts[relation] += 1
            assert relation in RELATIONS
            assert (relation == "identical") == (a == b)
            if relation in ("disjoint", "excerpt"):
                assert not ops(result["runs"], *CHANGED), (group["id"], key)
            assert (result["similarity"] is None) == (relation == "disjoint")
    pairs = sum(len(list(combinations(g["members"], 2))) for g in variant_groups(story))
    assert sum(counts.values()) == pairs
    assert counts["disjoint"] and counts["excerpt"] and counts["overlapping"]


@pytest.mark.parametrize(
    "group_id, left, right, relation",
    [
        ("stmt-part-a", "GamesIndustry.biz", "USA Today", "disjoint"),
        ("stmt-part-a", "The Inquirer", "USA Today", "overlapping"),
        ("stmt-part-a", "USA Today", "OnMSFT", "excerpt"),
        ("stmt-part-a", "GamesIndustry.biz", "The Inquirer", "excerpt-with-changes"),
        ("nadella-clear", "Axios", "Xinhua", "disjoint"),
        ("nadella-clear", "Axios", "The Register", "disjoint"),
        ("stmt-family-unification", "GeekWire", "GamesIndustry.biz", "different"),
    ],
)
def test_relations_follow_the_variant_notes(story, group_id, left, right, relation):
    """What each pair is, read off the notes on what each outlet printed (data/quotes.csv)."""
    assert pair(story, group_id, left, right)[0]["relation"] == relation
