"""`make handout`: the student and teacher handouts as print-ready HTML (and PDF, A4 and Letter)."""

from __future__ import annotations

from pathlib import Path

from . import PROJECT_DIR
from .escaping import text
from .lesson import lesson_html, load_lesson
from .loading import load_story

HANDOUT_DIR = PROJECT_DIR / "build" / "handout"
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
* { overflow-wrap: anywhere; }
@media screen { body { padding: 2rem; } }
"""


def handout_page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        f"<title>{text(title)}</title>\n<style>{PRINT_CSS}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n"
    )


def build_handouts(out_dir: Path = HANDOUT_DIR, pdf: bool = False) -> list[Path]:
    """Write student.html and teacher.html (and, with pdf=True, A4 and Letter PDFs of each)."""
    story, lesson = load_story(), load_lesson()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for audience, label in (
        ("student", "Student handout"),
        ("teacher", "Teacher handout, with answers"),
    ):
        body = lesson_html(story, lesson, audience=audience, event_href="")
        target = out_dir / f"{audience}.html"
        target.write_text(handout_page(f"{lesson['title']}: {label}", body), encoding="utf-8")
        written.append(target)
        print(f"==> {target}")
    if pdf:
        written += print_pdfs(written)
    return written


def print_pdfs(pages: list[Path]) -> list[Path]:
    """A4 and Letter PDFs of each handout, printed by Chromium (no network)."""
    from playwright.sync_api import sync_playwright

    from .serving import launch_chromium

    written = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        for html in pages:
            page.goto(html.as_uri())
            for paper in ("A4", "Letter"):
                target = html.with_name(f"{html.stem}-{paper.lower()}.pdf")
                page.pdf(path=str(target), format=paper, print_background=False)
                written.append(target)
                print(f"==> {target}")
        browser.close()
    return written
