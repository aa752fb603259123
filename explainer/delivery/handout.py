"""The student and teacher handouts as print-ready HTML and PDF (A4 and Letter), in each language.

`make static` puts them into the static site (handouts/, and handouts/es/ for the Spanish) and
`python -m explainer assets` into the Voila template's static/generated/ folder (generated/es/);
both copy them from build/handout/ (build/handout/es/), where a PDF is printed again only when
its HTML has changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from explainer.components.escaping import text
from explainer.components.i18n import ENGLISH, LANGUAGES, _, current_language, language
from explainer.data.loading import load_story
from explainer.paths import HANDOUT_DIR
from explainer.sections.lesson import (
    HANDOUTS,
    PAPERS,
    handout_file,
    lesson_html,
    load_lesson,
    plain,
)

PRINT_CSS = """
@page { margin: 15mm 14mm; }
html { font-family: Georgia, "Times New Roman", serif; font-size: 11.5pt; color: #000; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 0.3rem; } h2 { font-size: 1.2em; margin: 1.2rem 0 0.4rem;
  border-bottom: 1px solid #000; break-after: avoid; } h3 { font-size: 1.05em; break-after: avoid; }
a { color: #000; } blockquote { margin: 0.3rem 0 0.3rem 1rem; font-style: italic; }
figure { margin: 0.5rem 0; break-inside: avoid; } figcaption { font-size: 0.9em; }
li, tr, dt, dd, .ex-answer { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #666; padding: 3pt 5pt;
  text-align: left; vertical-align: top; } td small { font-size: 0.85em; }
.ex-write { border-bottom: 1px solid #000; height: 1.9em; }
.ex-answer { border-left: 3pt solid #000; padding: 0 0 0 6pt; margin: 3pt 0 8pt; }
.ex-answer summary { font-weight: bold; list-style: none; }
.ex-source-note { font-size: 0.85em; }
.ex-kind { font-size: 0.9em; text-transform: uppercase; letter-spacing: 0.05em; }
.ex-name-line { display: flex; align-items: flex-end; gap: 0 6pt; margin: 0 0 12pt; }
.ex-fill-label { font-weight: bold; }
.ex-fill { border-bottom: 1px solid #000; height: 1.4em; flex: 3; }
.ex-fill:last-child { flex: 2; }
* { overflow-wrap: break-word; }
@media screen { body { padding: 2rem; } }
@media print { a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em;
  overflow-wrap: anywhere; } }
"""
# Another language's handouts also show our translations beside the quotes.
TRANSLATION_CSS = ".ex-translation { margin: 0.2rem 0 0.3rem 1rem; }\n"
# Chromium prints this at the foot of every PDF page.
FOOTER = (
    '<div style="width: 100%; box-sizing: border-box; padding: 0 14mm; display: flex; '
    'font: 8pt Georgia, serif;">'
    '<span style="flex: 1;">{title}</span>'
    "<span>{page}</span></div>"
)


def footer(title: str) -> str:
    """The PDF pages' footer in the language being built: the title, 'Page 1 of 4'."""
    page = text(_("Page {number} of {total}")).format(
        number='<span class="pageNumber"></span>', total='<span class="totalPages"></span>'
    )
    return FOOTER.format(title=text(title), page=page)


def handout_dir_of(code: str, root: Path | None = None) -> Path:
    """Where one language's handouts are built (root: build/handout/) or published: root, or
    root/es/."""
    root = root or HANDOUT_DIR
    return root if code == ENGLISH else root / code


def handout_page(title: str, body: str) -> str:
    css = PRINT_CSS if current_language() == ENGLISH else PRINT_CSS + TRANSLATION_CSS
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        f"<title>{text(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n"
    )


def build_handouts(out_dir: Path | None = None, pdf: bool = False) -> list[Path]:
    """Write student.html and teacher.html in the language being built, into out_dir (default:
    build/handout/, or build/handout/es/); with pdf=True, A4 and Letter PDFs of each, printed
    again only for a handout whose HTML changed."""
    code = current_language()
    out_dir = out_dir or handout_dir_of(code)
    story, lesson = load_story(language=code), load_lesson()
    out_dir.mkdir(parents=True, exist_ok=True)
    written, changed = [], []
    for audience, label in HANDOUTS:
        body = lesson_html(story, lesson, audience=audience, event_href="")
        target = out_dir / handout_file(audience)
        html = handout_page(f"{plain(lesson['title'])}: {_(label)}", body)
        stale = [out_dir / handout_file(audience, paper) for paper in PAPERS]
        if not target.is_file() or target.read_text(encoding="utf-8") != html:
            target.write_text(html, encoding="utf-8")
            print(f"==> {target}")
        elif all(p.is_file() and p.stat().st_mtime >= target.stat().st_mtime for p in stale):
            stale = []
        written.append(target)
        if pdf and stale:
            changed.append(target)
    if pdf:
        print_pdfs(changed)
        written += [out_dir / handout_file(a, paper) for a, _ in HANDOUTS for paper in PAPERS]
    return written


def print_pdfs(pages: list[Path], browser=None) -> list[Path]:
    """A4 and Letter PDFs of each handout, printed by Chromium (no network), with page numbers
    in the language being built; `browser` is a running Playwright browser to print with."""
    if not pages:
        return []
    if browser is not None:
        return _print(browser, pages)
    from playwright.sync_api import sync_playwright

    from explainer.tooling.serving import launch_chromium

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        try:
            return _print(chromium, pages)
        finally:
            chromium.close()


def _print(browser, pages: list[Path]) -> list[Path]:
    written = []
    page = browser.new_page()
    for html in pages:
        page.goto(html.as_uri())
        foot = footer(page.title())
        for paper in PAPERS:
            target = html.with_name(handout_file(html.stem, paper))
            page.pdf(
                path=str(target),
                format=paper,
                print_background=False,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=foot,
            )
            written.append(target)
            print(f"==> {target}")
    page.close()
    return written


def build_all_handouts(pdf: bool = False) -> list[Path]:
    """Every language's handouts, into build/handout/ (the English) and build/handout/LANG/."""
    built = []
    for code in LANGUAGES:
        with language(code):
            built += build_handouts(pdf=pdf)
    return built


def publish_handouts(target_dir: Path) -> list[Path]:
    """Copy every language's handouts (HTML and, if Chromium can print them, PDFs) into
    target_dir: the English at its top, another language's in target_dir/LANG/."""
    published = []
    for code in LANGUAGES:
        with language(code):
            try:
                built = build_handouts(pdf=True)
            except (FileNotFoundError, ImportError) as err:  # no Chromium: the HTML only
                print(f"==> handout PDFs not printed: {err}")
                built = build_handouts(pdf=False)
        folder = handout_dir_of(code, target_dir)
        folder.mkdir(parents=True, exist_ok=True)
        published += [
            Path(shutil.copy2(path, folder / path.name)) for path in built if path.is_file()
        ]
    return published
