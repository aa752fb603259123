"""The section registry: every section's slug, titles, notebook, static page and addresses.

It is the only place that knows the sections and their URLs. The header, landing page, static
site, view cache, corrections links, tests and bench read it; adding a section touches this
list and the section's own module (and its notebook).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from explainer.components.i18n import ENGLISH, LANGUAGES, N_, _, current_language

EDITIONS = ("voila", "static")
VOILA_RENDER = "voila/render/"
# Where the printable handouts are served, from the server's root.
HANDOUT_DIRS = {"voila": "voila/templates/explainer/static/generated/", "static": "handouts/"}
# Where the data's downloads (each table's CSV, the package's zip) are, from the server's root;
# one folder for every language.
DOWNLOAD_DIR = "data/"
# The landing page's meta description; a section's is its blurb.
LANDING_DESCRIPTION = N_(
    "How a Microsoft blog post about ICE resurfaced during the June 2018 family separations: "
    "the timeline, the quotes, the policy, a classroom lesson and every correction."
)


@dataclass(frozen=True)
class Section:
    """One section. `title`, `nav` and `blurb` are English msgids: show them through `_()`."""

    slug: str
    notebook: str
    title: str
    nav: str
    blurb: str  # one sentence: the landing page's card, and the page's meta description
    view: str = ""  # the browser-drawn view its page mounts ("" when the page is server HTML)
    in_nav: bool = True  # False: linked from the footer and the landing page, not the header

    @property
    def static_page(self) -> str:
        return f"{self.slug}.html"


SECTIONS = (
    Section(
        "timeline",
        "01-timeline.ipynb",
        N_("The timeline"),
        N_("Timeline"),
        N_("The story from 2017 to today, filterable by who acted and when, with every source."),
        view="timeline",
    ),
    Section(
        "quotes",
        "02-quotes.ipynb",
        N_("The quote comparisons"),
        N_("Quotes"),
        N_("Who said what, and how outlets printed it: side by side and word by word."),
        view="quotes",
    ),
    Section(
        "policy",
        "03-policy.ipynb",
        N_("The policy background"),
        N_("Policy background"),
        N_("The rules, the court orders and the numbers behind the family separations."),
        view="policy",
    ),
    Section(
        "lesson",
        "04-lesson.ipynb",
        N_("Classroom lesson"),
        N_("Lesson"),
        N_("A 45-minute lesson with handouts and a presenter mode for the projector."),
        view="presenter",
    ),
    Section(
        "corrections",
        "05-corrections.ipynb",
        N_("Corrections"),
        N_("Corrections"),
        N_("Every change to the data since publication: what changed, when and why, with sources."),
    ),
    Section(
        "translation",
        "06-translation.ipynb",
        N_("About the Spanish translation"),
        N_("About the translation"),
        N_(
            "How the Spanish edition was made and checked, what stays in English, and how to "
            "report an error."
        ),
        in_nav=False,
    ),
)
SLUGS = tuple(s.slug for s in SECTIONS)


def section(slug: str) -> Section:
    """The section named `slug`; a clear error naming the known ones otherwise."""
    for candidate in SECTIONS:
        if candidate.slug == slug:
            return candidate
    raise KeyError(f"no section {slug!r}; the sections are {', '.join(SLUGS)}")


def section_of_view(view: str) -> Section:
    """The section whose page mounts `view` (timeline, quotes, policy or presenter)."""
    for candidate in SECTIONS:
        if candidate.view == view:
            return candidate
    raise KeyError(f"no section mounts the view {view!r}")


def _check_edition(edition: str) -> None:
    if edition not in EDITIONS:
        raise ValueError(f"unknown edition {edition!r}; use one of {', '.join(EDITIONS)}")


def url(
    slug: str, edition: str, *, from_root: bool = False, lang: str | None = None, **query: str
) -> str:
    """A page's address in one edition and language (default: the one being built), relative to
    another section page of that language, or to the site's root.

    `slug` is a section's slug or "landing". Query values are URL-encoded; an empty value gives a
    prefix to append to (`url("policy", "static", term="")` is "policy.html?term="). Another
    language is `?lang=es` on the dashboard and the folder `es/` of the static edition."""
    _check_edition(edition)
    lang = lang or current_language()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    if lang != ENGLISH and edition == "voila":
        query = {"lang": lang, **query}
    folder = f"{lang}/" if lang != ENGLISH and edition == "static" and from_root else ""
    return folder + _path(slug, edition, from_root) + ("?" + urlencode(query) if query else "")


def _path(slug: str, edition: str, from_root: bool) -> str:
    if slug == "landing":
        path = "index.html" if edition == "static" else ("" if from_root else "../../")
    elif edition == "static":
        path = section(slug).static_page
    else:
        path = (VOILA_RENDER if from_root else "") + section(slug).notebook
    return path


def handout_dir(edition: str, *, from_root: bool = False, lang: str | None = None) -> str:
    """Where a page finds the handouts of one language (default: the one being built): from
    the site's root, or from a page of that language. Another language's handouts are in a
    folder of their own (handouts/es/), beside the English."""
    _check_edition(edition)
    lang = lang or current_language()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    folder = "" if lang == ENGLISH else f"{lang}/"
    if edition == "voila" and not from_root:
        return f"../templates/explainer/static/generated/{folder}"
    up = "../" if folder and edition == "static" and not from_root else ""
    return up + HANDOUT_DIRS[edition] + folder


# What can be embedded in a course page: each section, and one event's card ("event").
EMBED_EVENT = "event"
# A sensible starting height (px) for each embed's frame; the frame grows to fit its content
# where the host page runs the listener script the Embed control gives.
EMBED_HEIGHTS = {"timeline": 1100, "quotes": 1000, "policy": 1000, "lesson": 900, EMBED_EVENT: 640}
EMBED_HEIGHT = 800


def embed_url(slug: str, edition: str, *, lang: str | None = None, **query: str) -> str:
    """The address of a section's embed view (or one event's card, `slug` "event"), relative to
    a section page of that language: embed-SLUG.html beside the static pages; on the dashboard,
    the section's own page with ?embed=1 (the card: the timeline's with ?embed=event)."""
    _check_edition(edition)
    if edition == "static":
        return f"embed-{slug}.html" + ("?" + urlencode(query) if query else "")
    if slug == EMBED_EVENT:
        return url("timeline", "voila", lang=lang, embed=EMBED_EVENT, **query)
    return url(slug, "voila", lang=lang, embed="1", **query)


def download_dir(edition: str, *, from_root: bool = False, lang: str | None = None) -> str:
    """Where a page finds the data's downloads: from the site's root, or from a page of one
    language (default: the one being built). Both editions keep them in data/ at the root."""
    _check_edition(edition)
    lang = lang or current_language()
    if from_root:
        return DOWNLOAD_DIR
    if edition == "voila":
        return "../../" + DOWNLOAD_DIR  # from voila/render/NOTEBOOK
    return ("" if lang == ENGLISH else "../") + DOWNLOAD_DIR


def nav_links() -> list[dict]:
    """The header's links in the language being built: the dashboard's address from the
    server's root, the static edition's from a page of that language's folder."""
    return [
        {
            "nav": _(s.nav),
            "voila": url(s.slug, "voila", from_root=True),
            "static": url(s.slug, "static"),
        }
        for s in SECTIONS
        if s.in_nav
    ]
