"""The quote comparisons' builders: word diffs, excerpts, checklists, edit history."""

from __future__ import annotations

import json

import pytest

from explainer.data.records import QuoteCheck
from explainer.sections.quotes import (
    evidence_spans,
    pair_view,
    post_history,
    quotes_view,
    variant_groups,
)
from explainer.sections.textdiff import compare, similarity, word_diff


def ops(runs, kind):
    return [text for op, text in runs if op == kind]


def test_one_word_changed():
    runs = word_diff("a fundamental tenet of policy", "a fundamental tenant of policy")
    assert ops(runs, "left") == ["tenet"] and ops(runs, "right") == ["tenant"]
    assert "".join(t for op, t in runs if op != "right") == "a fundamental tenet of policy"
    assert "".join(t for op, t in runs if op != "left") == "a fundamental tenant of policy"


def test_pair_differing_only_in_case():
    result = compare("the core Agency functions", "the core agency functions")
    assert result["relation"] == "different"
    assert ops(result["runs"], "left") == ["Agency"] and ops(result["runs"], "right") == ["agency"]


def test_pair_differing_only_in_punctuation():
    runs = word_diff("As a company Microsoft has worked", "As a company, Microsoft has worked")
    assert ops(runs, "left") == [] and ops(runs, "right") == [","]


def test_identical_printings():
    result = compare("Period.", "Period.")
    assert result == {"relation": "identical", "runs": [["same", "Period."]], "similarity": 1.0}


def test_excerpt_marks_unprinted_words_as_not_printed():
    result = compare("As a company, Microsoft is dismayed by it.", "Microsoft is dismayed")
    assert result["relation"] == "excerpt" and result["shorter"] == "right"
    assert ops(result["runs"], "not-in-right") == ["As a company, ", " by it."]
    assert not ops(result["runs"], "left") and not ops(result["runs"], "right")


def test_excerpt_with_case_change_is_aligned():
    longer = "data that supports the core Agency functions and protects"
    result = compare(longer, "core agency functions")
    assert result["relation"] == "excerpt-with-changes"
    assert ops(result["runs"], "left") == ["Agency"] and ops(result["runs"], "right") == ["agency"]


def test_hyphen_and_quote_shapes_still_align():
    hyphen = compare("sell facial recognition technology", "facial-recognition technology")
    assert hyphen["relation"] == "excerpt-with-changes" and ops(hyphen["runs"], "right") == ["-"]
    quotes = compare("we\u2019re proud of it", "we're proud")
    assert quotes["relation"] == "excerpt-with-changes"
    assert ops(quotes["runs"], "not-in-right") == [" of it"]


def test_similarity_bounds():
    assert similarity("a b c", "a b c") == 1.0
    assert 0 < similarity("a b c", "a b d") < 1


def test_checks_match_whole_words_and_acronyms_in_capitals():
    ice = QuoteCheck("ice", "Mentions ICE", "(?-i:ICE)|Immigration and Customs Enforcement", "")
    assert evidence_spans("ICE's decision", ice) == [[0, 3]]
    assert evidence_spans("the notice was ice cold", ice) == []
    assert evidence_spans("U.S. Immigration and Customs Enforcement", ice) == [[5, 40]]


def test_every_pair_answers_every_check_with_the_quoted_words(story):
    for pair in story.quote_pairs:
        view = pair_view(story, pair)
        assert view["left"]["quotes"] and view["right"]["quotes"]
        for check in view["checks"]:
            for side in ("left", "right"):
                answer = check[side]
                texts = {q["id"]: q["text"] for q in view[side]["quotes"]}
                found = [
                    texts[qid][s:e] for qid, spans in answer["spans"].items() for s, e in spans
                ]
                assert answer["found"] == bool(found)
                assert sorted(set(found), key=str.lower) == answer["words"]


def test_core_pair_facts(story):
    pair = next(p for p in story.quote_pairs if p.pair_id == "jan-post-vs-june-statement")
    checks = {c["id"]: c for c in pair_view(story, pair)["checks"]}
    assert checks["mentions-facial-recognition"]["left"]["found"]
    assert not checks["mentions-facial-recognition"]["right"]["found"]
    assert "legislation" in checks["mentions-congress-or-legislation"]["right"]["words"]


def test_tenet_tenant_group_defaults_to_the_changed_word(story):
    group = next(g for g in variant_groups(story) if g["id"] == "stmt-family-unification")
    a, b = group["default"]
    result = group["comparisons"][f"{a}-{b}"]
    changed = set(ops(result["runs"], "left") + ops(result["runs"], "right"))
    assert changed == {"tenet", "tenant"}


@pytest.mark.parametrize("index", range(3))
def test_every_variant_group_has_all_comparisons(story, index):
    groups = variant_groups(story)
    assert len(groups) >= 3
    group = groups[index]
    n = len(group["members"])
    assert len(group["comparisons"]) == n * (n - 1) // 2


def test_edit_history_in_order_with_sources(story):
    steps = post_history(story)
    assert [s["state"] for s in steps] == [
        "published",
        "present",
        "removed",
        "restored",
        "explained",
    ]
    assert all(s["sources"] for s in steps)


def test_view_model_is_plain_json(story):
    view = quotes_view(story)
    assert json.loads(json.dumps(view)) == view
    assert view["passage"]["text"].startswith("ICE")


def test_the_product_name_azure_government_is_not_a_mention_of_the_government(story):
    from explainer.sections.quotes import evidence_spans

    check = next(c for c in story.quote_checks if c.check_id == "mentions-administration")
    assert evidence_spans("Azure Government will help them innovate", check) == []
    assert evidence_spans("the government said", check) == [[4, 14]]
    assert evidence_spans("We urge the administration", check) == [[12, 26]]
