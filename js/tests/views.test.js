// The views' parts that work without a page: filtering and chart updates, comparing printings,
// fitting a slide's type.
import assert from "node:assert/strict";
import { test } from "node:test";
import { largestFit, SLIDE_MOVES, slideContent } from "../src/presenter/slides.js";
import { comparison, describe, markedRuns, outletNames } from "../src/quotes/printings.js";
import {
  chartTime,
  eventMatches,
  labelPlaces,
  laneLooks,
  laneTraces,
  ringPlace,
  ringUpdate,
} from "../src/timeline/events.js";
import { html, installFakeDom } from "./fake-dom.js";

installFakeDom();

const EVENT = {
  id: "letter",
  group: "employees",
  era: "june-2018",
  title: "Employees' letter",
  description: "More than 100 employees sign a letter.",
  actors: "",
  when: "19 June 2018",
  group_label: "Microsoft employees",
  sources: [{ publisher: "The Example", title: "Workers <protest>" }],
  x: "2018-06-19T13:00",
};

test("chartTime reads plotly's dates and the events' dates alike, as local time", () => {
  assert.equal(chartTime("2018-06-17"), new Date(2018, 5, 17).getTime());
  assert.equal(chartTime("2018-06-17 13:00:00.5"), new Date(2018, 5, 17, 13, 0, 0, 500).getTime());
  assert.equal(
    chartTime("2018-06-17 13:00:00.123456"),
    new Date(2018, 5, 17, 13, 0, 0, 123).getTime(),
  );
  assert.equal(chartTime("2018-06-17T13:00"), new Date(2018, 5, 17, 13).getTime());
});

test("eventMatches needs the group ticked, the era chosen and the search in the event's text", () => {
  const all = { groups: new Set(["employees"]), era: "all", search: "" };
  assert.ok(eventMatches(EVENT, all));
  assert.ok(!eventMatches(EVENT, { ...all, groups: new Set(["press"]) }));
  assert.ok(eventMatches(EVENT, { ...all, era: "june-2018" }));
  assert.ok(!eventMatches(EVENT, { ...all, era: "earlier" }));
  assert.ok(eventMatches(EVENT, { ...all, search: "workers <protest>" }));
  assert.ok(eventMatches(EVENT, { ...all, search: "microsoft employees" }));
  assert.ok(!eventMatches(EVENT, { ...all, search: "nadella" }));
});

test("laneTraces gives each lane its own events, hover text escaped for plotly", () => {
  const lanes = [
    { id: "press", y: "Press" },
    { id: "employees", y: "Employees" },
  ];
  const update = laneTraces(lanes, [
    EVENT,
    { ...EVENT, id: "b", title: "<b>x</b>", when: "20 June" },
  ]);
  assert.deepEqual(update.x, [[], ["2018-06-19T13:00", "2018-06-19T13:00"]]);
  assert.deepEqual(update.y, [[], ["Employees", "Employees"]]);
  assert.deepEqual(update.customdata[1], [
    ["letter", "19 June 2018"],
    ["b", "20 June"],
  ]);
  assert.deepEqual(update.text[1], ["Employees' letter", "&lt;b&gt;x&lt;/b&gt;"]);
});

test("ringUpdate moves the named ring to the event, or hides it", () => {
  const shapes = [{ name: "era-1" }, { name: "ring" }];
  assert.deepEqual(ringUpdate(shapes, "ring", EVENT, "Employees"), {
    "shapes[1].visible": true,
    "shapes[1].xanchor": "2018-06-19T13:00",
    "shapes[1].yanchor": "Employees",
  });
  assert.deepEqual(ringUpdate(shapes, "ring", null), { "shapes[1].visible": false });
  assert.deepEqual(ringUpdate(undefined, "ring", EVENT, "Employees"), {});
});

test("ringPlace puts the ring on the event's point, or hides it", () => {
  assert.deepEqual(ringPlace(EVENT, 4), { visible: true, xanchor: "2018-06-19T13:00", yanchor: 4 });
  assert.deepEqual(ringPlace(null), { visible: false });
});

test("labelPlaces maps the y axis's fixed range onto the plot, from the chart's top", () => {
  const layout = {
    height: 418,
    margin: { t: 8, b: 74, l: 8, r: 12 },
    yaxis: { range: [-0.5, 6.5] },
  };
  const places = labelPlaces(layout, [6.5, 3, -0.5]);
  assert.deepEqual(places, { left: 8, right: 12, tops: [8, 8 + 168, 8 + 336] });
  const big = labelPlaces({ ...layout, margin: { ...layout.margin, b: 90 } }, [3]);
  assert.equal(big.tops[0], 8 + 160); // a taller bottom margin: a shorter plot
});

const GROUP = {
  members: [
    { text: "we are dismayed", source: { publisher: "Wire" } },
    { text: "we are dismayed and disappointed", source: { publisher: "Wire" } },
  ],
  comparisons: {
    "0-1": {
      relation: "excerpt",
      shorter: "left",
      similarity: 1,
      runs: [
        ["same", "we are dismayed"],
        ["not-in-left", " and disappointed"],
      ],
    },
  },
};

test("comparison reads a stored pair either way round, sides swapped", () => {
  assert.equal(comparison(GROUP, 0, 1), GROUP.comparisons["0-1"]);
  const swapped = comparison(GROUP, 1, 0);
  assert.equal(swapped.shorter, "right");
  assert.deepEqual(swapped.runs, [
    ["same", "we are dismayed"],
    ["not-in-right", " and disappointed"],
  ]);
  assert.deepEqual(comparison(GROUP, 1, 1).runs, [["same", "we are dismayed and disappointed"]]);
});

test("outletNames tells one outlet's two printings apart; describe names the shorter one", () => {
  const names = outletNames(GROUP.members[0], GROUP.members[1]);
  assert.deepEqual(names, { A: "Wire (printing A)", B: "Wire (printing B)" });
  assert.equal(
    describe(comparison(GROUP, 0, 1), names),
    "Wire (printing A) printed only part of what Wire (printing B) printed, word for word the same. " +
      "The rest is shown in grey, as not printed by Wire (printing A).",
  );
});

test("markedRuns shows each side its own runs, the unprinted words in grey with their outlet", () => {
  const runs = [
    ["same", "a "],
    ["left", "b"],
    ["right", "c"],
    ["not-in-left", " d"],
  ];
  const names = { A: "Wire", B: "Daily" };
  assert.equal(
    html(markedRuns(runs, names, "A")),
    'a <del><span class="ex-sr"> [changed, only in A: </span>b<span class="ex-sr">] </span></del>',
  );
  assert.match(
    html(markedRuns(runs, names, "B")),
    /^a <ins>.*c.*<\/ins><span class="ex-unprinted" data-not-printed-by="Wire">.* d.*<\/span>$/,
  );
  assert.equal(markedRuns(runs, names).length, 4);
});

test("largestFit finds the largest size that fits, trying high first and never low", () => {
  const tried = [];
  const fitsUpTo = (limit) => (size) => {
    tried.push(size);
    return size <= limit;
  };
  assert.equal(largestFit(24, 64, fitsUpTo(100)), 64);
  assert.deepEqual(tried, [64]);
  for (const limit of [24, 25, 37, 63]) assert.equal(largestFit(24, 64, fitsUpTo(limit)), limit);
  tried.length = 0;
  assert.equal(largestFit(24, 64, fitsUpTo(10)), 24);
  assert.ok(!tried.includes(24));
});

test("slideContent draws a quote, a list or paragraphs; SLIDE_MOVES steps both ways", () => {
  assert.equal(
    html(slideContent({ kind: "quote", title: "T", lines: ["<q>"], when: "2018" })),
    '<p class="ex-slide-when">2018</p><h2 class="ex-slide-title">T</h2><blockquote class="ex-slide-quote">&lt;q&gt;</blockquote>',
  );
  assert.match(
    html(slideContent({ kind: "list", title: "T", lines: ["a", "b"], note: "n" })),
    /<ol class="ex-slide-list"><li>a<\/li><li>b<\/li><\/ol><p class="ex-slide-note">n<\/p>$/,
  );
  assert.match(
    html(slideContent({ kind: "text", title: "T", lines: ["a"] })),
    /<p class="ex-slide-text">a<\/p>$/,
  );
  assert.equal(SLIDE_MOVES.ArrowRight + SLIDE_MOVES.ArrowLeft, 0);
  assert.equal(SLIDE_MOVES[" "], 1);
});

test("laneLooks hides an unticked lane's points from sight, hover and clicks, and restores them", () => {
  const looks = laneLooks([true, false], ["<b>%{text}</b>", "<i>%{text}</i>"]);
  assert.deepEqual(looks.opacity, [1, 0]);
  assert.deepEqual(looks.hoverinfo, ["all", "skip"]);
  // plotly honours hoverinfo "skip" only for a trace with no hover template
  assert.deepEqual(looks.hovertemplate, ["<b>%{text}</b>", ""]);
});
