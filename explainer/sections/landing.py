"""Page furniture shared by every page: sections, landing page and footer."""

from __future__ import annotations

from dataclasses import dataclass

from explainer.components.escaping import href, text
from explainer.components.formatting import format_day
from explainer.data.records import Story
from explainer.sections.lesson import HANDOUTS, PAPERS, handout_file

CORRECTIONS = (
    "Open an issue in the project's repository, naming the row and the source that shows the error."
)


@dataclass(frozen=True)
class Section:
    slug: str
    notebook: str
    title: str
    blurb: str


SECTIONS = (
    Section(
        "timeline",
        "01-timeline.ipynb",
        "The timeline",
        "The story from 2017 to today, filterable by who acted and when, with every source.",
    ),
    Section(
        "quotes",
        "02-quotes.ipynb",
        "The quote comparisons",
        "Who said what, and how outlets printed it: side by side and word by word.",
    ),
    Section(
        "policy",
        "03-policy.ipynb",
        "The policy background",
        "The rules, the court orders and the numbers behind the family separations.",
    ),
    Section(
        "lesson",
        "04-lesson.ipynb",
        "Classroom lesson",
        "A 45-minute lesson with handouts and a presenter mode for the projector.",
    ),
    Section(
        "corrections",
        "05-corrections.ipynb",
        "Corrections",
        "Every change to the data since publication: what changed, when and why, with sources.",
    ),
)

STORY_SUMMARY = (
    "In January 2018 a Microsoft Azure Government blog post said the company was "
    "\u201cproud to support\u201d work by U.S. Immigration and Customs Enforcement (ICE).",
    "In June 2018, as children were being separated from their parents at the U.S.-Mexico "
    "border, social-media users recirculated the post; its ICE passage was briefly removed and "
    "then restored.",
    "Microsoft said it was \u201cdismayed\u201d by the separations and was not working with ICE or "
    "Customs and Border Protection on projects related to them. Employees then signed an open "
    "letter asking the company to cancel its contracts with ICE.",
)


def data_stamp(story: Story) -> str:
    last = max(e.date for e in story.events)
    return f"Data version {story.version}, latest event {format_day(last)}"


def footer_html(story: Story) -> str:
    counts = story.counts()
    return (
        '<footer class="ex-footer" role="contentinfo">'
        f"<p>{counts['sources']} sources · {counts['events']} events · {counts['quotes']} quotes · "
        f"{counts['figures']} figures. {text(data_stamp(story))}.</p>"
        f"<p>Corrections: {text(CORRECTIONS)}</p></footer>"
    )


# Where the handouts are served: the static site's handouts/ folder, or the Voila template's
# static/generated/ folder (written by `python -m explainer assets`), from the server's root.
STATIC_HANDOUT_HREF = "handouts/"
VOILA_HANDOUT_HREF = "voila/templates/explainer/static/generated/"


def handout_links(static: bool = False) -> str:
    """The landing page's list of printable handouts."""
    base = STATIC_HANDOUT_HREF if static else VOILA_HANDOUT_HREF
    return "".join(
        f"<li><strong>{text(label)}</strong>: "
        + " · ".join(
            f'<a href="{href(base + handout_file(audience, paper))}">PDF, {paper}</a>'
            for paper in PAPERS
        )
        + f' · <a href="{href(base + handout_file(audience))}">web page</a></li>'
        for audience, label in HANDOUTS
    )


def section_href(section: Section, static: bool = False) -> str:
    """Where a section's page lives: Voila's render URL, or NAME.html in the static edition."""
    return f"{section.slug}.html" if static else f"voila/render/{section.notebook}"


def landing_html(story: Story, static: bool = False) -> str:
    """The landing page body: the story in three sentences and the three sections."""
    cards = "".join(
        f'<li><a href="{href(section_href(s, static))}"><strong>{text(s.title)}</strong></a>'
        f"<br>{text(s.blurb)}</li>"
        for s in SECTIONS
    )
    summary = "".join(f"<p>{text(sentence)}</p>" for sentence in STORY_SUMMARY)
    return (
        '<main class="ex-landing" id="main">'
        "<h1>Microsoft, ICE and the family separations of June 2018</h1>"
        f'<section aria-label="The story in three sentences">{summary}</section>'
        f'<nav aria-label="Sections"><h2>Explore</h2><ul class="ex-sections">{cards}</ul></nav>'
        '<nav aria-label="Handouts"><h2>For the classroom: handouts to print</h2>'
        f'<ul class="ex-handouts">{handout_links(static)}</ul></nav>'
        "<h2>How to cite</h2>"
        f"<p>Microsoft, ICE and the family separations of June 2018: a sourced explainer. "
        f"{text(data_stamp(story))}.</p>"
        f"<h2>Report a correction</h2><p>{text(CORRECTIONS)}</p>"
        f"{footer_html(story)}</main>"
    )


def page_footer(story: Story | None = None):
    """The footer every page ends with, as a widget."""
    import ipywidgets

    from explainer.data.loading import load_story

    return ipywidgets.HTML(footer_html(story or load_story()))
