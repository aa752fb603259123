"""Share and print: the Share dialog's link, copy and QR code, presenter mode's QR code (key Q)
and the printed page, on both editions and in both languages."""

from __future__ import annotations

import re
import subprocess

import pytest
from qr_images import pgm_grey, png_grey, read_qr_codes
from servers import wait_until
from test_accessibility_browser import serious_violations

from explainer.site import url
from explainer.tooling.screenshots import open_reader_page

pytestmark = pytest.mark.browser

# What a view shows, as its root and its controls say: compared before and after sharing.
STATE = """() => {
  const state = { lang: document.documentElement.lang };
  for (const view of document.querySelectorAll('.ex-view'))
    for (const key of ['current', 'diff', 'step', 'term', 'slide'])
      if (view.dataset[key] !== undefined) state[key] = view.dataset[key];
  const all = (selector) => [...document.querySelectorAll(selector)];
  state.checked = all('.ex-view input[type=checkbox]').map((box) => box.checked);
  state.selects = all('.ex-view select').map((menu) => menu.value);
  return state;
}"""


def timeline_moves(page):
    nexts = page.locator(".ex-timeline .ex-stepper button")
    nexts.last.click()
    nexts.last.click()
    page.locator(".ex-timeline .ex-groups input").last.click()  # not the chosen event's group


def quotes_moves(page):
    menus = page.locator(".ex-quotes .ex-controls select")
    menus.first.select_option(index=1)  # another pair of printings' words
    menus.last.select_option(index=menus.last.locator("option").count() - 1)


def policy_moves(page):
    page.locator(".ex-policy .ex-stepper button").last.click()
    page.locator(".ex-policy .ex-stepper button").last.click()
    page.locator(".ex-policy .ex-groups input").first.click()


def presenter_moves(page):
    page.locator(".ex-presenter .ex-slide").click()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")


MOVES = {
    "timeline": timeline_moves,
    "quotes": quotes_moves,
    "policy": policy_moves,
    "presenter": presenter_moves,
}


def page_path(edition, slug: str, lang: str = "en") -> str:
    return url(slug, edition.name, from_root=True, lang=lang)


def open_share(page) -> str:
    """Open the Share dialog from the header; the link it offers."""
    page.locator("#ex-share").click()
    wait_until(page, "document.getElementById('ex-share-dialog').open")
    return page.locator("#ex-share-link").input_value()


def decode_qr(png: bytes) -> list[str]:
    return read_qr_codes(*png_grey(png))


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("view", list(MOVES))
def test_share_link_opens_the_same_view(browser, edition, view, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        edition.open(page, view, lang=lang)
        MOVES[view](page)
        shown = page.evaluate(STATE)
        link = open_share(page)
        assert link.startswith(edition.base_url)
        if lang == "es":
            assert ("lang=es" in link) if edition.name == "voila" else ("/es/" in link)
        other = context.new_page()
        open_reader_page(other, "", link)
        assert other.evaluate(STATE) == shown
    finally:
        context.close()


@pytest.mark.parametrize(
    "slug", ["landing", "timeline", "quotes", "policy", "lesson", "corrections", "translation"]
)
def test_every_page_offers_its_own_link(page, edition, slug):
    page.goto(edition.base_url + page_path(edition, slug, "es"))
    link = open_share(page)
    assert link == page.url
    assert page.locator("#ex-share-dialog h2").inner_text() == "Compartir esta vista"


def test_qr_code_decodes_to_the_link(page, edition):
    edition.open(page, "timeline", lang="es")
    timeline_moves(page)
    link = open_share(page)
    qr = page.locator("#ex-share-dialog [data-ex-qr]")
    wait_until(page, "document.querySelector('[data-ex-qr]').dataset.state === 'drawn'")
    assert qr.get_attribute("data-link") == link
    assert decode_qr(qr.locator("svg").screenshot()) == [link]


def test_dialog_is_keyboard_accessible_and_passes_axe(page, edition):
    edition.open(page, "policy")
    page.locator("#ex-share").focus()
    page.keyboard.press("Enter")
    wait_until(page, "document.getElementById('ex-share-dialog').open")
    assert page.evaluate("document.activeElement.id") == "ex-share-link"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Copy link"
    wait_until(page, "document.querySelector('[data-ex-qr]').dataset.state === 'drawn'")
    assert serious_violations(page) == []
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('ex-share-dialog').open")
    assert page.evaluate("document.activeElement.id") == "ex-share"


def test_copy_uses_the_clipboard(browser, edition):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        edition.open(page, "quotes")
        link = open_share(page)
        page.get_by_role("button", name="Copy link").click()
        wait_until(page, "document.querySelector('.ex-share-status').dataset.result")
        assert page.locator(".ex-share-status").get_attribute("data-result") == "clipboard"
        assert page.locator(".ex-share-status").inner_text() == "Link copied."
        assert page.evaluate("navigator.clipboard.readText()") == link
    finally:
        context.close()


def test_copy_without_the_clipboard_api_falls_back(page, edition):
    """A school network's plain http has no navigator.clipboard: the copy command, and if that
    fails too, the link selected and "Press Ctrl+C"."""
    edition.open(page, "quotes", lang="es")
    page.evaluate("Object.defineProperty(navigator, 'clipboard', { value: undefined })")
    link = open_share(page)
    status = page.locator(".ex-share-status")
    page.locator('[data-ex-share="copy"]').click()
    assert status.get_attribute("data-result") == "command"
    page.evaluate("document.execCommand = () => false")
    page.locator('[data-ex-share="copy"]').click()
    assert status.get_attribute("data-result") == "manual"
    assert "Ctrl+C" in status.inner_text()
    field = "document.activeElement"
    selected = f"{field}.value.slice({field}.selectionStart, {field}.selectionEnd)"
    assert page.evaluate(selected) == link


@pytest.mark.parametrize("lang", ["en", "es"])
def test_presenter_q_shows_a_large_qr_of_the_slide(page, edition, lang):
    presenter = edition.open(page, "presenter", lang=lang)
    presenter_moves(page)
    assert "Q" in presenter.locator(".ex-key-hint").inner_text()
    page.keyboard.press("q")
    panel = presenter.locator(".ex-slide-qr")
    wait_until(page, "document.querySelector('.ex-slide-qr .ex-qr').dataset.state === 'drawn'")
    link = page.url
    assert "slide=3" in link
    assert panel.locator(".ex-slide-qr-link").inner_text() == link
    code = panel.locator("svg")
    assert code.bounding_box()["height"] >= 0.6 * 900
    assert decode_qr(code.screenshot()) == [link]
    page.keyboard.press("Escape")
    assert panel.is_hidden()


CONTROLS = """() => [...document.querySelectorAll(
  'button, select, input, .ex-header, .ex-language, #ex-share, .ex-groups, .ex-action')]
  .filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize("view", ["quotes", "policy"])
def test_print_shows_no_controls_and_the_link(page, edition, view):
    edition.open(page, view)
    page.emulate_media(media="print")
    assert page.evaluate(CONTROLS) == []
    block = page.locator(".ex-print-share")
    wait_until(page, "document.querySelector('[data-ex-print-qr]').dataset.state === 'drawn'")
    assert block.is_visible()
    assert block.locator(".ex-print-link").inner_text() == page.url
    external = page.locator("a[data-ex-print-url]")
    assert external.count() > 0
    assert "https://" in page.evaluate(
        "getComputedStyle(document.querySelector('a[data-ex-print-url]'), '::after').content"
    )


def pdf_pages_text(pdf: bytes) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return text.split("\f")


def first_page_codes(pdf: bytes) -> list[str]:
    """The QR codes on a PDF's first page, drawn in grey at 200 dpi by pdftoppm."""
    page = subprocess.run(
        ["pdftoppm", "-gray", "-r", "200", "-f", "1", "-l", "1", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout
    return read_qr_codes(*pgm_grey(page))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_printed_timeline_has_page_numbers_urls_and_the_qr(page, edition, lang):
    edition.open(page, "timeline", lang=lang)
    timeline_moves(page)
    page.locator("#ex-share").focus()  # writes the reader's place into the address
    wait_until(page, "Boolean(window.explainerQR)")
    pdf = page.pdf(format="A4")
    pages = [p for p in pdf_pages_text(pdf) if p.strip()]
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert re.search(rf"\b{number} ?/ ?{len(pages)}\b", text), text[-200:]
    whole = "\n".join(pages)
    assert "(https://" in whole
    for control in ("High contrast", "Alto contraste", "Copy link", "Copiar enlace"):
        assert control not in whole
    assert first_page_codes(pdf) == [page.url]
