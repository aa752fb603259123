"""The landing page and the footer every page ends with."""

from __future__ import annotations

from explainer.components.escaping import href, text
from explainer.components.formatting import format_day
from explainer.data.records import Story
from explainer.sections.lesson import HANDOUTS, PAPERS, handout_file
from explainer.site import SECTIONS, handout_dir, url

CORRECTIONS = (
    "Open an issue in the project's repository, naming the row and the source that shows the error."
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


def handout_links(static: bool = False) -> str:
    """The landing page's list of printable handouts."""
    base = handout_dir("static" if static else "voila", from_root=True)
    return "".join(
        f"<li><strong>{text(label)}</strong>: "
        + " · ".join(
            f'<a href="{href(base + handout_file(audience, paper))}">PDF, {paper}</a>'
            for paper in PAPERS
        )
        + f' · <a href="{href(base + handout_file(audience))}">web page</a></li>'
        for audience, label in HANDOUTS
    )


def landing_html(story: Story, static: bool = False) -> str:
    """The landing page body: the story in three sentences and the three sections."""
    edition = "static" if static else "voila"
    cards = "".join(
        f'<li><a href="{href(url(s.slug, edition, from_root=True))}">'
        f"<strong>{text(s.title)}</strong></a>"
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
