"""Citations (MLA 9, APA 7, Chicago author-date; BibTeX, RIS, CSL-JSON) and correction reports.

The expected citations are written by hand from each style guide's rules for an undated web
page with no author and a version, not copied from the output."""

from __future__ import annotations

import json
import re

import pytest

from explainer import reporting
from explainer.components.i18n import language
from explainer.sections import actions, citing

LINK = "https://class.example/index.html"
WRITTEN = {"mla": "2 Dec. 2026", "apa": "December 2, 2026", "chicago": "December 2, 2026"}


def filled(text: str, style: str = "") -> str:
    """What page.js makes of a citation on 2 December 2026, for a reader at LINK."""
    return (
        text.replace(citing.URL_MARK, LINK)
        .replace(citing.ACCESSED_ISO_MARK, "2026-12-02")
        .replace(citing.ACCESSED_PARTS_MARK, "[[2026, 12, 2]]")
        .replace(citing.ACCESSED_MARK, WRITTEN.get(style, ""))
    )


@pytest.fixture(scope="module")
def whole(story):
    return citing.citation(citing.explainer_item(story))


# MLA 9: a whole website with no author: its title (title case, italic in print), the version,
# the URL, then "Accessed" with day, abbreviated month and year.
# APA 7: no author, so the title (sentence case) leads, the version in parentheses after it,
# "(n.d.)" for no date, and "Retrieved <date>, from <URL>" for a page meant to change; no full
# stop after the URL.
# Chicago author-date (17th): no author, so the title (headline case) leads, "n.d." for no date,
# the version, "Accessed <date>.", then the URL.
EXPECTED = {
    "mla": "Microsoft, ICE and the Family Separations of June 2018. Version 1.0.0, "
    f"{LINK}. Accessed 2 Dec. 2026.",
    "apa": "Microsoft, ICE and the family separations of June 2018 (Version 1.0.0). (n.d.). "
    f"Retrieved December 2, 2026, from {LINK}",
    "chicago": "Microsoft, ICE and the Family Separations of June 2018. n.d. Version 1.0.0. "
    f"Accessed December 2, 2026. {LINK}.",
}


@pytest.mark.parametrize("style", sorted(EXPECTED))
def test_the_explainer_cited_in_each_style(whole, style):
    assert filled(whole["styles"][style], style) == EXPECTED[style]


def test_the_data_version_comes_from_the_data_package(story):
    assert story.version == "1.0.0"
    assert citing.explainer_item(story)["version"] == story.version


def test_bibtex_entry(whole):
    assert filled(whole["bibtex"]) == (
        "@online{explainer,\n"
        "  title = {{Microsoft, ICE and the family separations of June 2018}},\n"
        "  version = {1.0.0},\n"
        f"  url = {{{LINK}}},\n"
        "  urldate = {2026-12-02}\n"
        "}\n"
    )


def test_bibtex_parses(whole):
    """One entry: a type and key, then name = {value} fields, braces balanced in each."""
    entry = filled(whole["bibtex"])
    head, *fields, end = entry.strip().split("\n")
    assert re.fullmatch(r"@online\{[\w:-]+,", head) and end == "}"
    for field in fields:
        name, value = re.fullmatch(r"  (\w+) = (\{.*\}),?", field).groups()
        depth = 0
        for char in value:
            depth += {"{": 1, "}": -1}.get(char, 0)
            assert depth >= 0
        assert depth == 0, name


def test_ris_record(whole):
    record = filled(whole["ris"])
    assert record == (
        "TY  - ELEC\n"
        "TI  - Microsoft, ICE and the family separations of June 2018\n"
        "ET  - 1.0.0\n"
        f"UR  - {LINK}\n"
        "Y2  - 2026-12-02\n"
        "ER  -\n"
    )
    lines = record.splitlines()
    assert lines[0].startswith("TY  - ") and lines[-1] == "ER  -"
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  -( .*)?", line) for line in lines)


def test_csl_json(whole):
    items = json.loads(filled(whole["csl"]))
    assert items == [
        {
            "id": "explainer",
            "type": "webpage",
            "title": "Microsoft, ICE and the family separations of June 2018",
            "version": "1.0.0",
            "URL": LINK,
            "accessed": {"date-parts": [[2026, 12, 2]]},
        }
    ]


def test_an_event_is_cited_within_the_explainer(story):
    event = story.events[0]
    cite = citing.citation(citing.event_item(story, event))
    mla = filled(cite["styles"]["mla"], "mla")
    assert "Family Separations of June 2018" in mla and "1.0.0" in mla
    assert cite["key"] == f"event-{event.event_id}"


def test_spanish_page_titles_the_explainer_in_spanish(story):
    with language("es"):
        item = citing.explainer_item(story)
    assert item["title"] != citing.TITLE


@pytest.fixture
def site_toml(tmp_path, monkeypatch):
    """A site.toml of our own, read afresh."""
    path = tmp_path / "site.toml"
    monkeypatch.setattr(reporting, "SITE_CONFIG", path)
    reporting.report_target.cache_clear()
    yield path
    reporting.report_target.cache_clear()


def test_no_address_configured_gives_the_report_to_copy(site_toml):
    site_toml.write_text('[corrections]\nemail = ""\nissue_url = ""\n', encoding="utf-8")
    markup = actions.report_control("data/events.csv", "some-event")
    assert markup.startswith('<details class="ex-action ex-report"')
    assert "File: data/events.csv&#x0A;" in markup.replace("\n", "&#x0A;")
    assert "Row id: some-event" in markup and "{link}" in markup
    assert "data-ex-copy" in markup


@pytest.mark.parametrize(
    "setting,attribute",
    [
        ('email = "corrections@school.example"', 'data-ex-email="corrections@school.example"'),
        (
            'issue_url = "https://tracker.example/new"',
            'data-ex-issue-url="https://tracker.example/new"',
        ),
    ],
)
def test_a_configured_address_gives_a_prefilled_link(site_toml, setting, attribute):
    site_toml.write_text(f"[corrections]\n{setting}\n", encoding="utf-8")
    markup = actions.report_control("data/events.csv", "some-event")
    assert markup.startswith('<a class="ex-action ex-report"') and attribute in markup
    assert 'data-ex-subject="Correction: data/events.csv, row some-event"' in markup


@pytest.mark.parametrize("setting", ['email = "not an address"', 'issue_url = "javascript:x"'])
def test_a_bad_setting_fails_naming_the_file(site_toml, setting):
    site_toml.write_text(f"[corrections]\n{setting}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="site.toml"):
        reporting.report_target()


def test_headline_style_keeps_minor_words_and_acronyms():
    assert citing.title_case("the case of ICE in a war over data") == (
        "The Case of ICE in a War over Data"
    )


def test_spanish_citations_use_spanish_wording(story):
    with language("es"):
        text = citing.citation(citing.explainer_item(story))["styles"]["apa"]
    assert "(s. f.)" in text and "Recuperado el" in text


def test_a_part_is_the_shared_forms_with_its_key_and_title(story):
    """Pages send one set of forms and each item's key and title (js/src/actions.js joins them
    as citing.from_forms does): the result is the item's whole citation."""
    forms = citing.part_forms(story)
    for item in (
        citing.event_item(story, story.events[0]),
        citing.quote_item(story, story.quotes[0]),
        citing.figure_item(story, story.figures[0]),
    ):
        assert citing.from_forms(forms, citing.part_cite(item)) == citing.citation(item)
