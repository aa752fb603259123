"""The glossary: terms, their plain-language definitions, and the names that link to them."""

from __future__ import annotations

import re
import unicodedata

from explainer.components.escaping import plain_text
from explainer.components.formatting import source_record
from explainer.data.records import GlossaryTerm, Story
from explainer.site import url

VOILA_GLOSSARY_HREF = url("policy", "voila", term="")


def term_slug(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def aliases(term: str) -> list[str]:
    """Names a reader meets for a term: 'ORR (Office of Refugee Resettlement)' gives both."""
    names = {term}
    match = re.match(r"^(.*?)\s*\((.*)\)$", term)
    if match:
        head, inside = match.group(1).strip(), match.group(2).strip()
        names.add(head)
        if not re.search(r"\d{4}$", inside):  # '(Ms. L., June 26, 2018)' is a date, not a name
            names.add(inside)
    names |= {
        name.replace("Executive Order ", "EO ") for name in names if "Executive Order" in name
    }
    names |= {name.split(",")[0] for name in names if ", section" in name}
    names |= {n.replace(" ", "-") for n in names if n.count(" ") == 1 and n[1:] == n[1:].lower()}
    return sorted((n for n in names if len(n) >= 3), key=lambda n: (-len(n), n))


def _alphabetical(name: str) -> str:
    """A sort key that files 'órdenes' with the o's."""
    letters = unicodedata.normalize("NFD", name.lower())
    return "".join(c for c in letters if not unicodedata.combining(c))


def term_aliases(term: GlossaryTerm) -> list[str]:
    """The names that link to a term: its English names (acronyms such as ICE stay), and on a
    page in another language that language's names for it too."""
    names = set(aliases(term.term)) | set(aliases(plain_text(term.shown_term)))
    return sorted(names, key=lambda n: (-len(n), n))


def shown_terms(story: Story) -> dict[str, str]:
    """English term (the id) -> the name the page shows for it."""
    return {g.term: g.shown_term for g in story.glossary}


def glossary_entries(story: Story) -> list[dict]:
    """The terms in alphabetical order of the page's language; `term` is the name shown (the
    English term, the id policy steps and corrections use, gives the slug)."""
    return [
        {
            "id": g.term,  # glossary.csv's row id, for a correction report
            "slug": term_slug(g.term),
            "term": g.shown_term,
            "definition": g.definition,
            "aliases": term_aliases(g),
            "source": source_record(story.source(g.source_id)),
        }
        for g in sorted(story.glossary, key=lambda g: _alphabetical(plain_text(g.shown_term)))
    ]


def glossary_links(story: Story, href: str = VOILA_GLOSSARY_HREF) -> dict:
    """What a view needs to link glossary terms in its text: names, slugs, and the page."""
    return {
        "href": href,
        "terms": [
            {"slug": e["slug"], "term": e["term"], "aliases": e["aliases"]}
            for e in glossary_entries(story)
        ],
    }
