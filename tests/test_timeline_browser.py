"""The timeline page in Chromium against a running Voila server."""

from __future__ import annotations

import re

import pytest
from servers import foreign_requests, wait_until

pytestmark = pytest.mark.browser


RING_AND_POINTS = """() => {
  const centre = (n) => {
    const r = n.getBoundingClientRect();
    return [r.x + r.width / 2, r.y + r.height / 2];
  };
  const all = (selector) => [...document.querySelectorAll(selector)];
  const rings = all('.ex-chart .shapelayer path')
    .filter((p) => Math.round(p.getBoundingClientRect().width) === 26);
  return { rings: rings.map(centre), points: all('.ex-chart .scatterlayer .point').map(centre) };
}"""


# The chart's markers a reader sees: those of the lanes drawn (an unticked lane's are transparent).
SEEN_POINTS = """[...document.querySelectorAll('.ex-chart .scatterlayer .trace')]
  .filter((t) => Number(getComputedStyle(t).opacity) > 0)
  .reduce((n, t) => n + t.querySelectorAll('.point').length, 0)"""

# The page position of the first marker of a lane (by its id) that lies inside the plot.
LANE_POINT = """(lane) => {
  const chart = document.querySelector('.ex-timeline .ex-chart');
  const index = chart.data.findIndex((t) => t.meta.lane === lane);
  const plot = chart.querySelector('.nsewdrag').getBoundingClientRect();
  const trace = chart.querySelectorAll('.scatterlayer .trace')[index];
  for (const p of trace.querySelectorAll('.point')) {
    const box = p.getBoundingClientRect();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    if (x > plot.left + 10 && x < plot.right - 10) return [x, y];
  }
  return null;
}"""

HOVER_LABELS = "document.querySelectorAll('.ex-chart .hoverlayer .hovertext').length"


SHOWN_ROWS = "document.querySelectorAll('.ex-timeline tbody tr:not([hidden])').length"


def open_timeline(page, edition, query=""):
    return edition.open(page, "timeline", query)


def shown_count(view) -> tuple[int, int]:
    text = view.locator(".ex-count").inner_text()
    shown, total = re.match(r"Showing (\d+) of (\d+) events", text).groups()
    return int(shown), int(total)


def in_default_dates(story, events=None) -> int:
    """How many of the events fall in the dates the chart shows first (the count counts those)."""
    from datetime import datetime

    from explainer.components.formatting import event_instant
    from explainer.sections.timeline import zoom_presets

    start, end = (datetime.fromisoformat(d) for d in zoom_presets(story)[0]["range"])
    return sum(
        start <= event_instant(e) <= end for e in (story.events if events is None else events)
    )


def test_renders_every_event(page, edition, story):
    view = open_timeline(page, edition)
    shown = in_default_dates(story)
    assert 0 < shown < len(story.events)  # the first view starts in 2017; a few events are older
    assert shown_count(view) == (shown, len(story.events))
    assert view.locator("tbody tr:not([hidden])").count() == shown
    assert page.locator(".ex-chart .scatterlayer .point").count() == len(story.events)


def test_filter_changes_the_number_shown(page, edition, story):
    view = open_timeline(page, edition)
    group = story.actor_groups[0]
    members = sum(e.actor_group == group.actor_group_id for e in story.events)
    view.get_by_label(group.label).uncheck()
    kept = [e for e in story.events if e.actor_group != group.actor_group_id]
    expected = in_default_dates(story, kept)
    wait_until(
        page, f"document.querySelector('.ex-count').textContent.startsWith('Showing {expected} ')"
    )
    # the table, off the screen, follows just after the chart and the count are painted
    wait_until(page, f"{SHOWN_ROWS} === {expected}", seconds=5)
    wait_until(page, f"{SEEN_POINTS} === {len(story.events) - members}")
    view.get_by_label("Search events").fill("Nadella")
    page.wait_for_timeout(100)
    shown, _ = shown_count(view)
    assert 0 < shown < expected


def test_an_unticked_group_leaves_hover_and_clicks(page, edition, story):
    """An unticked lane's markers stay in the chart, transparent: hovering or clicking where one
    is shows no label and chooses nothing; ticked again, it answers as before."""
    view = open_timeline(page, edition)
    group = story.actor_groups[0]
    box = view.get_by_label(group.label)

    def lane_point():  # where the lane's first marker is now (ticking may scroll the page)
        page.locator(".ex-timeline .ex-chart").scroll_into_view_if_needed()
        return page.evaluate(LANE_POINT, group.actor_group_id)

    x, y = lane_point()
    page.mouse.move(x, y)
    wait_until(page, f"{HOVER_LABELS} === 1")
    page.mouse.move(5, 5)
    box.uncheck()
    wait_until(page, f"{SEEN_POINTS} < {len(story.events)}")
    x, y = lane_point()
    page.mouse.move(x, y)
    page.wait_for_timeout(300)
    assert page.evaluate(HOVER_LABELS) == 0
    page.mouse.click(x, y)
    page.wait_for_timeout(300)
    assert view.get_attribute("data-current") in (None, "")
    box.check()
    page.mouse.move(5, 5)
    x, y = lane_point()
    page.mouse.move(x, y)
    wait_until(page, f"{HOVER_LABELS} === 1")


def test_next_and_previous_walk_in_date_order(page, edition):
    view = open_timeline(page, edition)
    order = view.locator("tbody tr:not([hidden])").evaluate_all(
        "rows => rows.map(r => r.dataset.event)"
    )
    visited = []
    for _ in range(5):
        view.get_by_role("button", name="Next ▶").click()
        visited.append(view.get_attribute("data-current"))
    assert visited == order[:5]
    view.get_by_role("button", name="◀ Previous").click()
    assert view.get_attribute("data-current") == order[3]
    assert len(page.evaluate(RING_AND_POINTS)["rings"]) == 1  # the chosen event is ringed


def test_the_chosen_event_is_ringed_and_the_ring_follows_the_filters(page, edition, story):
    view = open_timeline(page, edition)
    assert page.evaluate(RING_AND_POINTS)["rings"] == []  # nothing chosen yet
    for _ in range(3):
        view.get_by_role("button", name="Next ▶").click()
    found = page.evaluate(RING_AND_POINTS)
    assert len(found["rings"]) == 1
    (rx, ry) = found["rings"][0]
    assert any(abs(rx - px) < 2 and abs(ry - py) < 2 for px, py in found["points"])
    current = next(e for e in story.events if e.event_id == view.get_attribute("data-current"))
    label = next(g.label for g in story.actor_groups if g.actor_group_id == current.actor_group)
    view.get_by_label(label).uncheck()  # the chosen event is filtered out: so is its ring
    wait_until(
        page, "!document.querySelector('.ex-timeline').matches('[data-last-update-ms=\"\"]')"
    )
    page.wait_for_timeout(300)
    assert page.evaluate(RING_AND_POINTS)["rings"] == []


def test_deep_link_lands_on_the_event(page, edition, story):
    event = sorted(story.events, key=lambda e: e.event_id)[len(story.events) // 2]
    view = open_timeline(page, edition, f"?event={event.event_id}")
    assert view.get_attribute("data-current") == event.event_id
    assert view.locator(".ex-card-title").inner_text() == event.title
    assert view.locator(".ex-notice").is_hidden()


@pytest.mark.parametrize("query", ["?event=no-such-event", "?event=%3Cscript%3E", "?event="])
def test_bad_deep_link_shows_notice_and_whole_timeline(page, edition, story, query):
    view = open_timeline(page, edition, query)
    assert view.locator(".ex-notice").is_visible()
    assert "<script>" not in view.locator(".ex-notice").inner_html()
    assert shown_count(view) == (in_default_dates(story), len(story.events))


def test_no_request_leaves_the_server(page, edition):
    view = open_timeline(page, edition)
    view.get_by_role("button", name="Next ▶").click()
    foreign = foreign_requests(page.requests, edition.base_url)
    assert page.requests and not foreign, foreign


def test_interaction_latency_is_recorded(page, edition, story):
    view = open_timeline(page, edition)
    for group in story.actor_groups[:3]:
        view.get_by_label(group.label).uncheck()
        view.get_by_label(group.label).check()
    for _ in range(6):
        view.get_by_role("button", name="Next ▶").click()
    # each change is recorded once painted, a frame or two after its click
    wait_until(page, "(window.__explainerLatencies || []).length >= 12", seconds=5)
    latencies = page.evaluate("window.__explainerLatencies")
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    median = latencies[len(latencies) // 2]
    print(f"\ntimeline latency: n={len(latencies)} median={median:.1f} ms p95={p95:.1f} ms")


def test_a_corrected_event_links_its_note_to_the_corrections_entry(page, edition, story):
    from playwright.sync_api import expect
    from revision_notes import check_notes, corrected_ids

    from explainer.sections.corrections import entry_anchor

    event_id = corrected_ids(story, "events")[0]
    view = open_timeline(page, edition, f"?event={event_id}")
    notes = view.locator(".ex-card .ex-revisions")
    check_notes(notes, story, "events", event_id, edition)
    entry = story.corrections_for("events", event_id)[-1]
    notes.locator("a.ex-revised").last.click()
    page.wait_for_url(f"**#{entry_anchor(entry)}")
    target = page.locator(f"li[id='{entry_anchor(entry)}']")
    expect(target).to_have_count(1)
    expect(target).to_be_in_viewport()
    assert entry.what_changed in target.inner_text()


def test_an_uncorrected_event_has_no_note(page, edition, story):
    from revision_notes import corrected_ids

    corrected = set(corrected_ids(story, "events"))
    clean = next(e.event_id for e in story.events if e.event_id not in corrected)
    view = open_timeline(page, edition, f"?event={clean}")
    assert view.locator(".ex-card h3").inner_text() == story.event(clean).title
    assert view.locator(".ex-card .ex-revisions").count() == 0


def test_the_card_says_which_sources_count_and_which_relay(page, edition, story):
    from explainer.components.formatting import CONFIDENCE_LABELS
    from explainer.data.evidence import counted_reports, rows_for

    known = {s.source_id for s in story.sources}

    def relayed(event):  # an event whose counted reports include a cited original with relays
        rows = rows_for(story, event.event_id)
        originals = {r.original_report for r in rows if r.relation in ("relay", "copy")}
        return len(counted_reports(rows)) >= 2 and originals & known

    event = next(e for e in sorted(story.events, key=lambda e: e.event_id) if relayed(e))
    rows = rows_for(story, event.event_id)
    view = open_timeline(page, edition, f"?event={event.event_id}")
    box = view.locator(".ex-card details.ex-evidence")
    summary = CONFIDENCE_LABELS[event.confidence].format(n=event.confirmed_by)
    assert summary in box.locator("summary").inner_text()
    box.locator("summary").click()
    counted = box.locator("li[data-report] > .ex-publisher").all_inner_texts()
    assert counted == [story.source(r).publisher for r in counted_reports(rows) if r in known]
    assert len(counted) == len(set(counted)) == event.confirmed_by
    relay = next(r for r in rows if r.relation in ("relay", "copy") and r.original_report in known)
    under = box.locator(f"li[data-report='{relay.original_report}'] .ex-relays")
    assert story.source(relay.source_id).publisher in under.inner_text()
    for row in (r for r in rows if r.relation == "not-counted"):
        assert row.note in box.inner_text()


# --- issue 14: chosen items in view, legible on a projector and a phone --------------------

# The chart's text: plotly's ticks (SVG, painted with `fill`) and the lane names and axis title
# the page draws over the chart (HTML, painted with `color`).
CHART_TEXTS = """() => [...document.querySelectorAll(
  '.ex-chart .xtick text, .ex-chart .ytick text, .ex-chart .ex-lane-name,'
  + '.ex-chart .ex-axis-title')]
  .map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize),
                 fill: getComputedStyle(t)[t instanceof SVGElement ? 'fill' : 'color'] }))"""

MARKERS_IN_PLOT = """() => {
  const plot = document.querySelector('.ex-chart .nsewdrag').getBoundingClientRect();
  return [...document.querySelectorAll('.ex-chart .scatterlayer .point')].filter((p) => {
    const box = p.getBoundingClientRect();
    const x = box.x + box.width / 2;
    return box.width > 0 && x >= plot.left - 1 && x <= plot.right + 1;
  }).length;
}"""


# The centre of a marker well inside the plot area, away from the ringed one.
POINT_IN_PLOT = """() => {
  const plot = document.querySelector('.ex-chart .nsewdrag').getBoundingClientRect();
  const centres = [...document.querySelectorAll('.ex-chart .scatterlayer .point')].map((p) => {
    const box = p.getBoundingClientRect();
    return [box.x + box.width / 2, box.y + box.height / 2];
  });
  const inside = centres.filter(([x, y]) => x > plot.left + 40 && x < plot.right - 40
    && y > plot.top && y < plot.bottom);
  return inside[Math.floor(inside.length / 3)];
}"""


def lane_labels_shown(page, story) -> set[str]:
    texts = " ".join(t["text"] for t in page.evaluate(CHART_TEXTS))
    return {g.label for g in story.actor_groups if g.label in texts}


def test_deep_link_chart_click_and_table_click_bring_the_card_into_view(page, edition, story):
    from viewport import wait_in_view

    late = [e for e in sorted(story.events, key=lambda e: e.date) if e.date.year >= 2018]
    view = open_timeline(page, edition, f"?event={late[0].event_id}")
    card = view.locator(".ex-card")
    assert wait_in_view(page, card), "?event= leaves the card off screen"
    # the page's own smooth scroll to the card has ended: scrollY held still over a poll (250 ms)
    held = "(() => { const same = window.__y === window.scrollY; window.__y = window.scrollY;"
    wait_until(page, held + " return same; })()")

    page.mouse.move(600, 400)
    page.mouse.wheel(0, -20000)  # the reader scrolls back up to the chart
    wait_until(page, "document.querySelector('.ex-chart').getBoundingClientRect().top >= 0")
    page.wait_for_timeout(300)
    x, y = page.evaluate(POINT_IN_PLOT)
    page.mouse.click(x, y)
    wait_until(
        page, f"document.querySelector('.ex-timeline').dataset.current !== '{late[0].event_id}'"
    )
    assert wait_in_view(page, card), "a chart click leaves the card off screen"

    row = view.locator("tbody tr:not([hidden])").nth(60)
    row.scroll_into_view_if_needed()
    row.get_by_role("button").click()
    assert view.get_attribute("data-current") == row.get_attribute("data-event")
    assert wait_in_view(page, card), "a table click leaves the card off screen"


def test_class_mode_arrow_keys_work_at_once(page, edition):
    view = open_timeline(page, edition)
    view.get_by_label("Class mode (large type; arrow keys step)").check()
    page.keyboard.press("ArrowRight")
    first = view.get_attribute("data-current")
    assert first, "ArrowRight right after ticking Class mode chose nothing"
    page.keyboard.press("ArrowRight")
    assert view.get_attribute("data-current") not in ("", first)


def test_plot_area_is_on_screen_at_1366_on_load(browser, edition):
    from viewport import sized_page

    with sized_page(browser, 1366, 768) as page:
        open_timeline(page, edition)
        plot = page.locator(".ex-chart .nsewdrag").bounding_box()
        print(f"\nplot area at 1366x768: y {plot['y']:.0f} to {plot['y'] + plot['height']:.0f}")
        assert plot["y"] >= 0 and plot["y"] + plot["height"] <= 768, plot


def test_chart_text_is_near_black_and_large_in_class_mode(page, edition, story):
    view = open_timeline(page, edition)
    texts = page.evaluate(CHART_TEXTS)
    assert all(t["px"] >= 16 and t["fill"] in ("rgb(26, 26, 26)", "rgb(0, 0, 0)") for t in texts)
    view.get_by_label("Class mode (large type; arrow keys step)").check()
    wait_until(page, "document.querySelector('.ex-chart').dataset.look === 'normal-20'")
    texts = page.evaluate(CHART_TEXTS)
    assert lane_labels_shown(page, story) == {g.label for g in story.actor_groups}
    small = [t for t in texts if t["px"] < 18]
    print(f"\nclass mode chart text: {sorted({t['px'] for t in texts})} px")
    assert texts and not small, small


LANES_AND_NAMES = """() => {
  const middle = (n) => { const r = n.getBoundingClientRect(); return r.y + r.height / 2; };
  const lanes = [...document.querySelectorAll('.ex-chart .scatterlayer .trace')]
    .map((t) => [...t.querySelectorAll('.point')].map(middle)[0] ?? null);
  const names = [...document.querySelectorAll('.ex-chart .ex-lane-name')].map(middle);
  return { lanes, names };
}"""

TITLE_AND_TICKS = """() => {
  const ticks = [...document.querySelectorAll('.ex-chart .xtick text')]
    .map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0)  // not a hidden tick
    .map((r) => r.bottom);
  const title = document.querySelector('.ex-chart .ex-axis-title').getBoundingClientRect();
  const chart = document.querySelector('.ex-chart').getBoundingClientRect();
  return { ticks: Math.max(...ticks), title: [title.top, title.bottom], chart: chart.bottom };
}"""


@pytest.mark.parametrize("class_mode", [False, True])
def test_lane_names_sit_just_above_their_lanes(page, edition, class_mode):
    view = open_timeline(page, edition)
    if class_mode:
        view.get_by_label("Class mode (large type; arrow keys step)").check()
        wait_until(page, "document.querySelector('.ex-chart').dataset.look === 'normal-20'")
        page.wait_for_timeout(100)
    found = page.evaluate(LANES_AND_NAMES)
    lanes, names = found["lanes"], found["names"]
    placed = [i for i, y in enumerate(lanes) if y is not None]  # lanes with a marker shown
    assert len(names) == len(lanes) and len(placed) >= 2, found
    first, last = placed[0], placed[-1]
    pitch = (lanes[last] - lanes[first]) / (last - first)  # one lane, in pixels
    for i in placed:  # each name 0.47 of a lane above its markers (timeline.py)
        assert abs((lanes[i] - names[i]) - 0.47 * pitch) < 3, (i, lanes[i], names[i], pitch)


@pytest.mark.parametrize("class_mode", [False, True])
def test_the_axis_title_stays_under_two_line_hour_ticks(page, edition, class_mode):
    view = open_timeline(page, edition)
    if class_mode:
        view.get_by_label("Class mode (large type; arrow keys step)").check()
        wait_until(page, "document.querySelector('.ex-chart').dataset.look === 'normal-20'")
    view.get_by_role("combobox", name="Zoom").select_option("june-2018")
    wait_until(page, "document.querySelectorAll('.ex-chart .xtick text tspan').length > 0")
    page.wait_for_timeout(100)
    found = page.evaluate(TITLE_AND_TICKS)
    top, bottom = found["title"]
    assert found["ticks"] <= top + 1 and bottom <= found["chart"], found


def test_high_contrast_restyles_the_chart(page, edition):
    open_timeline(page, edition)
    look = """() => {
      const tick = document.querySelector('.ex-chart .xtick text');
      const point = document.querySelector('.ex-chart .scatterlayer .point');
      return { fill: getComputedStyle(tick).fill, stroke: getComputedStyle(point).stroke,
               width: parseFloat(getComputedStyle(point).strokeWidth) };
    }"""
    before = page.evaluate(look)
    page.locator("#ex-contrast").click()
    wait_until(page, "document.querySelector('.ex-chart').dataset.look === 'contrast-16'")
    after = page.evaluate(look)
    assert after["fill"] == "rgb(0, 0, 0)" and after["stroke"] == "rgb(0, 0, 0)", after
    assert after["width"] >= 2 and before["stroke"] != after["stroke"], (before, after)
    page.locator("#ex-contrast").click()  # the switch is remembered: leave it off


@pytest.mark.parametrize("width", [375, 1366, 1920])
def test_the_table_keeps_words_whole(browser, edition, width):
    from viewport import broken_words, sized_page

    with sized_page(browser, width, 900) as page:
        view = open_timeline(page, edition)
        broken = broken_words(view.locator(".ex-table"))
        assert not broken, broken[:20]
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_the_count_is_the_markers_in_the_dates_shown(page, edition):
    view = open_timeline(page, edition)
    for preset in ("june-2018", "story", "everything"):
        view.get_by_role("combobox", name="Zoom").select_option(preset)
        page.wait_for_timeout(300)
        shown, _ = shown_count(view)
        assert shown == page.evaluate(MARKERS_IN_PLOT), preset
        assert view.locator("tbody tr:not([hidden])").count() == shown
    print(f"\ncount with Everything: {view.locator('.ex-count').inner_text()}")


def test_an_empty_search_keeps_the_lanes(page, edition, story):
    view = open_timeline(page, edition)
    view.get_by_label("Search events").fill("no event says this zqx")
    wait_until(page, "document.querySelector('.ex-count').textContent.startsWith('Showing 0 ')")
    page.wait_for_timeout(300)
    assert page.locator(".ex-chart .scatterlayer .point").count() == 0
    assert lane_labels_shown(page, story) == {g.label for g in story.actor_groups}
    assert page.locator(".ex-chart .ytick text").count() == 0  # no numeric axis either


def test_on_a_phone_the_chart_is_readable(browser, edition):
    from viewport import sized_page

    with sized_page(browser, 375, 812) as page:
        open_timeline(page, edition)
        plot = page.locator(".ex-chart .nsewdrag").bounding_box()
        assert plot["width"] >= 250 and plot["height"] >= 250, plot
