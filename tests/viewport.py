"""Browser checks of what is on screen: items in view, words kept whole, chart text."""

from __future__ import annotations

from contextlib import contextmanager

IN_VIEW = """(node) => {
  const box = node.getBoundingClientRect();
  const height = window.innerHeight;
  if (box.height === 0) return false;
  if (box.height > height) return box.top >= -1 && box.top <= height / 4;  // tall: its top shows
  return box.top >= -1 && box.bottom <= height + 1;
}"""

# The words of the visible cells of the tables inside `root` that run over two lines.
BROKEN_WORDS = """(root) => {
  const broken = [];
  for (const cell of root.querySelectorAll('table td, table th')) {
    if (!cell.getClientRects().length) continue;  // a hidden row
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent.closest('.ex-sr') || !parent.getClientRects().length) continue;
      if (parent.closest('details:not([open]) > :not(summary)')) continue;  // a closed panel
      // a line may break at a hyphen or dash: the parts are words
      for (const match of node.data.matchAll(/[^\\s\\-\u2013\u2014/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = new Set(lines.map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""


def wait_in_view(page, locator, seconds: float = 5) -> bool:
    """True once the item is wholly on screen (or, if taller than the screen, its top is)."""
    for _ in range(int(seconds * 10)):
        if locator.evaluate(IN_VIEW):
            return True
        page.wait_for_timeout(100)
    return False


def broken_words(locator) -> list[str]:
    return locator.evaluate(BROKEN_WORDS)


@contextmanager
def sized_page(browser, width: int, height: int):
    """A fresh page of the given screen size."""
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        yield context.new_page()
    finally:
        context.close()
