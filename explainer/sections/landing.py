"""The landing page and the footer every page ends with."""

from __future__ import annotations

from explainer.components.escaping import href, in_english, rich_text, text
from explainer.components.formatting import format_day
from explainer.components.i18n import ENGLISH, N_, _, current_language
from explainer.data.downloads import tables, zip_name
from explainer.data.records import Story
from explainer.sections.actions import cite_panel, report_control
from explainer.sections.citing import TITLE, citation, explainer_item
from explainer.sections.lesson import HANDOUTS, PAPERS, handout_file
from explainer.site import SECTIONS, download_dir, handout_dir, url

# What the landing page says above its own "Report a correction", and what the footer says.
REPORT_HOW = N_(
    "Each event, quote, figure, source, policy step and glossary term has its own \u201cReport "
    "a correction\u201d button, which names its row. This one is for the explainer as a whole. "
    "Every correction made is listed on the Corrections page."
)
CORRECTIONS = N_(
    "use \u201cReport a correction\u201d on the item that is wrong. Every correction made is "
    "listed on the Corrections page."
)

STORY_SUMMARY = (
    N_(
        "In January 2018 a Microsoft Azure Government blog post said the company was "
        "\u201cproud to support\u201d work by U.S. Immigration and Customs Enforcement (ICE)."
    ),
    N_(
        "In June 2018, as children were being separated from their parents at the U.S.-Mexico "
        "border, social-media users recirculated the post; its ICE passage was briefly removed "
        "and then restored."
    ),
    N_(
        "Microsoft said it was \u201cdismayed\u201d by the separations and was not working with "
        "ICE or Customs and Border Protection on projects related to them. Employees then signed "
        "an open letter asking the company to cancel its contracts with ICE."
    ),
)
# A handout's printable copies, by paper size (lesson.PAPERS).
PDF_LINKS = {"A4": N_("PDF, A4"), "Letter": N_("PDF, Letter")}


def data_stamp(story: Story) -> str:
    last = max(e.date for e in story.events)
    return _("Data version {version}, latest event {date}").format(
        version=story.version, date=format_day(last)
    )


def footer_html(story: Story, downloads: str | None = None) -> str:
    """The footer every page ends with; `downloads`: where the page finds the data's downloads
    (default: a section page of the dashboard)."""
    counts = story.counts()
    tally = _("{sources} sources · {events} events · {quotes} quotes · {figures} figures.").format(
        sources=counts["sources"],
        events=counts["events"],
        quotes=counts["quotes"],
        figures=counts["figures"],
    )
    corrections = _("Corrections: {how}").format(how=_(CORRECTIONS))
    return (
        '<footer class="ex-footer" role="contentinfo">'
        f"<p>{text(tally)} {text(data_stamp(story))}.</p>"
        f"<p>{text(corrections)}</p>"
        f"{data_menu(story, download_dir('voila') if downloads is None else downloads)}</footer>"
    )


def data_menu(story: Story, base: str) -> str:
    """The footer's data links: the whole package as a zip, and a small menu of each table's
    CSV (`base`: where the page finds the downloads)."""
    package = text(_("Download the data (ZIP, version {version})").format(version=story.version))
    items = "".join(
        f'<li><a href="{href(base + t["path"])}" download>{_table_title(t)}</a></li>'
        for t in tables()
    )
    each = text(_("Each table as CSV"))
    return (
        '<div class="ex-data-menu">'
        f'<a href="{href(base + zip_name())}" download>{package}</a>'
        f"<details><summary>{each}</summary><ul>{items}</ul></details>"
        "</div>"
    )


def _table_title(table: dict) -> str:
    return in_english(text(table["title"]))


def download_section(story: Story, base: str) -> str:
    """The landing page's "Download the data" section: the package's zip, then each table with
    its description (from datapackage.json, in English) and its CSV."""
    translation = text(_("Spanish translation (CSV)"))
    rows = []
    for table in tables():
        links = f'<a href="{href(base + table["path"])}" download>CSV</a>'
        if table["translation"]:
            links += f' · <a href="{href(base + table["translation"])}" download>{translation}</a>'
        rows.append(
            f"<li><strong>{_table_title(table)}</strong> ({links})<br>"
            f"{in_english(text(table['description']))}</li>"
        )
    intro = _(
        "The data behind every page, as a Frictionless data package: one CSV per table, "
        "described by datapackage.json, with the Spanish translations, the termbase, the "
        "corrections log and the licence. Open any CSV in a spreadsheet."
    )
    package = _("The whole package (ZIP, data version {version})").format(version=story.version)
    note = ""
    if current_language() != ENGLISH:
        words = _("The tables' names and descriptions are in English, as in datapackage.json.")
        note = f"<p>{text(words)}</p>"
    heading = text(_("Download the data"))
    return (
        '<div id="data" class="ex-data">'
        f"<h2>{heading}</h2>"
        f"<p>{text(intro)}</p>"
        f'<p><a href="{href(base + zip_name())}" download><strong>{text(package)}</strong></a></p>'
        f"{note}"
        f'<ul class="ex-data-tables">{"".join(rows)}</ul></div>'
    )


def handout_links(static: bool = False) -> str:
    """The landing page's list of printable handouts."""
    base = handout_dir("static" if static else "voila", from_root=True)
    web_page = text(_("web page"))
    items = []
    for audience, label in HANDOUTS:
        pdfs = " · ".join(
            f'<a href="{href(base + handout_file(audience, paper))}">{text(_pdf_link(paper))}</a>'
            for paper in PAPERS
        )
        page = f'<a href="{href(base + handout_file(audience))}">{web_page}</a>'
        items.append(f"<li><strong>{text(_(label))}</strong>: {pdfs} · {page}</li>")
    return "".join(items)


def _pdf_link(paper: str) -> str:
    return _(PDF_LINKS[paper]) if paper in PDF_LINKS else f"PDF, {paper}"


def landing_html(story: Story, static: bool = False) -> str:
    """The landing page body: the story in three sentences and the three sections."""
    edition = "static" if static else "voila"
    # a static landing page sits in its language's folder, beside the section pages; the
    # dashboard's at the server's root
    cards = "".join(
        f'<li><a href="{href(url(s.slug, edition, from_root=not static))}">'
        f"<strong>{text(_(s.title))}</strong></a><br>{text(_(s.blurb))}</li>"
        for s in SECTIONS
    )
    summary = "".join(f"<p>{rich_text(_(sentence))}</p>" for sentence in STORY_SUMMARY)
    downloads = download_dir(edition, from_root=not static)
    title = _(TITLE)
    cite = _("{title}: a sourced explainer. {stamp}.").format(title=title, stamp=data_stamp(story))
    cite_label = _("Cite the explainer")
    words = {  # the page's own words, escaped (`_()` stays out of f-strings, for pybabel)
        "story": text(_("The story in three sentences")),
        "sections": text(_("Sections")),
        "explore": text(_("Explore")),
        "handouts": text(_("Handouts")),
        "to_print": text(_("For the classroom: handouts to print")),
        "cite": text(_("How to cite")),
        "report": text(_("Report a correction")),
    }
    return (
        '<main class="ex-landing" id="main">'
        f"<h1>{text(title)}</h1>"
        f'<section aria-label="{words["story"]}">{summary}</section>'
        f'<nav aria-label="{words["sections"]}"><h2>{words["explore"]}</h2>'
        f'<ul class="ex-sections">{cards}</ul></nav>'
        f'<nav aria-label="{words["handouts"]}"><h2>{words["to_print"]}</h2>'
        f'<ul class="ex-handouts">{handout_links(static)}</ul></nav>'
        f"<h2>{words['cite']}</h2><p>{text(cite)}</p>"
        f"{cite_panel(citation(explainer_item(story)), cite_label)}"
        f"<h2>{words['report']}</h2><p>{text(_(REPORT_HOW))}</p>{report_control()}"
        f"{download_section(story, downloads)}"
        f"{footer_html(story, downloads)}</main>"
    )
