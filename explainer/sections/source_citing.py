"""Citations of the original sources behind the cards (a news report, a court record, a
statement): MLA 9, APA 7 and Chicago author-date text, and BibTeX, RIS and CSL-JSON.

A source is cited as our data records it: its author where the data names one (else the
publisher or the headline leads, each style's way), its headline, its publisher as the site (with
the site of the copy we saw, where that is all we saw), its
date where known (else "n.d." and the access date), its address, and its archived copy where the
data has one. A headline nobody here saw stays our bracketed note, unquoted, as APA writes a
description in place of a title: the panel asks the reader to put the real one in.

The styles are written here, like the explainer's own citations (citing.py, which says why not
citeproc-py). They are sent to the browser in one file per language, fetched only when a reader
first opens a source's Cite panel (`source_cites_script`), so the pages carry none of them.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from explainer.components.escaping import plain_text
from explainer.components.formatting import format_day, is_our_note, shown_headline
from explainer.components.i18n import ENGLISH, N_, _, current_language, month_name
from explainer.data.records import Source, Story
from explainer.sections.citing import (
    ACCESSED_ISO_MARK,
    ACCESSED_MARK,
    ACCESSED_PARTS_MARK,
    bib_escape,
    ris_record,
    title_case,
)

# The global the fetched file sets, and the page's <meta> naming the file's address.
SCRIPT_GLOBAL = "explainerSourceCites"
SCRIPT_META = "explainer-source-cites"


def script_name(code: str) -> str:
    """The file of every source's citation in one language, as the pages name it."""
    return f"explainer-source-cites.{code}.js"


# Each style's sentence, by whether an author leads and whether the source is dated. {title} comes
# with its own punctuation (quoted for MLA and Chicago, see QUOTED), {author} and {site} without.
# MLA 9: author, "Title.", site, day month year, URL; undated: "Accessed" after the URL.
# APA 7: author (or the title) then (year, Month day) or (n.d.), the site, the URL with no full
# stop; undated: "Retrieved <date>, from <URL>". Chicago author-date: author (or the publisher)
# then the year or "n.d.", "Title.", the site with the full date, the URL; undated: "Accessed".
SENTENCES = {
    ("mla", True, True): N_("{author}. {title} {site}, {date}, {url}."),
    ("mla", True, False): N_("{author}. {title} {site}, {url}. Accessed {accessed}."),
    ("mla", False, True): N_("{title} {site}, {date}, {url}."),
    ("mla", False, False): N_("{title} {site}, {url}. Accessed {accessed}."),
    ("apa", True, True): N_("{author} ({date}). {title} {site}. {url}"),
    ("apa", True, False): N_("{author} (n.d.). {title} {site}. Retrieved {accessed}, from {url}"),
    ("apa", False, True): N_("{title} ({date}). {site}. {url}"),
    ("apa", False, False): N_("{title} (n.d.). {site}. Retrieved {accessed}, from {url}"),
    ("chicago", True, True): N_("{author}. {year}. {title} {site}, {date}. {url}."),
    ("chicago", True, False): N_("{author}. n.d. {title} {site}. Accessed {accessed}. {url}."),
    ("chicago", False, True): N_("{site}. {year}. {title} {date}. {url}."),
    ("chicago", False, False): N_("{site}. n.d. {title} Accessed {accessed}. {url}."),
}
# A headline in quotation marks, the full stop inside them (Spanish puts it after them).
QUOTED = N_("\u201c{title}.\u201d")
# Where the data knows an archived copy: after the entry (APA: no full stop after a URL).
ARCHIVED = {
    "mla": N_("Archived at {url}."),
    "apa": N_("Archived at {url}"),
    "chicago": N_("Archived at {url}."),
}
MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
# CSL, RIS and BibTeX types by the data's kind of source (webpage where none fits better).
CSL_TYPES = {
    "news-report": "article-newspaper",
    "blog-or-essay": "post-weblog",
    "official-document": "report",
    "court-record": "legal_case",
}
RIS_TYPES = {"news-report": "NEWS", "blog-or-essay": "BLOG", "official-document": "RPRT"}


# Our note on a source seen only as a copy on another site, the copy's address being its URL.
COPY_NOTE = re.compile(r"Seen only via a (?:copy|record) at (\S+)")
VIA = N_("{publisher} (via {host})")


def cited_site(source: Source) -> str:
    """The publisher as the site a citation names: where our (English) note says we saw the source
    only as a copy
    on another site (its URL is the copy's), that site too, "The Verge (via example.org)", as the
    data writes it in a publisher's name ("Axios (via inkl)") when it says so there already."""
    copied = COPY_NOTE.match(source.notes)
    said = re.search(r"\bvia\b|\bcopy\b|\brepost", source.publisher, re.IGNORECASE)
    if not copied or copied[1].rstrip(".,;") != source.url or said:
        return source.publisher
    host = (urlsplit(source.url).hostname or "").removeprefix("www.")
    return _(VIA).format(publisher=source.publisher, host=host)


def unseen(source: Source) -> bool:
    """Whether the data holds our note in place of the source's headline."""
    return is_our_note(source.title)


def source_citation(source: Source) -> dict:
    """One source's citation: each style's text, the three files, and whether its headline is
    our note (the panel then asks for the real one). The access date stays a mark (page.js)."""
    cite = {
        "key": f"source-{source.source_id}",
        "styles": {style: render(source, style) for style in ARCHIVED},
        "bibtex": bibtex(source),
        "ris": ris(source),
        "csl": csl_json(source),
    }
    if unseen(source):
        cite["unseen"] = True
    return cite


def source_citations(story: Story, english: Story | None = None) -> dict[str, dict]:
    """Every source's citation in the language being built, by source id. `english`: the
    English story, whose notes say which sources were seen only as a copy (`cited_site`) when
    `story` is a translation."""
    cites = {}
    for source in story.sources:
        if english is not None:
            source = replace(source, notes=english.source(source.source_id).notes)
        cites[source.source_id] = source_citation(source)
    return cites


def source_cites_script(story: Story, english: Story | None = None) -> str:
    """The file a page fetches when a reader first opens a source's Cite panel."""
    cites = source_citations(story, english)
    cites = json.dumps(cites, ensure_ascii=False, separators=(",", ":"))
    cites = cites.replace("</", "<\\/")  # safe even if the file were ever inlined in a page
    return f"globalThis.{SCRIPT_GLOBAL}={cites};\n"


def render(source: Source, style: str) -> str:
    """The source's reference-list entry in `style` ("mla", "apa", "chicago"), as plain text."""
    authors = people(source.author)
    dated = source.date_published is not None
    text = _(SENTENCES[style, bool(authors), dated]).format(
        author=author_list(authors, style),
        title=shown_title(source, style),
        site=cited_site(source),
        date=written_date(source.date_published, style) if dated else "",
        year=source.date_published.year if dated else "",
        url=source.url,
        accessed=ACCESSED_MARK,
    )
    if source.archive_url:
        text += " " + _(ARCHIVED[style]).format(url=source.archive_url)
    return text


def shown_title(source: Source, style: str) -> str:
    """The headline with the punctuation each style gives it: MLA and Chicago quote it in
    headline style; APA leaves it as printed, ending in a full stop. Our note for an unseen
    headline is neither quoted nor recased."""
    if unseen(source):
        return _ended(headline_text(source))
    if style == "apa":
        return _ended(source.title)
    headline = title_case(source.title, always=True)  # an English headline on any page
    if headline[-1:] in "?!":
        return "\u201c" + headline + "\u201d"
    return _(QUOTED).format(title=headline)


def headline_text(source: Source) -> str:
    """The headline as printed, or our note for an unseen one in the page's language."""
    return plain_text(shown_headline(source))


def _ended(text: str) -> str:
    return text if text[-1:] in ".?!" else text + "."


def people(author: str) -> list[tuple[str, str]]:
    """Each author as (family name, given names): "Davey Alba" -> ("Alba", "Davey"). Authors
    are separated by " and " or ";"; a one-word name (an organisation) has no given names."""
    names = [n.strip() for n in re.split(r";| and ", author) if n.strip()]
    return [(n.rsplit(" ", 1)[-1], n.rsplit(" ", 1)[0] if " " in n else "") for n in names]


def author_list(authors: list[tuple[str, str]], style: str) -> str:
    """The authors as each style lists them. MLA: "Alba, Davey",
    two joined by "and", three or more "et al."; Chicago: the first inverted, the rest not; APA:
    family names and initials ("Alba, D."), "&" before the last."""
    if not authors:
        return ""
    if style == "apa":
        written = [f"{family}, {_initials(given)}".rstrip(", ") for family, given in authors]
        if len(written) == 1:
            return written[0]
        return ", ".join(written[:-1]) + ", & " + written[-1]
    first = ", ".join(part for part in authors[0] if part)
    rest = [f"{given} {family}".strip() for family, given in authors[1:]]
    if style == "mla" and len(authors) > 2:
        return _("{first}, et al").format(first=first)
    if not rest:
        return first
    return _("{first}, and {last}").format(first=", ".join([first, *rest[:-1]]), last=rest[-1])


def _initials(given: str) -> str:
    return " ".join(f"{part[0]}." for part in given.replace("-", " ").split() if part)


def written_date(day: date, style: str) -> str:
    """The publication date each style's way: MLA "18 June 2018" (months of more than four
    letters abbreviated), APA "2018, June 18", Chicago "June 18, 2018"; Spanish "18 de junio
    de 2018" (APA "2018, 18 de junio")."""
    if current_language() != ENGLISH:
        if style == "apa":
            return f"{day.year}, " + format_day(day).rsplit(" de ", 1)[0]
        return format_day(day)
    month = month_name(day)
    if style == "mla":
        return f"{day.day} {MLA_MONTHS[day.month - 1]} {day.year}"
    if style == "apa":
        return f"{day.year}, {month} {day.day}"
    return f"{month} {day.day}, {day.year}"


def bibtex(source: Source) -> str:
    """The source as a biblatex entry: @article in a newspaper's site, else @online."""
    news = source.kind == "news-report"
    fields = []
    if source.author:
        names = " and ".join(
            ", ".join(part for part in name if part) for name in people(source.author)
        )
        fields.append(("author", bib_escape(names)))
    fields.append(("title", "{" + bib_escape(headline_text(source)) + "}"))
    fields.append(("journaltitle" if news else "organization", bib_escape(cited_site(source))))
    if source.date_published:
        fields.append(("date", source.date_published.isoformat()))
    fields.append(("url", source.url))
    if not source.date_published:
        fields.append(("urldate", ACCESSED_ISO_MARK))
    if source.archive_url:
        fields.append(("addendum", "Archived at \\url{" + source.archive_url + "}"))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    kind = "article" if news else "online"
    return f"@{kind}{{source-{source.source_id},\n{body}\n}}\n"


def ris(source: Source) -> str:
    """The source as a RIS record: NEWS, BLOG, RPRT or ELEC."""
    lines = [("TY", RIS_TYPES.get(source.kind, "ELEC"))]
    lines += [("AU", ", ".join(p for p in name if p)) for name in people(source.author)]
    lines += [("TI", headline_text(source)), ("T2", cited_site(source))]
    if source.date_published:
        lines += [
            ("PY", str(source.date_published.year)),
            ("DA", source.date_published.strftime("%Y/%m/%d")),
        ]
    lines.append(("UR", source.url))
    if not source.date_published:
        lines.append(("Y2", ACCESSED_ISO_MARK))
    if source.archive_url:
        lines.append(("N1", f"Archived at {source.archive_url}"))
    return ris_record(lines)


def csl_json(source: Source) -> str:
    """The source as CSL-JSON (a list of one); undated, with the access date left to page.js."""
    item = {
        "id": f"source-{source.source_id}",
        "type": CSL_TYPES.get(source.kind, "webpage"),
        "title": headline_text(source),
        "container-title": cited_site(source),
        "URL": source.url,
    }
    if source.author:
        item["author"] = [
            {"family": family, "given": given} if given else {"literal": family}
            for family, given in people(source.author)
        ]
    if source.date_published:
        day = source.date_published
        item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
    else:
        item["accessed"] = {"date-parts": ACCESSED_PARTS_MARK}
    if source.archive_url:
        item["note"] = f"Archived at {source.archive_url}"
    return json.dumps([item], ensure_ascii=False).replace(
        f'"{ACCESSED_PARTS_MARK}"', ACCESSED_PARTS_MARK
    )
