"""Citations of the original sources (MLA 9, APA 7, Chicago author-date; BibTeX, RIS, CSL-JSON).

The expected strings are written by hand from each guide's rules for an online news article
(with an author, or without one), not copied from the output."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest

from explainer.components.i18n import language
from explainer.data.loading import load_story
from explainer.data.records import NO_SLUG, Source
from explainer.sections import citing
from explainer.sections import source_citing as sc

WRITTEN = {"mla": "2 Dec. 2026", "apa": "December 2, 2026", "chicago": "December 2, 2026"}
ALBA_URL = "https://news.example/alba"


def filled(text: str, style: str = "", written: dict = WRITTEN) -> str:
    """What page.js makes of a citation on 2 December 2026."""
    return (
        text.replace(citing.ACCESSED_ISO_MARK, "2026-12-02")
        .replace(citing.ACCESSED_PARTS_MARK, "[[2026, 12, 2]]")
        .replace(citing.ACCESSED_MARK, written.get(style, ""))
    )


def news(**fields) -> Source:
    """An online news article as a row of data/sources.csv would give it."""
    base = Source(
        source_id="buzzfeed-alba",
        publisher="BuzzFeed News",
        title="Microsoft removed a reference to ICE from its website",
        title_note="",
        author="Davey Alba",
        date_published=date(2018, 6, 18),
        url=ALBA_URL,
        archive_url="",
        kind="news-report",
        counted=True,
        notes="",
    )
    return replace(base, **fields)


# MLA 9: Last, First. "Title in Title Case." Site, day Mon. year, URL.
# APA 7: Last, F. (year, Month day). Title as printed. Site. URL (no full stop after a URL)
# Chicago author-date: Last, First. year. "Title in Title Case." Site, Month day, year. URL.
WITH_AUTHOR = {
    "mla": "Alba, Davey. \u201cMicrosoft Removed a Reference to ICE from Its Website.\u201d "
    f"BuzzFeed News, 18 June 2018, {ALBA_URL}.",
    "apa": "Alba, D. (2018, June 18). Microsoft removed a reference to ICE from its website. "
    f"BuzzFeed News. {ALBA_URL}",
    "chicago": "Alba, Davey. 2018. \u201cMicrosoft Removed a Reference to ICE from Its "
    f"Website.\u201d BuzzFeed News, June 18, 2018. {ALBA_URL}.",
}
# No author and no date: MLA starts with the title and ends "Accessed"; APA moves the title
# to the author's place, "(n.d.)" and "Retrieved ..., from"; Chicago puts the publisher first,
# "n.d." and "Accessed".
UNDATED = {
    "mla": "\u201cMicrosoft Removed a Reference to ICE from Its Website.\u201d BuzzFeed News, "
    f"{ALBA_URL}. Accessed 2 Dec. 2026.",
    "apa": "Microsoft removed a reference to ICE from its website. (n.d.). BuzzFeed News. "
    f"Retrieved December 2, 2026, from {ALBA_URL}",
    "chicago": "BuzzFeed News. n.d. \u201cMicrosoft Removed a Reference to ICE from Its "
    f"Website.\u201d Accessed December 2, 2026. {ALBA_URL}.",
}


@pytest.mark.parametrize("style", sorted(WITH_AUTHOR))
def test_a_news_article_with_an_author(style):
    assert filled(sc.render(news(), style), style) == WITH_AUTHOR[style]


@pytest.mark.parametrize("style", sorted(UNDATED))
def test_no_author_no_date(style):
    source = news(author="", date_published=None)
    assert filled(sc.render(source, style), style) == UNDATED[style]


def test_two_and_three_authors():
    two = news(author="Davey Alba and Zoe Tillman")
    assert sc.render(two, "mla").startswith("Alba, Davey, and Zoe Tillman. \u201c")
    assert sc.render(two, "apa").startswith("Alba, D., & Tillman, Z. (2018, June 18).")
    assert sc.render(two, "chicago").startswith("Alba, Davey, and Zoe Tillman. 2018.")
    three = news(author="Davey Alba; Zoe Tillman; Ken Bensinger")
    assert sc.render(three, "mla").startswith("Alba, Davey, et al. \u201c")


def test_a_headline_ending_in_a_question_mark_takes_no_full_stop():
    source = news(title="What about the others?")
    assert "\u201cWhat About the Others?\u201d BuzzFeed" in sc.render(source, "mla")
    assert "What about the others? BuzzFeed News." in sc.render(source, "apa")


def test_an_unseen_headline_stays_our_bracketed_note_unquoted():
    source = news(title='[headline not shown; URL slug "ice-contract"]')
    mla = sc.render(source, "mla")
    assert mla.startswith('Alba, Davey. [headline not shown; URL slug "ice-contract"]. BuzzFeed')
    assert "\u201c" not in mla
    assert sc.source_citation(source)["unseen"] is True
    assert "unseen" not in sc.source_citation(news())


def test_an_address_without_words_gives_our_note_and_description_in_the_pages_language():
    source = news(title=NO_SLUG, title_note="Case record: Flores v. Reno")
    assert sc.render(source, "apa").startswith(
        "Alba, D. (2018, June 18). [headline not shown; no URL slug] Case record: Flores v. Reno. "
    )
    assert sc.source_citation(source)["unseen"] is True
    spanish = replace(source, title_note="Expediente del caso: Flores v. Reno")
    with language("es"):
        apa = sc.render(spanish, "apa")
    note = "[titular no visto; su dirección web no tiene palabras]"
    assert f"{note} Expediente del caso: Flores" in apa
    assert "headline" not in apa


def test_an_archived_copy_follows_the_entry():
    source = news(archive_url="https://web.archive.org/web/2018/https://news.example/alba")
    for style in ("mla", "chicago"):
        assert sc.render(source, style).endswith(f" Archived at {source.archive_url}.")
    assert sc.render(source, "apa").endswith(f" Archived at {source.archive_url}")
    assert f"Archived at \\url{{{source.archive_url}}}" in sc.bibtex(source)
    assert f"N1  - Archived at {source.archive_url}" in sc.ris(source)
    assert json.loads(sc.csl_json(source))[0]["note"] == f"Archived at {source.archive_url}"


def test_a_source_seen_only_as_a_copy_names_the_copy_site():
    """Our note says the only copy seen is at the URL: the citation says whose site that is."""
    copy = "https://www.mirror.example/story"
    source = news(url=copy, notes=f"Seen only via a copy at {copy} (forum repost); original X.")
    assert "BuzzFeed News (via mirror.example), 18 June 2018" in sc.render(source, "mla")
    assert json.loads(sc.csl_json(source))[0]["container-title"] == (
        "BuzzFeed News (via mirror.example)"
    )
    # a note naming another address, or a publisher that already says so, adds nothing
    other = news(url=copy, notes="Seen only via a copy at https://elsewhere.example/a.")
    said = news(url=copy, publisher="Axios (via inkl)", notes=f"Seen only via a copy at {copy}")
    assert "(via mirror" not in sc.render(other, "mla") + sc.render(said, "mla")


def test_every_source_seen_only_as_a_copy_is_cited_as_one(story):
    """Each source our notes call a copy seen at its own URL is cited with the copy's site."""
    copies = [s for s in story.sources if sc.COPY_NOTE.match(s.notes)]
    assert len(copies) >= 20
    for source in copies:
        site = sc.cited_site(source)
        assert re.search(r"via|repost|copy", site), (source.source_id, site)


def test_spanish_wording_and_dates():
    written = {style: "2 de diciembre de 2026" for style in WRITTEN}
    with language("es"):
        dated = {style: sc.render(news(), style) for style in WRITTEN}
        undated = sc.render(news(date_published=None), "apa")
    assert dated["mla"].endswith(f"BuzzFeed News, 18 de junio de 2018, {ALBA_URL}.")
    assert "(2018, 18 de junio)" in dated["apa"]
    # the headline stays in English, in English title case; Spanish sets the stop outside
    assert "\u201cMicrosoft Removed a Reference to ICE from Its Website\u201d." in dated["mla"]
    assert filled(undated, "apa", written) == (
        "Alba, D. (s. f.). Microsoft removed a reference to ICE from its website. BuzzFeed "
        f"News. Recuperado el 2 de diciembre de 2026 de {ALBA_URL}"
    )


def test_bibtex_entry():
    assert sc.bibtex(news()) == (
        "@article{source-buzzfeed-alba,\n"
        "  author = {Alba, Davey},\n"
        "  title = {{Microsoft removed a reference to ICE from its website}},\n"
        "  journaltitle = {BuzzFeed News},\n"
        "  date = {2018-06-18},\n"
        f"  url = {{{ALBA_URL}}}\n"
        "}\n"
    )
    undated = filled(sc.bibtex(news(kind="official-document", date_published=None)))
    assert undated.startswith("@online{") and "organization = {BuzzFeed News}" in undated
    assert "urldate = {2026-12-02}" in undated


def test_ris_record():
    record = sc.ris(news())
    assert record == (
        "TY  - NEWS\n"
        "AU  - Alba, Davey\n"
        "TI  - Microsoft removed a reference to ICE from its website\n"
        "T2  - BuzzFeed News\n"
        "PY  - 2018\n"
        "DA  - 2018/06/18\n"
        f"UR  - {ALBA_URL}\n"
        "ER  -\n"
    )


def test_csl_json():
    items = json.loads(filled(sc.csl_json(news(date_published=None))))
    assert items == [
        {
            "id": "source-buzzfeed-alba",
            "type": "article-newspaper",
            "title": "Microsoft removed a reference to ICE from its website",
            "container-title": "BuzzFeed News",
            "URL": ALBA_URL,
            "author": [{"family": "Alba", "given": "Davey"}],
            "accessed": {"date-parts": [[2026, 12, 2]]},
        }
    ]


@pytest.mark.parametrize("code", ["en", "es"])
def test_every_source_of_the_data_is_cited_whole(code):
    """Each of the data's sources, in each language: every style filled, no mark but the access
    date's, the files parse, and the script the page fetches holds them all."""
    with language(code):
        story = load_story(language=code)
        script = sc.source_cites_script(story, load_story())
    prefix = f"globalThis.{sc.SCRIPT_GLOBAL}="
    assert script.startswith(prefix) and script.endswith(";\n")
    cites = json.loads(script[len(prefix) : -2])
    assert set(cites) == {source.source_id for source in story.sources}
    for source in story.sources:
        cite = cites[source.source_id]
        for style, text in cite["styles"].items():
            assert source.url in text and source.publisher in text, (source.source_id, style)
            assert "[[" not in text and "{" not in text, (source.source_id, style)
            assert "@@" not in filled(text, style), (source.source_id, style)
            assert ".." not in text.replace(source.url, ""), (source.source_id, style)
        assert json.loads(filled(cite["csl"]))[0]["URL"] == source.url
        assert re.match(r"@(article|online)\{source-", cite["bibtex"])
        assert cite["ris"].startswith("TY  - ") and cite["ris"].endswith("ER  -\n")
        assert cite.get("unseen", False) == source.title.startswith("[")
    # the sources seen only as a copy name the copy's site in either language
    verge = cites["theverge-20180618-dismayed"]["styles"]["mla"]
    assert "The Verge (via statich.niketalk.com)" in verge or "(v\u00eda statich" in verge
