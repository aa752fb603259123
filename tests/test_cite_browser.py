"""The Cite and Report a correction panels in the browser: both editions, English and Spanish."""

from __future__ import annotations

import json
import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from servers import wait_until
from test_accessibility_browser import serious_violations

pytestmark = pytest.mark.browser
EVENT = "microsoft-dismayed-statement"
COPY = {"en": "Copy", "es": "Copiar"}


def granted(page) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])


def open_event_card(page, edition, lang):
    edition.open(page, "timeline", f"?event={EVENT}", lang=lang)
    card = page.locator(".ex-card")
    wait_until(page, "!!document.querySelector('.ex-card details.ex-cite')")
    return card


@pytest.mark.parametrize("lang", ["en", "es"])
def test_event_cite_panel_copies_mla_with_todays_date_and_link(page, edition, lang):
    granted(page)
    card = open_event_card(page, edition, lang)
    card.locator("details.ex-cite:not(.ex-source-cite) > summary").click()
    wait_until(page, "!!document.querySelector('.ex-card [data-ex-style=mla]')?.textContent")
    mla = card.locator('[data-ex-style="mla"]')
    written = mla.inner_text()
    link = re.search(r"https?://\S+?(?=\.?\s|\.$|$)", written).group(0)
    parts = urlsplit(link)
    assert parse_qs(parts.query)["event"] == [EVENT]
    assert ("lang" in parse_qs(parts.query)) == (lang == "es" and edition.name == "voila")
    assert ("/es/" in parts.path) == (lang == "es" and edition.name == "static")
    today = date.today()
    assert f"{today.day} " in written and str(today.year) in written
    assert "@@" not in written
    card.locator('.ex-cite-style:has([data-ex-style="mla"])').get_by_role(
        "button", name=COPY[lang]
    ).click()
    wait_until(page, "!!document.querySelector('.ex-card .ex-cite .ex-copy-status')?.textContent")
    assert page.evaluate("navigator.clipboard.readText()") == written
    assert serious_violations(page) == []


def test_downloads_are_filled_data_links(page, edition):
    card = open_event_card(page, edition, "en")
    card.locator("details.ex-cite:not(.ex-source-cite) > summary").click()
    wait_until(
        page,
        "document.querySelector('.ex-card [data-ex-file=ris]')?.href.startsWith('data:') === true",
    )
    files = {
        kind: card.locator(f'[data-ex-file="{kind}"]').get_attribute("href")
        for kind in ("bibtex", "ris", "csl")
    }
    for href in files.values():
        assert href.startswith("data:") and "%40%40" not in href  # no "@@" mark left
    from urllib.parse import unquote

    csl = json.loads(unquote(files["csl"].split(",", 1)[1]))
    assert csl[0]["accessed"]["date-parts"][0][0] == date.today().year
    assert parse_qs(urlsplit(csl[0]["URL"]).query)["event"] == [EVENT]
    ris = unquote(files["ris"].split(",", 1)[1])
    assert ris.startswith("TY  - ELEC") and ris.rstrip().endswith("ER  -")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_landing_cite_and_report_panels(page, edition, lang):
    granted(page)
    edition.open(page, None, lang=lang)
    page.locator("details.ex-cite > summary").click()
    wait_until(page, "!!document.querySelector('[data-ex-style=apa]')?.textContent")
    apa = page.locator('[data-ex-style="apa"]').inner_text()
    assert "@@" not in apa and str(date.today().year) in apa
    page.locator("details.ex-report > summary").click()
    wait_until(page, "!!document.querySelector('.ex-report-text')?.textContent")
    report = page.locator(".ex-report-text").inner_text()
    assert page.url in report
    page.locator("details.ex-report").get_by_role("button", name=COPY[lang]).click()
    wait_until(page, "!!document.querySelector('.ex-report .ex-copy-status')?.textContent")
    assert page.evaluate("navigator.clipboard.readText()") == report
    assert serious_violations(page) == []


EVENT_REPORT = ".ex-actions:not(.ex-source-actions) > details.ex-report"


def test_report_names_file_row_and_page_with_state(page, edition):
    card = open_event_card(page, edition, "en")
    card.locator(f"{EVENT_REPORT} > summary").click()
    wait_until(page, f"!!document.querySelector('{EVENT_REPORT} .ex-report-text')?.textContent")
    report = card.locator(f"{EVENT_REPORT} .ex-report-text").inner_text()
    assert "File: data/events.csv" in report
    assert f"Row id: {EVENT}" in report
    page_link = re.search(r"Page: (\S+)", report).group(1)
    assert parse_qs(urlsplit(page_link).query)["event"] == [EVENT]


CONFIGURED_LINK = """([email, issues]) => {
  const a = document.createElement("a");
  a.className = "ex-action ex-report";
  a.href = "#";
  a.textContent = "Report a correction";
  a.dataset.exTemplate = "File: data/events.csv\\nRow id: x\\nPage: {link}\\n";
  a.dataset.exSubject = "Correction: data/events.csv, row x";
  if (email) a.dataset.exEmail = email;
  if (issues) a.dataset.exIssueUrl = issues;
  a.addEventListener("click", (event) => event.preventDefault());
  document.querySelector(".ex-card").append(a);
}"""


@pytest.mark.parametrize(
    "email,issues", [("corrections@school.example", ""), ("", "https://tracker.example/new")]
)
def test_configured_report_opens_prefilled(page, edition, email, issues):
    """With site.toml naming an address or an issue form (as the card's markup then carries it),
    following the link opens it with the report, the page's link included."""
    open_event_card(page, edition, "en")
    page.evaluate(CONFIGURED_LINK, [email, issues])
    link = page.locator("a.ex-report")
    link.click()
    target = urlsplit(link.get_attribute("href"))
    query = parse_qs(target.query)
    if email:
        assert target.scheme == "mailto" and target.path == email
    else:
        assert f"{target.scheme}://{target.netloc}{target.path}" == issues
        assert query["title"] == ["Correction: data/events.csv, row x"]
    body = query["body"][0]
    assert "Row id: x" in body
    assert parse_qs(urlsplit(re.search(r"Page: (\S+)", body).group(1)).query)["event"] == [EVENT]


@pytest.mark.parametrize(
    "view,panel,file",
    [
        ("quotes", ".ex-quote details.ex-cite", "data/quotes.csv"),
        ("policy", "tr[data-figure] details.ex-cite", "data/figures.csv"),
    ],
)
def test_quote_and_figure_rows_cite_and_report(page, edition, view, panel, file):
    edition.open(page, view)
    wait_until(page, f"!!document.querySelector('{panel}')", 30)
    cite = page.locator(panel).first
    cite.locator("summary").click()
    wait_until(page, f"!!document.querySelector('{panel} [data-ex-style=chicago]')?.textContent")
    chicago = cite.locator('[data-ex-style="chicago"]').inner_text()
    assert "@@" not in chicago and "Version 1.0.0" in chicago
    if view == "policy":
        row_id = cite.locator("xpath=ancestor::tr").get_attribute("data-figure")
        assert f"#figure-{row_id}" in chicago
    report = cite.locator("xpath=following-sibling::details[contains(@class, 'ex-report')]")
    report.locator("summary").click()
    wait_until(page, f"!!document.querySelector('{panel} + details .ex-report-text')?.textContent")
    assert f"File: {file}" in report.locator(".ex-report-text").inner_text()
    assert serious_violations(page) == []


def test_sources_steps_and_terms_have_reports_naming_their_rows(page, edition):
    card = open_event_card(page, edition, "en")
    source = card.locator(".ex-sources > li").first
    source.locator("details.ex-report > summary").click()
    wait_until(page, "!!document.querySelector('.ex-sources .ex-report-text')?.textContent")
    report = source.locator(".ex-report-text").inner_text()
    assert re.search(r"File: data/sources\.csv\nRow id: [a-z0-9-]+\n", report)
    edition.open(page, "policy")
    for selector, file in [
        ('details.ex-report[data-ex-template*="policy_steps.csv"]', "policy_steps"),
        ("dd details.ex-report", "glossary"),
    ]:
        wait_until(page, f"!!document.querySelector('{selector}')", 30)
        panel = page.locator(selector).first
        panel.locator("summary").click()
        wait_until(page, f"!!document.querySelector('{selector} .ex-report-text')?.textContent")
        text = panel.locator(".ex-report-text").inner_text()
        assert re.search(rf"File: data/{file}\.csv\nRow id: \S", text), text


SOURCE_CITE = ".ex-sources > li details.ex-source-cite"


def source_citation(source_id: str, lang: str) -> dict:
    """What the data says the source's citation is, in `lang` (source_citing.py)."""
    from explainer.components.i18n import language
    from explainer.data.loading import load_story
    from explainer.sections.source_citing import source_citations

    with language(lang):
        return source_citations(load_story(language=lang), load_story())[source_id]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_source_is_cited_from_a_file_fetched_on_first_opening(page, edition, lang):
    """The page holds no source's citation; opening one fetches the language's file once, from
    the page's own host, and shows the source's citation in each style, ready to copy."""
    granted(page)
    fetched = []
    page.on(
        "request",
        lambda request: fetched.append(request.url) if "source-cites" in request.url else None,
    )
    card = open_event_card(page, edition, lang)
    assert "explainerSourceCites" not in page.content()
    assert fetched == []
    items = card.locator(".ex-sources > li")
    dated, undated = items.nth(0), items.nth(4)  # The Verge, 18 June 2018; GeekWire, no date
    for item, source_id in [
        (dated, "theverge-20180618-dismayed"),
        (undated, "geekwire-nd-dismayed"),
    ]:
        cite = item.locator("details.ex-source-cite")
        assert cite.get_attribute("data-ex-source") == source_id
        cite.locator("summary").click()
        wait_until(
            page,
            "[...document.querySelectorAll('.ex-source-cite[open] [data-ex-style=chicago]')]"
            ".some((node) => node.textContent)",
        )
        expected = source_citation(source_id, lang)
        for style in ("mla", "apa", "chicago"):
            shown = cite.locator(f'[data-ex-style="{style}"]').inner_text()
            if "@@ACCESSED@@" in expected["styles"][style]:
                before, after = expected["styles"][style].split("@@ACCESSED@@")
                assert shown.startswith(before) and shown.endswith(after), (style, shown)
                assert str(date.today().year) in shown[len(before) :]
            else:
                assert shown == expected["styles"][style], style
        ris = cite.locator('[data-ex-file="ris"]').get_attribute("href")
        assert ris.startswith("data:") and "%40%40" not in ris
        cite.locator(".ex-cite-style").first.get_by_role("button", name=COPY[lang]).click()
        wait_until(
            page,
            "!![...document.querySelectorAll('.ex-source-cite .ex-copy-status')]"
            ".find((node) => node.textContent)",
        )
        assert (
            page.evaluate("navigator.clipboard.readText()")
            == cite.locator('[data-ex-style="mla"]').inner_text()
        )
    assert len(fetched) == 1, fetched
    assert urlsplit(fetched[0]).netloc == urlsplit(page.url).netloc
    assert f"explainer-source-cites.{lang}.js" in fetched[0]
    assert serious_violations(page) == []
