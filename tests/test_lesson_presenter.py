"""Presenter mode on a projector, folded answers, and the handouts linked from the site."""

from __future__ import annotations

import os
import shutil
import subprocess
from urllib.parse import urljoin

import pytest

from explainer.sections.lesson import load_lesson, presenter_slides

pytestmark = pytest.mark.browser

HANDOUT_FILES = sorted(
    f"{who}{kind}" for who in ("student", "teacher") for kind in (".html", "-a4.pdf", "-letter.pdf")
)
LEGIBLE_PX = 24  # the smallest slide text that still reads from the back of a classroom
SLIDE_BOX = """() => {
  const root = document.querySelector(".ex-presenter");
  const stage = root.querySelector(".ex-slide");
  const box = stage.getBoundingClientRect();
  const texts = [...stage.querySelectorAll("*")].filter((e) => e.childNodes.length
    && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
  return {
    slide: Number(root.dataset.slide), title: stage.querySelector(".ex-slide-title").textContent,
    top: box.top, left: box.left, bottom: box.bottom, right: box.right,
    width: innerWidth, height: innerHeight,
    stageOverflow: stage.scrollHeight - stage.clientHeight,
    stageWide: stage.scrollWidth - stage.clientWidth,
    rootOverflow: root.scrollHeight - root.clientHeight,
    smallest: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
    presenting: document.fullscreenElement === root || root.classList.contains("ex-presenting"),
  };
}"""


def start_presenting(page, edition, width: int, height: int):
    page.set_viewport_size({"width": width, "height": height})
    presenter = edition.open(page, "presenter")
    button = page.get_by_role("button", name="Present full screen").first
    assert button.bounding_box()["y"] < 1500, "the presenter button sits at the top of the lesson"
    button.click()
    page.wait_for_timeout(300)  # full screen settles, the type is fitted
    return presenter


@pytest.mark.parametrize("width, height", [(1024, 768), (1366, 768)])
def test_every_slide_fits_the_projector_screen(page, edition, story, width, height):
    start_presenting(page, edition, width, height)
    total = len(presenter_slides(story))
    seen = []
    for number in range(1, total + 1):
        box = page.evaluate(SLIDE_BOX)
        assert box["presenting"] and box["slide"] == number, box
        where = f"slide {number} ({box['title']}) at {width}x{height}"
        assert box["top"] >= 0 and box["left"] >= 0, where
        assert box["bottom"] <= box["height"] and box["right"] <= box["width"], where
        assert box["stageOverflow"] <= 1 and box["stageWide"] <= 1, f"{where} scrolls"
        assert box["rootOverflow"] <= 1, f"{where}: the presenter scrolls"
        assert box["smallest"] >= LEGIBLE_PX, f"{where}: {box['smallest']} px text"
        seen.append(box["title"])
        page.keyboard.press("ArrowRight")  # no click needed: the keys work at once
    assert seen[-1] == "Exit ticket" and len(seen) == total


def test_keys_move_slides_as_soon_as_presenting_starts(page, edition):
    presenter = start_presenting(page, edition, 1366, 768)
    assert presenter.get_attribute("data-keys") == "ready"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Space")
    assert presenter.get_attribute("data-slide") == "3"
    page.keyboard.press("ArrowLeft")
    assert presenter.get_attribute("data-slide") == "2"
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert presenter.get_attribute("data-presenting") == "false"


def test_the_page_says_when_keys_need_a_click(page, edition):
    presenter = edition.open(page, "presenter")
    hint = presenter.locator(".ex-key-hint")
    assert presenter.get_attribute("data-keys") == "need-click"
    assert hint.is_visible() and "Click the slide" in hint.inner_text()
    presenter.locator(".ex-slide").click()
    assert presenter.get_attribute("data-keys") == "ready"
    assert "Click" not in hint.inner_text()
    page.keyboard.press("ArrowRight")
    assert presenter.get_attribute("data-slide") == "2"


def test_answers_and_teacher_notes_are_folded(page, edition):
    edition.open(page, "presenter")
    lesson = load_lesson()
    answers = page.locator(".ex-lesson details.ex-answer")
    expected = (
        len(lesson["warmup"]["questions"])
        + len(lesson["quote_activity"]["questions"])
        + len(lesson["discussion"])
        + 2  # lateral reading and exit ticket
    )
    assert answers.count() == expected
    assert page.locator(".ex-lesson details.ex-answer[open]").count() == 0
    labels = {answers.nth(i).locator("summary").inner_text() for i in range(answers.count())}
    assert labels == {"Show answer", "Show teacher note"}
    first = lesson["warmup"]["questions"][0]["answer"]
    assert page.get_by_text(first[:40]).first.is_hidden()
    answers.first.locator("summary").click()
    assert page.get_by_text(first[:40]).first.is_visible()


def pdf_text(data: bytes, tmp_path) -> tuple[int, str]:
    """The page count and text of a PDF, read with poppler's pdfinfo and pdftotext."""
    if not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils is missing; .ci/run should install it")
        pytest.skip("poppler-utils is missing (apt-get install poppler-utils)")
    path = tmp_path / "handout.pdf"
    path.write_bytes(data)

    def run(*command: str) -> str:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout

    info = run("pdfinfo", str(path))
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:"))[6:])
    return pages, run("pdftotext", str(path), "-")


@pytest.mark.parametrize("where", ["landing", "lesson"])
def test_handouts_are_linked_and_served(page, edition, where, tmp_path):
    if where == "landing":
        edition.open(page, None)
    else:
        edition.open(page, "presenter")
    links = page.locator('nav[aria-label="Handouts"] a')
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    names = sorted(h.rsplit("/", 1)[-1] for h in hrefs)
    assert names == HANDOUT_FILES
    for link in hrefs:
        url = urljoin(page.url, link)
        response = page.request.get(url)
        assert response.status == 200, url
        body = response.body()
        if url.endswith(".pdf"):
            assert response.headers["content-type"] == "application/pdf", url
            pages, words = pdf_text(body, tmp_path)
            assert pages > 1 and "Page 1 of" in words and f"Page {pages} of {pages}" in words
            assert "https://" in words, "links are printed with their addresses"
            if "student" in url:
                assert "Name:" in words and "Class:" in words and "Date:" in words
                assert "Show answer" not in words
        else:
            assert body.startswith(b"<!DOCTYPE html>"), url
