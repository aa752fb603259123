"""The Spanish pages the package writes (landing, timeline, quotes, policy, corrections): html
lang, no English interface string outside text marked lang="en", quotes kept verbatim beside
our translation, and dates, numbers and labels the Spanish way.

The pages are built from a story whose every translated field holds Spanish stand-in text (with
a few words kept verbatim in English, `[[...]]`), so the checks see the interface strings alone
whatever the translation tables hold today."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest

from explainer.components.escaping import plain_text, rich_text, text
from explainer.components.formatting import confidence_label, format_day, source_record
from explainer.components.i18n import catalog, language
from explainer.data.schema import read_descriptor
from explainer.data.translations import Translations
from explainer.delivery.static_site import landing_page, section_page
from explainer.paths import DATA_DIR, PROJECT_DIR
from explainer.sections.corrections import corrections_html
from explainer.sections.glossary import aliases, term_slug
from explainer.sections.landing import footer_html
from explainer.sections.policy import policy_view, stated_value
from explainer.sections.quotes import quotes_view
from explainer.site import section

PAGES = ("landing", "timeline", "quotes", "policy", "corrections")
# Attributes a reader meets (read aloud, shown on hover, shown by search engines).
READ_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")
# Placeholders that stand for a number; any other stands for any text.
NUMBERS = {"n", "year", "day", "step", "number", "sources", "events", "quotes", "figures"}


def stand_in(english: str, table: str, field: str) -> str:
    """Spanish-looking text for a translated field, keeping its first word verbatim in English."""
    first = english.split()[0].strip("[]") if english.split() else ""
    kept = f" [[{first}]]" if first and table != "quotes" else ""
    return f"texto traducido de {table}.{field}{kept}"


@pytest.fixture(scope="module")
def spanish(story):
    """The story with a Spanish stand-in for every translated field."""
    _version, specs = read_descriptor(DATA_DIR)
    texts = {
        (spec.name, spec.row_id(record), name): stand_in(getattr(record, name), spec.name, name)
        for spec in specs
        for record in getattr(story, spec.name)
        for name in spec.translated_fields
        if getattr(record, name)
    }
    return Translations("es", texts).apply(story, specs)


def build(story, page: str, edition: str = "static") -> str:
    if page == "landing":
        return landing_page(story, edition)
    return section_page(story, section(page), edition)


@pytest.fixture(scope="module")
def spanish_pages(spanish):
    with language("es"):
        return {
            (page, edition): build(spanish, page, edition)
            for page in PAGES
            for edition in ("static", "voila")
        }


class ReaderText(HTMLParser):
    """The text a reader meets in the page's own language: text nodes and read attributes,
    leaving out scripts (view models, the catalog) and elements marked with another lang."""

    def __init__(self, page_language: str):
        super().__init__(convert_charrefs=True)
        self.page_language = page_language
        self.stack: list[tuple[str, bool]] = []  # (tag, whether it is outside the page language)
        self.pieces: list[str] = []

    def _skipping(self) -> bool:
        return any(foreign for _tag, foreign in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        foreign = tag in ("script", "style") or attrs.get("lang", self.page_language) not in (
            self.page_language,
            "",
        )
        if tag == "html":
            foreign = False
        if not self._skipping() and not foreign:
            self.pieces += [attrs[name] for name in READ_ATTRIBUTES if attrs.get(name)]
            if tag == "meta" and attrs.get("name") == "description":
                self.pieces.append(attrs["content"])
        if tag not in ("meta", "link", "br", "img", "input", "hr"):
            self.stack.append((tag, foreign))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self._skipping() and data.strip():
            self.pieces.append(" ".join(data.split()))


def reader_text(html: str, page_language: str = "es") -> list[str]:
    parser = ReaderText(page_language)
    parser.feed(html)
    return parser.pieces


def english_interface_patterns() -> list[tuple[str, re.Pattern]]:
    """Each catalog msgid whose Spanish differs, as a pattern ({placeholders} match anything)."""
    patterns = []
    for message in catalog("es"):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for msgid in ids:
            if msgid in strings:
                continue
            parts = re.split(r"\{(\w+)\}", msgid)  # text, name, text, name, ..., text
            if len("".join(parts[::2]).strip(" .,:;()·")) < 3:
                continue
            body = "".join(
                re.escape(part) if i % 2 == 0 else (r"[\d,.]+" if part in NUMBERS else r".+?")
                for i, part in enumerate(parts)
            )
            patterns.append((msgid, re.compile(rf"(?<!\w){body}(?!\w)")))
    return patterns


def test_spanish_pages_say_they_are_spanish_and_english_ones_english(spanish, story):
    with language("es"):
        assert build(spanish, "landing").startswith('<!DOCTYPE html>\n<html lang="es">')
        assert '<html lang="es">' in build(spanish, "corrections")
    assert build(story, "landing").startswith('<!DOCTYPE html>\n<html lang="en">')


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("edition", ["static", "voila"])
def test_no_english_interface_string_outside_text_marked_english(spanish_pages, page, edition):
    html = spanish_pages[page, edition]
    assert html.startswith('<!DOCTYPE html>\n<html lang="es">')
    pieces = reader_text(html)
    assert pieces, "no reader text found"
    found = [
        (msgid, piece)
        for piece in pieces
        for msgid, pattern in english_interface_patterns()
        if pattern.search(piece)
    ]
    assert found == [], found[:10]
    # words kept in English are marked, never shown with their brackets
    assert not [p for p in pieces if "[[" in p or "]]" in p]


def test_the_checker_finds_an_english_string_left_in_a_spanish_page(spanish):
    with language("es"):
        html = build(spanish, "corrections")
    english = html.replace("Qué cambió:", "What changed:", 1).replace(
        "Registro de correcciones", "Corrections log"
    )
    pieces = reader_text(english)
    found = {m for p in pieces for m, pattern in english_interface_patterns() if pattern.search(p)}
    assert {"What changed:", "Corrections log"} <= found
    marked = html.replace("Qué cambió:", '<span lang="en">What changed:</span>', 1)
    assert "What changed:" not in reader_text(marked)


def quote_cards(view: dict) -> list[dict]:
    cards = [
        q for pair in view["pairs"] for side in ("left", "right") for q in pair[side]["quotes"]
    ]
    cards += [member for group in view["variants"] for member in group["members"]]
    return cards + ([view["passage"]] if view["passage"] else [])


def test_quotes_stay_verbatim_with_our_translation_beside_them(story, spanish):
    with language("es"):
        view = quotes_view(spanish, static=True)
        steps = policy_view(spanish, static=True)["steps"]
    cards = quote_cards(view) + [q for step in steps for q in step["quotes"]]
    assert len(cards) > 20
    for card in cards:
        original = story.quote(card["id"])
        assert card["text"] == original.text  # the words as said, in English
        assert card["translation"] == spanish.quote(card["id"]).translation != original.text
        headline = story.source(original.source_id).title
        if headline.startswith("[headline not shown; URL slug"):  # our note, in Spanish
            slug = headline.split('"')[1]
            assert card["source"]["title"].startswith("[titular no visto")
            assert f"[[{slug}]]" in card["source"]["title"]
        elif headline.startswith("[headline not shown"):  # our note and description, in Spanish
            assert card["source"]["title"].startswith("[titular no visto")
            assert spanish.source(original.source_id).title_note in card["source"]["title"]
        else:
            assert card["source"]["title"] == headline  # as the outlet printed it
    english = quotes_view(story, static=True)
    assert all("translation" not in card for card in quote_cards(english))


def test_the_quotes_page_carries_each_original_and_translation_for_the_browser(spanish):
    with language("es"):
        html = build(spanish, "quotes")
    quote = spanish.quotes[0]
    assert quote.translation in html and '"translation": ' in html
    # the original and our translation are data for the view: never written as page text
    assert quote.text not in " ".join(reader_text(html))


def test_dates_numbers_and_labels_the_spanish_way(spanish):
    figure = next(f for f in spanish.figures if f.qualifier == "more-than" and f.value >= 1000)
    with language("es"):
        assert format_day(date(2018, 6, 18)) == "18 de junio de 2018"
        assert format_day(date(2018, 6, 18), "month") == "junio de 2018"
        assert format_day(date(2018, 6, 18), "year") == "2018"
        assert confidence_label("confirmed", 3) == "Confirmado por 3 medios o registros"
        assert confidence_label("confirmed", 1) == "Confirmado por 1 medio o registro"
        assert confidence_label("disputed", 0) == "En disputa"
        assert re.fullmatch(r"más de \d{1,3}(,\d{3})+ \w+( \w+)*", stated_value(figure))
        source = source_record(next(s for s in spanish.sources if s.date_published is None))
        assert source["date"] == "fecha no indicada"
        footer = footer_html(spanish)
    assert "fuentes · " in footer and "Versión de los datos" in footer
    assert format_day(date(2018, 6, 18)) == "18 June 2018"
    assert format_day(date(2018, 6, 18), "month") == "June 2018"


def test_the_corrections_log_marks_what_stays_english(story, spanish):
    with language("es"):
        html = corrections_html(spanish, static=True)
    corrected = [story.source(c.item_id) for c in story.corrections if c.table == "sources"]
    assert corrected
    for source in corrected:
        if source.title.startswith("[headline not shown"):  # our note: in Spanish
            assert f'<span lang="en">{text(source.publisher)}</span>: [titular no visto' in html
        else:  # a headline as printed
            assert f'<span lang="en">{text(source.publisher)}: {text(source.title)}</span>' in html
    assert re.search(r"\d+ entradas \(\d+ correcciones, \d+ aclaraciones, \d+ de estilo\)", html)
    assert "[[" not in html and '<code><span lang="en">' in html


def test_words_kept_in_english_become_marked_text_or_plain_text():
    assert rich_text("dijo [[“proud to support”]] <b>") == (
        'dijo <span lang="en">“proud to support”</span> &lt;b&gt;'
    )
    assert rich_text("a < b") == "a &lt; b"
    assert plain_text("la política de [[zero tolerance]]") == "la política de zero tolerance"


def test_chart_hover_and_lane_names_drop_the_brackets(spanish):
    from explainer.sections.timeline import timeline_view

    with language("es"):
        view = timeline_view(spanish, static=True)
    figure = view["figure"]
    shown = [t for trace in figure["data"] for t in trace.get("text", [])]
    shown += [trace["name"] for trace in figure["data"] if trace.get("name")]
    assert shown and not [t for t in shown if "[[" in t]
    # the lanes' names and the axis title are drawn by the page (richText), in Spanish
    assert view["labels"]["title"] == "Fecha (hora del Este de EE. UU.)"
    assert {lane["label"] for lane in view["labels"]["lanes"]} == {
        g.label for g in spanish.actor_groups
    }
    assert any("[[" in e["title"] for e in view["events"])  # the browser renders those itself


def test_the_glossary_shows_the_spanish_term_and_links_its_names(story):
    term = story.glossary[0]
    translated = replace(term, translated_term="tolerancia cero (prueba)")
    spanish = replace(story, glossary=(translated, *story.glossary[1:]), language="es")
    with language("es"):
        view = policy_view(spanish, static=True)
    entry = next(g for g in view["glossary"] if g["term"] == "tolerancia cero (prueba)")
    assert entry["slug"] == term_slug(term.term)  # addresses stay the same in both languages
    assert {"tolerancia cero", "prueba"} | set(aliases(term.term)) <= set(entry["aliases"])


def marked_strings() -> set[str]:
    """Every msgid the package's Python marks with _(), N_() or ngettext(), f-strings included."""
    found = set()
    for path in (PROJECT_DIR / "explainer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_", "ngettext")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_marked_string_reaches_the_catalog():
    """pybabel reads no `_()` inside an f-string: such a string would stay English."""
    ids = {m.id[0] if isinstance(m.id, tuple) else m.id for m in catalog("es") if m.id}
    marked = marked_strings()
    assert "Corrections log" in marked and "Skip to content" in marked
    assert sorted(marked - ids) == []


def test_a_msgid_held_as_a_plural_gives_its_singular(monkeypatch):
    """The browser's tn("Source", "Sources ({n})") and the log's _("Source") share one entry."""
    from babel.messages.catalog import Catalog

    from explainer.components import i18n

    plural = Catalog(locale="es_US")
    plural.add(("Source", "Sources ({n})"), ("Fuente", "Fuentes ({n})", "Fuentes ({n})"))
    monkeypatch.setattr(i18n, "catalog", lambda code: plural)
    with language("es"):
        assert i18n._("Source") == "Fuente"
        assert i18n.ngettext("Source", "Sources ({n})", 3) == "Fuentes ({n})"


def test_our_description_of_a_source_with_no_headline_reads_in_spanish(story, spanish):
    """Where nobody saw a headline and the address has no words, the card shows our note and
    description: in Spanish on a Spanish page, as the data has them on an English one."""
    from explainer.data.records import NO_SLUG

    ids = [s.source_id for s in story.sources if s.title == NO_SLUG]
    assert ids
    for source_id in ids:
        english, translated = story.source(source_id), spanish.source(source_id)
        assert source_record(english)["title"] == f"{NO_SLUG} {english.title_note}"
        assert translated.title_note != english.title_note
        with language("es"):
            shown = source_record(translated)["title"]
            log = corrections_html(spanish, static=True)
        note = "[titular no visto; su dirección web no tiene palabras]"
        assert shown == f"{note} {translated.title_note}"
        assert "headline not shown" not in log
