"""The Spanish edition's content: translation tables checked against the English they translate."""

from __future__ import annotations

import pytest

from explainer.data.loading import load_editions, read_editions, validate
from explainer.data.translations import Term, fingerprint
from explainer.paths import DATA_DIR
from tests.conftest import read_rows, write_rows

EVENTS_ES = "translations/es/events.csv"


def problems_in(data_dir, file):
    _story, problems = validate(data_dir)
    return [p for p in problems if p.file == file and not p.warning]


def test_every_translated_field_is_translated_and_current():
    _story, problems = validate(DATA_DIR)
    language = [p for p in problems if "translation" in p.message or "translations/" in p.file]
    assert language == [], "\n".join(map(str, language[:20]))


def test_the_spanish_story_replaces_text_but_keeps_quotes_and_ids_verbatim():
    editions = load_editions()
    english, spanish = editions["en"], editions["es"]
    assert spanish.language == "es"
    event_en, event_es = english.events[0], spanish.events[0]
    assert event_es.event_id == event_en.event_id and event_es.date == event_en.date
    assert event_es.title != event_en.title
    for quote_en, quote_es in zip(english.quotes, spanish.quotes, strict=True):
        assert quote_es.text == quote_en.text  # the original stays, word for word
        assert quote_es.translation and quote_es.translation != quote_en.text
    for term_en, term_es in zip(english.glossary, spanish.glossary, strict=True):
        assert term_es.term == term_en.term  # the id policy steps and the lesson refer to
        assert term_es.shown_term


def test_a_stale_translation_names_its_file_row_and_field(data_copy):
    rows = read_rows(data_copy / "events.csv")
    rows[0]["title"] += " (edited)"
    write_rows(data_copy / "events.csv", rows)
    found = problems_in(data_copy, EVENTS_ES)
    first = read_rows(data_copy / EVENTS_ES)[0]
    assert first["id"] == rows[0]["event_id"] and first["field"] == "title"
    assert [(p.row, p.field) for p in found] == [(2, "english_fingerprint")], found
    assert "stale" in found[0].message and fingerprint(rows[0]["title"]) in found[0].message


def test_a_missing_translation_names_the_english_file_row_and_field(data_copy):
    rows = read_rows(data_copy / EVENTS_ES)
    dropped = rows.pop(3)
    write_rows(data_copy / EVENTS_ES, rows)
    found = problems_in(data_copy, "events.csv")
    events = [r["event_id"] for r in read_rows(data_copy / "events.csv")]
    line = events.index(dropped["id"]) + 2
    assert [(p.row, p.field) for p in found] == [(line, dropped["field"])], found
    assert EVENTS_ES in found[0].message
    # pages still build: the English shows in its place (validate is what fails)
    editions, problems = read_editions(data_copy)
    assert editions is not None and any(p.warning and p.file == "events.csv" for p in problems)


def test_words_kept_in_english_must_be_the_englishs_own(data_copy):
    rows = read_rows(data_copy / EVENTS_ES)
    rows[0]["spanish"] += ' [["proud to suport"]]'
    write_rows(data_copy / EVENTS_ES, rows)
    found = problems_in(data_copy, EVENTS_ES)
    assert [(p.row, p.field) for p in found] == [(2, "spanish")]
    assert "proud to suport" in found[0].message


def test_an_unknown_row_or_field_is_named(data_copy):
    rows = read_rows(data_copy / EVENTS_ES)
    rows.append(dict(rows[0], id="no-such-event"))
    rows.append(dict(rows[1], field="date"))
    write_rows(data_copy / EVENTS_ES, rows)
    found = {(p.row, p.field) for p in problems_in(data_copy, EVENTS_ES)}
    assert found == {(len(rows), "id"), (len(rows) + 1, "field")}


def test_the_termbase_holds_every_translation_to_its_terms(data_copy):
    rows = read_rows(data_copy / EVENTS_ES)
    english = {r["event_id"]: r for r in read_rows(data_copy / "events.csv")}
    index = next(
        i
        for i, r in enumerate(rows)
        if r["field"] == "description" and "zero tolerance" in english[r["id"]]["description"]
    )
    rows[index]["spanish"] = rows[index]["spanish"].replace("tolerancia cero", "cero tolerancia")
    write_rows(data_copy / EVENTS_ES, rows)
    found = problems_in(data_copy, EVENTS_ES)
    assert [(p.row, p.field) for p in found] == [(index + 2, "spanish")]
    assert "tolerancia cero" in found[0].message


@pytest.mark.parametrize(
    ("english", "used"),
    [
        ("ICE said", True),
        ("the ice melted", False),  # an acronym matches in capitals only
        ("two asylum seekers", True),  # a plural s
        ("the family-separation crisis", True),  # hyphens read as spaces
        ("ports of entry", False),
    ],
)
def test_a_term_is_found_on_word_boundaries(english, used):
    terms = {"ICE": Term("ICE", ("ICE",)), "asylum seeker": Term("asylum seeker", ("x",))}
    terms["family separation"] = Term("family separation", ("separación de familias",))
    terms["port of entry"] = Term("port of entry", ("puerto de entrada",))
    assert any(term.used_in(english) for term in terms.values()) is used


def test_a_term_may_stay_english_inside_a_verbatim_quote():
    term = Term("zero tolerance", ("tolerancia cero",))
    assert term.rendered_in('la política de [["zero tolerance"]] («tolerancia cero»)')
    assert term.rendered_in('la política de [["zero tolerance"]]')
    assert not term.rendered_in("la política de cero tolerancia")
