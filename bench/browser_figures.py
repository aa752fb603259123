"""In a browser: time to interactive of each page and interaction latency, per page."""

from __future__ import annotations

import json
import statistics

from server_load import kernel_count, percentile, say, settle

from explainer.components import i18n
from explainer.components.i18n import LANGUAGES
from explainer.site import SECTIONS, url
from explainer.tooling.serving import launch_chromium

# the pages that draw a view in the browser (slug: view): the chart and comparison views and the
# lesson's presenter
VIEWS = {s.slug: s.view for s in SECTIONS if s.view}


# Playwright's wait_for_selector polls every 500 ms once a wait passes ~0.3 s, which would add up to
# half a second of error to each load. So the page itself notes when the ready marker appeared
# (a MutationObserver from an init script) and when the frame after it had been painted.
READY_PROBE = """(() => {
  const selector = %s;
  const check = () => {
    const mounts = document.querySelector("[data-explainer-view][data-mounted]");
    if (window.__benchAdoptedAt === undefined && mounts
        && !document.querySelector("[data-explainer-view][data-mounted]:not([data-adopted])")) {
      window.__benchAdoptedAt = performance.now();  // the kernel's widget took the view over
    }
    if (window.__benchReadyAt !== undefined || !document.querySelector(selector)) return;
    window.__benchReadyAt = null;
    const note = () => { window.__benchReadyAt = performance.now(); };
    requestAnimationFrame(() => setTimeout(note, 0));
  };
  const watch = { subtree: true, childList: true, attributes: true };
  new MutationObserver(check).observe(document, watch);
})();"""


def load_time(browser, url, ready_selector, kernel=False):
    """Seconds from navigation start until the page's ready marker is drawn, in a fresh context,
    and until the kernel's widgets adopted the views drawn from the page (None: no such view).
    `kernel`: the page has a kernel, so stay a moment, as a reader does, to see its widgets."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(READY_PROBE % json.dumps(ready_selector))
    page = context.new_page()
    page.goto(url, wait_until="commit")
    page.wait_for_selector(ready_selector, timeout=120_000)
    ready_ms = None
    for _ in range(100):
        ready_ms = page.evaluate("window.__benchReadyAt")
        if ready_ms:
            break
        page.wait_for_timeout(20)
    if not ready_ms:
        raise RuntimeError(f"{url}: the ready probe did not report")
    page.wait_for_timeout(1500 if kernel else 100)
    adopted_ms = page.evaluate("window.__benchAdoptedAt")
    page.close(run_before_unload=True)  # and leave as a tab closes, so Voila's unload beacon fires
    context.close()
    return ready_ms / 1000, (adopted_ms / 1000 if adopted_ms else None)


def time_to_interactive(browser, pages, runs, process=None, kernel=False):
    """Per page, the median of `runs` fresh loads, taken in rounds: each round loads every page
    once (the order rotating), on a settled server, so the baseline and
    the sections are timed under the same conditions."""
    times = {name: [] for name in pages}
    adopted = {name: [] for name in pages}
    names = list(pages)
    full = kernel_count(process) if process is not None else None
    for run in range(runs):
        if process is not None:
            settle(process, kernels=full)
        order = names[run % len(names) :] + names[: run % len(names)]
        say(f"time to interactive, round {run + 1} of {runs}: {', '.join(order)}")
        for name in order:
            ready, taken_over = load_time(browser, *pages[name], kernel=kernel)
            times[name].append(ready)
            if taken_over is not None:
                adopted[name].append(taken_over)
    return {
        name: (statistics.median(t), t, statistics.median(adopted[name]) if adopted[name] else None)
        for name, t in times.items()
    }


SEARCH_WORD = {"en": "letter", "es": "carta"}  # a word several events' text has, in each language


def interact(page, view, lang="en"):
    """Drive each page's controls the way a reader does (`lang`: the page's language, which names
    its controls); return the latencies it recorded."""
    root = page.locator(f".ex-{view}")

    def named(msgid):  # a control's name on this page
        return say_in(lang, msgid)

    if view == "timeline":
        for label in page.locator(".ex-groups label").all()[:4]:
            label.click()
            label.click()
        for _ in range(8):
            root.get_by_role("button", name=named("Next ▶")).click()
        root.get_by_role("combobox", name=named("Zoom")).select_option("june-2018")
        root.get_by_label(named("Search events")).fill(SEARCH_WORD[lang])
    elif view == "quotes":
        for option in root.get_by_label(named("Compare")).locator("option").all()[:4]:
            root.get_by_label(named("Compare")).select_option(option.get_attribute("value"))
        for button in root.locator(".ex-checklist button").all()[:4]:
            button.click()
        root.get_by_label(named("Printing B")).select_option(index=1)
    elif view == "policy":
        for _ in range(7):
            root.get_by_role("button", name=named("Next step ▶")).click()
        for label in root.locator(".ex-groups label").all()[:3]:
            label.click()
            label.click()
    elif view == "presenter":
        for _ in range(6):
            root.get_by_role("button", name=named("Next ▶")).click()
        for _ in range(2):
            root.get_by_role("button", name=named("◀ Back")).click()
        root.locator(".ex-slide").focus()
        for key in ("End", "Home", "ArrowRight", "Space", "ArrowLeft"):
            page.keyboard.press(key)
    page.wait_for_timeout(200)
    return page.evaluate("window.__explainerLatencies || []")


def say_in(lang, msgid):
    """An interface string as a page in `lang` shows it (from the catalog the pages use)."""
    with i18n.language(lang):
        return i18n._(msgid)


def latency(browser, page_url, view, lang="en"):
    """Interaction latencies (ms) on one fresh load of a page, driven as a reader does."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(page_url)
    page.wait_for_selector(f".ex-{view}[data-ready='true']", timeout=120_000)
    page.evaluate("window.__explainerLatencies = []")
    latencies = interact(page, view, lang)
    context.close()
    return latencies


def browser_measurements(
    label, base_url, runs, latency_runs, static=False, process=None, baseline=False
):
    """Time to interactive (median of `runs` fresh loads) and interaction latency p95 per page
    (median of `latency_runs` fresh loads' p95)."""
    from playwright.sync_api import sync_playwright

    def address(slug, lang="en"):
        return base_url + url(slug, "static" if static else "voila", from_root=True, lang=lang)

    pages = {}
    if baseline:
        pages["baseline (one slider)"] = (
            base_url + "voila/render/baseline.ipynb",
            ".widget-slider",
        )
    pages["landing"] = (address("landing"), ".ex-landing")
    for slug, view in VIEWS.items():  # drawn: the view, and the footer every page ends with
        pages[slug] = (address(slug), f"body:has(.ex-{view}[data-ready='true']):has(.ex-footer)")
    out = {"tti": {}, "latency": {}}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        timed = time_to_interactive(browser, pages, runs, process, kernel=baseline)
        for name, (median, times, adopted) in timed.items():
            out["tti"][name] = {
                "median_s": round(median, 3),
                "runs_s": [round(t, 3) for t in times],
            }
            if adopted is not None:  # Voila: when the kernel's widget took the drawn view over
                out["tti"][name]["widget_adopted_median_s"] = round(adopted, 3)
        if process is not None:  # as for time to interactive: on a settled server
            settle(process)
        # each language's pages (plain Voila's baseline: English only, as it has no other)
        for lang in LANGUAGES if not baseline else ("en",):
            for slug, view in VIEWS.items():
                name = slug if lang == "en" else f"{lang}-{slug}"
                say(f"{label}: interaction latency, {name}, {latency_runs} loads")
                loads = [
                    latency(browser, address(slug, lang), view, lang) for _ in range(latency_runs)
                ]
                p95s = [percentile(latencies, 0.95) for latencies in loads]
                out["latency"][name] = {
                    "n": len(loads[0]),
                    "loads": latency_runs,
                    "median_ms": round(statistics.median(x for lat in loads for x in lat), 1),
                    "p95_ms": round(statistics.median(p95s), 1),
                    "p95_each_load_ms": [round(p95, 1) for p95 in p95s],
                }
        browser.close()
    return out
