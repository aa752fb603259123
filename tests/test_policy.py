"""The policy background's builders: stepper, numbers chart and table, stances, glossary."""

from __future__ import annotations

import json

from explainer.sections.glossary import aliases, glossary_entries, term_slug
from explainer.sections.policy import (
    CHART_CATEGORIES,
    figure_rows,
    microsoft_stances,
    numbers_figure,
    policy_view,
    stated_value,
    step_view,
)


def test_steps_cover_the_2018_sequence_in_order(story):
    steps = [step_view(story, s) for s in sorted(story.policy_steps, key=lambda s: s.step)]
    titles = " | ".join(s["title"] for s in steps)
    for needle in (
        "ports of entry",
        "zero tolerance",
        "unaccompanied",
        "Refugee Resettlement",
        "Flores",
        "13841",
        "Ms. L.",
        "14011",
    ):
        assert needle in titles, needle
    for step in steps:
        assert step["sources"], step["title"]
        assert step["quotes"], f"{step['title']}: say what each party said"
        dates = [e["when"] for e in step["events"]]
        assert dates, step["title"]


def test_chart_has_one_series_per_category_and_every_point(story):
    figure = numbers_figure(story)
    assert [t.meta["category"] for t in figure.data] == list(CHART_CATEGORIES)
    expected = sum(f.category in CHART_CATEGORIES for f in story.figures)
    assert sum(len(t.x) for t in figure.data) == expected >= 25


def test_families_and_children_are_told_apart(story):
    rows = figure_rows(story)
    units = {r["unit"] for r in rows}
    assert {"children", "families"} <= units
    symbols = {s for t in numbers_figure(story).data for s in t.marker.symbol}
    assert {"circle", "diamond"} <= symbols


def test_the_5500_disagreement_is_shown_both_ways(story):
    around = [r for r in figure_rows(story) if 5000 <= r["value"] <= 5600]
    assert {r["unit"] for r in around} >= {"children", "families"}
    assert any(r["dispute_note"] for r in around)


def test_stated_value_keeps_the_qualifier(story):
    figure = next(f for f in story.figures if f.qualifier == "more-than")
    assert stated_value(figure).startswith("more than ")


def test_stances_are_microsoft_before_2018(story):
    stances = microsoft_stances(story)
    text = " ".join(s["title"] + s["description"] for s in stances)
    for needle in ("travel", "DACA", "Kids in Need of Defense"):
        assert needle in text, needle


def test_glossary_aliases_and_slugs(story):
    assert aliases("ORR (Office of Refugee Resettlement)")[:3] == [
        "ORR (Office of Refugee Resettlement)",
        "Office of Refugee Resettlement",
        "ORR",
    ]
    assert "Zero-tolerance" in aliases("Zero tolerance")
    names = aliases("Classwide preliminary injunction (Ms. L., June 26, 2018)")
    assert "Ms. L., June 26, 2018" not in names and "Classwide preliminary injunction" in names
    assert term_slug("Ms. L. v. ICE") == "ms-l-v-ice"
    entries = glossary_entries(story)
    assert len(entries) >= 15 and len({e["slug"] for e in entries}) == len(entries)


def test_view_model_is_plain_json(story):
    view = policy_view(story)
    assert json.loads(json.dumps(view)) == view


def test_only_a_page_with_a_chart_on_its_first_screen_runs_plotly_as_it_opens(story):
    """The timeline's chart is at the top: plotly.js is fetched and run while the page parses.
    The policy page's chart lies screens down: the page names plotly.js but leaves it to the
    chart, drawn when the reader nears it (chart.js), so it never holds up the page."""
    from explainer.delivery.static_site import section_page
    from explainer.site import section

    early = '<script defer src="assets/plotly.min.js'
    timeline = section_page(story, section("timeline"))
    policy = section_page(story, section("policy"))
    assert early in timeline
    assert early not in policy and "plotly.min.js" in policy  # only in the meta naming it
    assert policy.count("plotly.min.js") == 1
