"""The lesson, its presenter slides and handouts in Spanish, without a browser."""

from __future__ import annotations

import copy
import csv
import html
import re

import pytest

import explainer.delivery.handout as handout
from explainer.components.i18n import _, catalog, language
from explainer.data.loading import load_story
from explainer.delivery.handout import build_handouts, publish_handouts
from explainer.sections.lesson import (
    SECTION_TITLES,
    SLIDE_TEXT_BUDGET,
    lesson_html,
    load_lesson,
    presenter_slides,
    resolve_claims,
    sentences,
)
from explainer.sections.lesson_text import (
    CATALOG_LABELS,
    lesson_text_problems,
    translated_paths,
    translation_file,
)
from explainer.site import handout_dir

TABLE = "lesson/translations/es.csv"


@pytest.fixture(scope="module")
def english():
    return load_lesson("en")


@pytest.fixture(scope="module")
def spanish_story():
    return load_story(language="es")


@pytest.fixture(scope="module")
def pages(spanish_story):
    """The Spanish lesson page (the dashboard's) and both handout bodies."""
    with language("es"):
        return {
            audience: lesson_html(spanish_story, audience=audience)
            for audience in ("page", "student", "teacher")
        }


def rows() -> list[dict[str, str]]:
    with translation_file("es").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def write_table(path, table: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(table[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)


def line_of(path: str) -> int:
    return next(n for n, row in enumerate(rows(), start=2) if row["path"] == path)


def test_every_reader_facing_string_is_translated_and_current(english):
    assert lesson_text_problems(english, "es") == []
    assert len(translated_paths(english)) == len(rows())


def test_ids_codes_numbers_and_catalog_labels_are_not_translated(english):
    paths = translated_paths(english)
    assert "overview" in paths and "standards.0.text" in paths and "plan.0.detail" in paths
    for kept in ("duration_minutes", "claims.0.says", "plan.0.start", "timeline_walk.events.0"):
        assert kept not in paths
    for kept in ("discussion.0.kind", "vocabulary.terms.0", "standards.0.code"):
        assert kept not in paths
    assert "standards.0.source_url" not in paths and "quote_activity.pair" not in paths


def test_a_changed_english_text_makes_its_row_stale(english):
    edited = copy.deepcopy(english)
    edited["warmup"]["questions"][3]["answer"] += " (edited)"
    found = lesson_text_problems(edited, "es")
    where = f"{TABLE}:{line_of('warmup.questions.3.answer')}: warmup.questions.3.answer: stale"
    assert len(found) == 1 and found[0].startswith(where), found


def test_a_new_english_text_without_a_row_is_missing(english):
    edited = copy.deepcopy(english)
    edited["objectives"].append("Explain a new objective.")
    assert lesson_text_problems(edited, "es") == [
        f"{TABLE}:-: objectives.5: no 'es' translation of lesson/lesson.toml's text"
    ]


def test_unknown_and_untranslatable_paths_are_named(english, tmp_path):
    table = rows()
    table.append({"path": "objectives.9", "spanish": "Otro", "english_fingerprint": "x"})
    table.append({"path": "discussion.0.kind", "spanish": "Medios", "english_fingerprint": "x"})
    table.append({**table[0], "spanish": "Otra vez"})
    write_table(tmp_path / "es.csv", table)
    found = lesson_text_problems(english, "es", table=tmp_path / "es.csv")
    count = len(table) + 1
    assert found == [
        f"{TABLE}:{count - 2}: objectives.9: no such text in lesson/lesson.toml",
        f"{TABLE}:{count - 1}: discussion.0.kind: stays as lesson/lesson.toml writes it (an id, "
        "code, number or catalog label)",
        f"{TABLE}:{count}: title: a second translation of the same text",
    ]


def test_words_kept_in_english_and_claim_numbers_must_match_the_english(english, tmp_path):
    table = rows()
    claims = next(r for r in table if r["path"] == "warmup.questions.2.answer")
    claims["spanish"] = claims["spanish"].replace("{claim:statement_dated_outlets}", "ocho")
    kept = next(r for r in table if r["path"] == "lateral_reading.answer")
    kept["spanish"] = kept["spanish"].replace("[[tenet]]", "[[tenets]]")
    write_table(tmp_path / "es.csv", table)
    found = lesson_text_problems(english, "es", table=tmp_path / "es.csv")
    assert found == [
        f"{TABLE}:{line_of('warmup.questions.2.answer')}: warmup.questions.2.answer: the "
        "{claim:...} numbers differ from the English's ({claim:statement_dated_outlets})",
        f"{TABLE}:{line_of('lateral_reading.answer')}: lateral_reading.answer: [[tenets]] is not "
        "word for word in the English",
    ]


def test_the_termbase_holds_the_lessons_terms(english, tmp_path):
    table = rows()
    row = next(r for r in table if r["path"] == "discussion.0.note")
    row["spanish"] = row["spanish"].replace("tolerancia cero", "cero tolerancia")
    write_table(tmp_path / "es.csv", table)
    found = lesson_text_problems(english, "es", table=tmp_path / "es.csv")
    assert found == [
        f"{TABLE}:{line_of('discussion.0.note')}: discussion.0.note: the English uses 'zero "
        "tolerance'; the termbase renders it 'tolerancia cero'"
    ]


def test_labels_shown_through_the_catalog_must_be_declared(english):
    edited = copy.deepcopy(english)
    edited["discussion"][0]["kind"] = "History"
    edited["standards"][6]["code"] = "Dimension 5"
    edited["standards"][0]["code"] = "CCSS.ELA-LITERACY.RH.9-10.2"  # an identifier: stays
    found = lesson_text_problems(edited, "es")
    assert [p.split(": ")[1] for p in found] == ["discussion.0.kind", "standards.6.code"]
    assert all("CATALOG_LABELS" in p for p in found)
    kinds = {d["kind"] for d in english["discussion"]}
    assert kinds <= set(CATALOG_LABELS)
    assert all(catalog("es").get(label).string for label in CATALOG_LABELS)


def test_the_spanish_lesson_replaces_the_text_and_keeps_ids(english):
    spanish = load_lesson("es")
    assert spanish["title"] != english["title"] and spanish["title"].startswith("Una entrada")
    assert spanish["timeline_walk"]["events"] == english["timeline_walk"]["events"]
    assert spanish["discussion"][0]["kind"] == english["discussion"][0]["kind"]
    standard = spanish["standards"][0]
    assert standard["text"] == english["standards"][0]["text"]  # the official wording stays
    assert standard["text_translation"].startswith("Citar evidencia")
    with language("es"):
        assert load_lesson() is spanish
    assert load_lesson() is english


def test_claim_numbers_are_written_in_the_pages_language(story, english):
    spanish = load_lesson("es")
    with language("es"):
        answer = resolve_claims(spanish, story)["warmup"]["questions"][2]["answer"]
    assert "ocho medios fechan" in answer
    tenet = resolve_claims(english, story)["quote_activity"]["questions"][4]["answer"]
    assert "five news outlets print 'tenet'" in tenet
    claims = [dict(claim) for claim in english["claims"]]
    claims[0]["word"] = "nonesuch"  # no outlet prints it
    with language("es"):
        none = resolve_claims({**spanish, "claims": claims}, story)
    assert "{claim:" not in repr(none)
    assert "En nuestros datos, cero medios" in none["quote_activity"]["questions"][4]["answer"]


def visible_text(page: str) -> str:
    """The page's text in the page's language: what is marked lang="en" left out."""
    page = re.sub(r'<(\w+)[^>]* lang="en"[^>]*>.*?</\1>', " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def lesson_msgids() -> list[str]:
    """The catalog entries the lesson shows whose Spanish differs from the English."""
    found = catalog("es")
    places = ("sections/lesson", "templates/lesson", "delivery/handout")
    return [
        m.id
        for m in found
        if isinstance(m.id, str)
        and m.id
        and any(place in path for path, _line in m.locations for place in places)
        and m.string != m.id
    ]


def test_no_english_interface_string_is_left_on_the_spanish_pages(pages):
    msgids = lesson_msgids()
    assert "Show answer" in msgids and "Students will be able to:" in msgids
    for audience, page in pages.items():
        shown = visible_text(page)
        for msgid in msgids:
            if re.fullmatch(r"[\w ()-]+", msgid) and not re.search(r"\{|%\(", msgid):
                assert not re.search(rf"(?<!\w){re.escape(msgid)}(?!\w)", shown), (audience, msgid)
    assert "Mostrar respuesta" in pages["page"] and "Respuesta" in pages["teacher"]
    for title in SECTION_TITLES.values():
        with language("es"):
            assert html.escape(_(title), quote=True) in pages["teacher"]


def test_quotes_stay_verbatim_in_english_with_our_translation(pages, spanish_story):
    page = pages["student"]
    pair = next(
        p
        for p in spanish_story.quote_pairs
        if p.pair_id == load_lesson("es")["quote_activity"]["pair"]
    )
    for quote_id in pair.left_quote_ids + pair.right_quote_ids:
        quote = spanish_story.quote(quote_id)
        original = html.escape(quote.text, quote=True)
        assert f'<blockquote lang="en">{original}</blockquote>' in page
        if quote.translation:
            mark = f'{original}</blockquote><p class="ex-translation"><strong>Traducción nuestra:'
            assert mark in page
    assert '<q lang="en">fundamental tenet</q>' in page
    assert re.search(r'<span lang="en">OnMSFT</span>, <a href="[^"]+" lang="en">', page)


def test_words_kept_in_english_are_marked_and_the_brackets_dropped(pages):
    for page in pages.values():
        assert "[[" not in page and "]]" not in page
    assert '<span lang="en">fundamental tenet</span> («principio fundamental»)' in pages["page"]


def test_standards_keep_their_official_english_beside_our_translation(pages, english):
    page = pages["teacher"]
    official = html.escape(english["standards"][0]["text"], quote=True)
    assert f'<span lang="en">{official}</span>' in page
    assert "<strong>Traducción nuestra:</strong> Citar evidencia textual" in page
    assert ">Dimensión 3<br>" in page and ">CCSS.ELA-LITERACY.RH.9-10.1<br>" in page
    assert "<strong>Alfabetización mediática:</strong>" in page
    assert "<strong>Educación cívica:</strong>" in page


def test_the_vocabulary_shows_the_spanish_terms_under_stable_anchors(pages, spanish_story):
    glossary = {g.term: g for g in spanish_story.glossary}
    term = glossary["Zero tolerance"]
    assert term.shown_term != term.term
    assert f'<dt id="lesson-zero-tolerance">{term.shown_term}</dt>' in pages["page"]


def test_the_student_handout_has_spanish_name_lines_and_no_answers(pages):
    head = pages["student"][: pages["student"].index("<h1>")]
    assert all(f"{label}:" in head for label in ("Nombre", "Clase", "Fecha"))
    assert 'class="ex-answer"' not in pages["student"]
    assert "45 minutos" in pages["student"]


def test_the_spanish_handouts_are_linked_in_their_own_folder(spanish_story):
    with language("es"):
        assert handout_dir("static") == "../handouts/es/"
        assert handout_dir("static", from_root=True) == "handouts/es/"
        assert handout_dir("voila") == "../templates/explainer/static/generated/es/"
        page = lesson_html(spanish_story)
    assert handout_dir("static") == "handouts/" and handout_dir("static", lang="es") != "handouts/"
    top = page[: page.index('data-section="overview"')]
    for name in ("student-a4.pdf", "student-letter.pdf", "teacher.html"):
        assert f'href="../templates/explainer/static/generated/es/{name}"' in top
    assert ">PDF, carta</a>" in top and ">página web</a>" in top
    assert "Presentar en pantalla completa" in top


def test_spanish_slides(spanish_story):
    with language("es"):
        slides = presenter_slides(spanish_story)
    english = presenter_slides(load_story())
    assert slides[0]["lines"][0].startswith("Pregunta esencial: ")
    assert slides[-1]["title"] == "Boleto de salida"
    assert all(sum(len(line) for line in s["lines"]) <= SLIDE_TEXT_BUDGET for s in slides)
    walk = load_lesson("es")["timeline_walk"]["events"]
    starts = [
        s for s in slides if s["kind"] == "event" and not re.search(r"\([2-9]\xa0de", s["title"])
    ]
    assert len(starts) == len(walk)
    assert {s["title"] for s in slides if s["kind"] == "question"} == {
        "Discusión (Alfabetización mediática)",
        "Discusión (Educación cívica)",
    }
    originals = [s for s in slides if s["kind"] == "quote" and s["lines"][0].startswith("[[")]
    english_quotes = [s["lines"][0] for s in english if s["kind"] == "quote"]
    assert [s["lines"][0][2:-2] for s in originals] == english_quotes
    ours = [s for s in slides if "traducción nuestra" in s["title"]]
    assert ours and all(not s["lines"][0].startswith("[[") for s in ours)
    assert all("tal como lo publicó [[" in s["note"] for s in originals)
    assert all("english_lines" not in s for s in slides)


def test_a_sentence_kept_in_english_is_never_cut():
    text = 'Firmó la orden [["Affording Congress. An Opportunity."]] El juez dijo algo. ¿Y luego?'
    assert sentences(text) == [
        'Firmó la orden [["Affording Congress. An Opportunity."]]',
        "El juez dijo algo.",
        "¿Y luego?",
    ]


def test_spanish_handouts_build_in_their_own_folder(tmp_path, monkeypatch):
    def fake_print(pages):
        for page in pages:
            for paper in ("a4", "letter"):
                page.with_name(f"{page.stem}-{paper}.pdf").write_bytes(b"%PDF")

    monkeypatch.setattr(handout, "print_pdfs", fake_print)
    monkeypatch.setattr(handout, "HANDOUT_DIR", tmp_path / "build")
    published = publish_handouts(tmp_path / "site")
    names = sorted(p.relative_to(tmp_path / "site").as_posix() for p in published)
    files = [f"{a}{k}" for a in ("student", "teacher") for k in (".html", "-a4.pdf", "-letter.pdf")]
    assert names == sorted(files + [f"es/{f}" for f in files])
    student = (tmp_path / "site" / "es" / "student.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in student and "<title>Una entrada de blog" in student
    assert ": Hoja del estudiante</title>" in student and "Nombre:" in student
    english = (tmp_path / "site" / "student.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in english and "Name:" in english


def test_the_spanish_pdf_footer_counts_pages_in_spanish():
    with language("es"):
        footer = handout.footer("Una lección: Hoja del estudiante")
    assert 'Página <span class="pageNumber"></span> de <span class="totalPages"></span>' in footer
    assert handout.footer("A lesson").count("Page <span") == 1


def test_spanish_handout_build_writes_only_its_language(tmp_path):
    with language("es"):
        student, teacher = build_handouts(tmp_path)
    assert student.parent == tmp_path
    assert "Hoja del docente, con respuestas" in teacher.read_text(encoding="utf-8")


def test_the_dashboard_serves_the_spanish_handouts_and_no_other_folder():
    from types import SimpleNamespace

    from explainer.delivery import server

    routes = server.ExplainerVoila.init_handlers(SimpleNamespace(server_url="/", rendered=None))

    def handler(path):
        return next(r[1] for r in routes if re.fullmatch(r[0], path))

    static = "/voila/templates/explainer/static/"
    with language("es"):
        spanish = handout_dir("voila", from_root=True)
    assert handler(f"/{spanish}student-a4.pdf") is server.AssetHandler
    assert handler(f"{static}generated/teacher.html") is server.AssetHandler
    for path in ("generated/xx/student.html", "es/student.html", "generated/es/%2e%2e/x"):
        assert handler(static + path) is server.NotFoundHandler, path


def test_validate_fails_on_a_stale_lesson_translation(tmp_path, monkeypatch, capsys):
    from explainer import cli
    from explainer.sections import lesson_text

    table = rows()
    table[0]["english_fingerprint"] = "000000000000"
    write_table(tmp_path / "es.csv", table)
    monkeypatch.setattr(lesson_text, "translation_file", lambda language: tmp_path / "es.csv")
    assert cli.main(["validate"]) == 1
    said = capsys.readouterr().err
    assert f"{TABLE}:2: {table[0]['path']}: stale" in said
    assert "INVALID: 1 problem(s) in the translations" in said
