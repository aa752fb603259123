"""The "Cite" and "Report a correction" panels of server-built pages (the landing page). The
views build the same markup in js/src/actions.js; the page's script (page.js) fills in the
address and the date when one opens, and copies."""

from __future__ import annotations

from explainer.components.escaping import text
from explainer.components.i18n import N_, _
from explainer.reporting import report_target
from explainer.sections.citing import STYLES

FILES = (("bibtex", "BibTeX", "bib"), ("ris", "RIS", "ris"), ("csl", "CSL-JSON", "json"))
# A report about a row of the data (the browser puts the page's address for {link}).
ROW_REPORT = N_(
    "Correction report\n\nFile: {file}\nRow id: {row}\nPage: {link}\n\nWhat is wrong:\n\n"
    "A source that shows the error (title and link):\n"
)
ROW_SUBJECT = N_("Correction: {file}, row {row}")
# A report from a page as a whole (the landing page).
PAGE_REPORT = N_(
    "Correction report\n\nPage: {link}\nWhich item (file and row id, if known):\n\n"
    "What is wrong:\n\nA source that shows the error (title and link):\n"
)
PAGE_SUBJECT = N_("Correction to the explainer")


def copy_status() -> str:
    return (
        f'<p class="ex-copy-status" role="status" data-ex-copied="{text(_("Copied."))}" '
        f'data-ex-failed="{text(_("Select the text and copy it."))}"></p>'
    )


def cite_panel(citation: dict, label: str, link_query: str = "") -> str:
    """A closed "Cite" panel: each style's text with a Copy button, and the three files.
    `label` names what is cited, for screen readers ("Cite this event")."""
    copy = text(_("Copy"))
    styles = "".join(
        f'<div class="ex-cite-style"><p class="ex-cite-name">{text(_(name))}</p>'
        f'<p class="ex-cite-text" lang="en" data-ex-style="{key}" data-ex-copied-text '
        f'data-ex-template="{text(citation["styles"][key])}"></p>'
        f'<button type="button" class="ex-copy" data-ex-copy>{copy}</button></div>'
        for key, name in STYLES.items()
    )
    files = " · ".join(
        f'<a data-ex-file="{kind}" data-ex-template="{text(citation[kind])}" href="#" '
        f'download="{text(citation["key"])}.{ext}">{text(name)}</a>'
        for kind, name, ext in FILES
    )
    return (
        f'<details class="ex-action ex-cite" data-ex-link="{text(link_query)}">'
        f'<summary aria-label="{text(label)}">{text(_("Cite"))}</summary>'
        '<div class="ex-action-panel">'
        f'<p class="ex-hint">{text(_(CITE_HINT))}</p>{styles}'
        f'<p class="ex-cite-files">{text(_("Download:"))} {files}</p>{copy_status()}'
        "</div></details>"
    )


CITE_HINT = N_(
    "With today's date as the access date and this page's address. Chicago is its "
    "author-date style. The explainer names no author, so it is cited by its title."
)


def report_control(file: str = "", row: str = "") -> str:
    """ "Report a correction": a prefilled email or issue form where `site.toml` names one,
    else a panel with the report to copy. Without `file`, a report about the page."""
    if file:
        report = _(ROW_REPORT).format(file=file, row=row, link="{link}")
        subject = _(ROW_SUBJECT).format(file=file, row=row)
    else:
        report, subject = _(PAGE_REPORT), _(PAGE_SUBJECT)
    words = text(_("Report a correction"))
    target = report_target()
    if target["email"] or target["issue_url"]:
        return (
            f'<a class="ex-action ex-report" href="#" data-ex-template="{text(report)}" '
            f'data-ex-subject="{text(subject)}" data-ex-email="{text(target["email"])}" '
            f'data-ex-issue-url="{text(target["issue_url"])}">{words}</a>'
        )
    return (
        f'<details class="ex-action ex-report" data-ex-template="{text(report)}">'
        f"<summary>{words}</summary>"
        '<div class="ex-action-panel">'
        f'<p class="ex-hint">{text(_(HOW_TO_SEND))}</p>'
        '<pre class="ex-report-text" data-ex-copied-text></pre>'
        f'<button type="button" class="ex-copy" data-ex-copy>{text(_("Copy"))}</button>'
        f"{copy_status()}</div></details>"
    )


HOW_TO_SEND = N_(
    "This copy of the explainer names no address for reports. Copy the report, fill it in and "
    "send it as an issue to the project's repository, or to whoever shared this page with you."
)
