"""Citations of the explainer and of each event, quote and figure: MLA 9, APA 7 and Chicago
(author-date, 18th edition) text, and the same citation as BibTeX, RIS and CSL-JSON.

Every item cited here has one shape: a web page with no author (the explainer names none, so it
is cited by its title), no date, a version (the data package's) and an address, the whole
explainer or a part of it. The three styles are written here, from each guide's rules for that
shape, as whole sentences from the catalog (Spanish pages use the Spanish wording): citeproc-py
0.11.1 with the official CSL styles repeated the title where it stands in for the author and
left the full stop outside closing quotation marks (docs/architecture.md).

What only the reader's browser knows stays a mark that `page.js` fills when a Cite panel opens:
the item's address on the host the page came from (`URL_MARK`) and the access date
(`ACCESSED_MARK`, written each style's way; `ACCESSED_ISO_MARK` and `ACCESSED_PARTS_MARK` in the
files).
"""

from __future__ import annotations

import json
import re

from explainer.components.formatting import format_day
from explainer.components.i18n import ENGLISH, N_, _, current_language
from explainer.data.records import Event, Figure, Quote, Story

TITLE = N_("Microsoft, ICE and the family separations of June 2018")
# Each style the panel offers, by key: its name.
STYLES = {"mla": "MLA 9", "apa": "APA 7", "chicago": N_("Chicago (author-date)")}
URL_MARK = "@@URL@@"
ACCESSED_MARK = "@@ACCESSED@@"
ACCESSED_ISO_MARK = "@@ACCESSED_ISO@@"
ACCESSED_PARTS_MARK = "@@ACCESSED_PARTS@@"
# A part's citation is sent once per page (`part_forms`) with these marks, and each item
# carries only its key and title (`part_cite`): js/src/actions.js puts them in.
KEY_MARK = "@@KEY@@"
TITLE_MARK = "@@TITLE@@"

# Each style's sentence for the whole explainer ("site") and for a part of it ("part"). MLA: a
# site's title (italic in print) then "Version", a part's title in quotation marks with the site
# as container and "version" after a comma; "Accessed" last. APA: the title leads (no author),
# the version in parentheses, "(n.d.)", the site for a part, "Retrieved <date>, from <URL>", no
# full stop after the URL. Chicago author-date: the title leads (a part's in quotation marks),
# "n.d.", the site for a part, "Version", "Accessed <date>.", the URL.
SENTENCES = {
    ("mla", "site"): N_("{title}. Version {version}, {url}. Accessed {accessed}."),
    ("mla", "part"): N_(
        "\u201c{title}.\u201d {site}, version {version}, {url}. Accessed {accessed}."
    ),
    ("apa", "site"): N_("{title} (Version {version}). (n.d.). Retrieved {accessed}, from {url}"),
    ("apa", "part"): N_(
        "{title} (Version {version}). (n.d.). {site}. Retrieved {accessed}, from {url}"
    ),
    ("chicago", "site"): N_("{title}. n.d. Version {version}. Accessed {accessed}. {url}."),
    ("chicago", "part"): N_(
        "\u201c{title}.\u201d n.d. {site}. Version {version}. Accessed {accessed}. {url}."
    ),
}
# Words a title in headline style keeps in lower case unless first or last (MLA, Chicago).
MINOR_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via from into onto "
    "with over than vs".split()
)


def explainer_item(story: Story) -> dict:
    """The explainer as a whole: a web page cited by its title and data version."""
    return _item("explainer", title=_(TITLE), version=story.version)


def event_item(story: Story, event: Event) -> dict:
    """One event of the timeline, within the explainer."""
    return _item(
        f"event-{event.event_id}",
        title=_plain(event.title),
        container=_(TITLE),
        version=story.version,
    )


def quote_item(story: Story, quote: Quote) -> dict:
    """One quote as the explainer shows it (the words are the speaker's, printed by a source)."""
    title = _("Quote by {speaker}, {date}").format(
        speaker=quote.speaker, date=format_day(quote.date)
    )
    return _item(f"quote-{quote.quote_id}", title=title, container=_(TITLE), version=story.version)


def figure_item(story: Story, figure: Figure) -> dict:
    """One figure of the numbers table, by what it counts."""
    return _item(
        f"figure-{figure.figure_id}",
        title=_plain(figure.measure),
        container=_(TITLE),
        version=story.version,
    )


def part_forms(story: Story) -> dict:
    """The citation of any part of the explainer (an event, a quote, a figure), its key and
    title left as marks: what every item of a page shares, sent once."""
    return citation(_item(KEY_MARK, title=TITLE_MARK, container=_(TITLE), version=story.version))


def part_cite(item: dict) -> dict:
    """What one part's citation adds to `part_forms`: its key, its title, and the title in
    headline style where that differs (MLA, Chicago)."""
    cite = {"key": item["id"], "title": item["title"]}
    if title_case(item["title"]) != item["title"]:
        cite["headline"] = title_case(item["title"])
    return cite


def from_forms(forms: dict, cite: dict) -> dict:
    """A part's whole citation from the shared forms (as js/src/actions.js makes it)."""
    title, key = cite["title"], cite["key"]
    headline = cite.get("headline", title)
    styles = {
        name: text.replace(TITLE_MARK, title if name == "apa" else headline)
        for name, text in forms["styles"].items()
    }
    files = {
        "bibtex": forms["bibtex"].replace(TITLE_MARK, bib_escape(title)),
        "ris": forms["ris"].replace(TITLE_MARK, title),
        "csl": forms["csl"].replace(TITLE_MARK, json.dumps(title, ensure_ascii=False)[1:-1]),
    }
    return {"key": key, "styles": styles, **{k: v.replace(KEY_MARK, key) for k, v in files.items()}}


def _item(key: str, *, title: str, version: str, container: str = "") -> dict:
    item = {"id": key, "type": "webpage", "title": title, "version": version, "URL": URL_MARK}
    if container:
        item["container-title"] = container
    return item


def _plain(text: str) -> str:
    return text.replace("[[", "").replace("]]", "")


def citation(item: dict) -> dict:
    """An item's citation: each style's text and the three files, with the browser's marks."""
    return {
        "key": item["id"],
        "styles": {name: render(item, name) for name in STYLES},
        "bibtex": bibtex(item),
        "ris": ris(item),
        "csl": csl_json(item),
    }


def render(item: dict, style: str) -> str:
    """One item's reference-list entry in `style` (a key of STYLES), as plain text."""
    shape = "part" if "container-title" in item else "site"
    headline = style != "apa"  # APA keeps titles in sentence case, as written
    return _(SENTENCES[style, shape]).format(
        title=title_case(item["title"]) if headline else item["title"],
        site=title_case(item.get("container-title", ""))
        if headline
        else item.get("container-title", ""),
        version=item["version"],
        url=URL_MARK,
        accessed=ACCESSED_MARK,
    )


def title_case(title: str, always: bool = False) -> str:
    """An English title in headline style (MLA, Chicago): each word capitalised but the minor
    ones inside it; words already holding a capital (ICE, DACA) kept. Other languages capitalise
    titles as sentences: unchanged, unless `always` (an English headline on any page)."""
    if current_language() != ENGLISH and not always:
        return title
    words = title.split(" ")
    last = len(words) - 1

    def cased(i: int, word: str) -> str:
        bare = word.strip("\u201c\u201d\"'(,:;.")
        if not bare or any(c.isupper() for c in bare) or not bare[0].isalpha():
            return word
        if 0 < i < last and bare in MINOR_WORDS and not words[i - 1].endswith(":"):
            return word
        at = word.index(bare[0])
        return word[:at] + word[at].upper() + word[at + 1 :]

    return " ".join(cased(i, word) for i, word in enumerate(words))


def bibtex(item: dict) -> str:
    """The item as a biblatex @online entry (title braced, so its capitals stay)."""
    fields = [
        ("title", "{" + bib_escape(item["title"]) + "}"),
        ("version", bib_escape(item["version"])),
    ]
    if "container-title" in item:
        fields.append(("organization", "{" + bib_escape(item["container-title"]) + "}"))
    fields += [("url", URL_MARK), ("urldate", ACCESSED_ISO_MARK)]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@online{{{item['id']},\n{body}\n}}\n"


def bib_escape(text: str) -> str:
    return re.sub(r"([\\{}&%$#_])", r"\\\1", text)


def ris(item: dict) -> str:
    """The item as a RIS record (TY ELEC ... ER)."""
    lines = [("TY", "ELEC"), ("TI", item["title"])]
    if "container-title" in item:
        lines.append(("T2", item["container-title"]))
    lines += [("ET", item["version"]), ("UR", URL_MARK), ("Y2", ACCESSED_ISO_MARK)]
    return ris_record(lines)


def ris_record(lines: list[tuple[str, str]]) -> str:
    """RIS lines ("TAG  - value") and the closing "ER  -"."""
    return "".join(f"{tag}  - {value}".rstrip() + "\n" for tag, value in [*lines, ("ER", "")])


def csl_json(item: dict) -> str:
    """The item as CSL-JSON (a list of one), its access date left to the browser."""
    filed = {**item, "accessed": {"date-parts": ACCESSED_PARTS_MARK}}
    return json.dumps([filed], ensure_ascii=False, indent=2).replace(
        f'"{ACCESSED_PARTS_MARK}"', ACCESSED_PARTS_MARK
    )
