import assert from "node:assert/strict";
import { test } from "node:test";
import { csvCell, fileName, titledLayout, toCsv } from "../src/downloads.js";
import { installFakeDom } from "./fake-dom.js";

installFakeDom();

test("a CSV cell is quoted only when it must be, its quotes doubled", () => {
  assert.equal(csvCell("plain"), "plain");
  assert.equal(csvCell('ACLU sues for "Ms. L."'), '"ACLU sues for ""Ms. L."""');
  assert.equal(csvCell("one, two"), '"one, two"');
  assert.equal(csvCell("line\nbreak"), '"line\nbreak"');
  assert.equal(csvCell(" padded"), '" padded"');
  assert.equal(csvCell(null), "");
  assert.equal(csvCell(1234), "1234");
  assert.equal(csvCell("la política de [[zero tolerance]]"), "la política de zero tolerance");
});

test("a CSV has a byte-order mark, a header row and CRLF line ends", () => {
  const rows = [
    { id: "a", title: "First" },
    { id: "b", title: 'Second, "quoted"' },
  ];
  const text = toCsv(rows, [
    ["event_id", (r) => r.id],
    ["title", (r) => r.title],
  ]);
  assert.equal(text, '\uFEFFevent_id,title\r\na,First\r\nb,"Second, ""quoted"""\r\n');
  assert.equal(toCsv([], [["event_id", (r) => r.id]]), "\uFEFFevent_id\r\n");
});

test("a file name keeps letters, digits and hyphens, without accents", () => {
  assert.equal(
    fileName(["timeline", "june-2018", "", "Nadella letter", "12-events"], "csv"),
    "timeline-june-2018-nadella-letter-12-events.csv",
  );
  assert.equal(fileName(["políticas", "niños"], "png"), "politicas-ninos.png");
  assert.equal(fileName(["../..", "<x>"], "svg"), "x.svg");
  assert.equal(fileName([], "svg"), "explainer.svg");
});

test("an exported chart gets a title, a line under it and the source line, escaped", () => {
  const extra = titledLayout(
    { height: 400, margin: { t: 20, b: 30, l: 8 } },
    "A <b> & B",
    "Shown",
    "Source: x",
  );
  assert.equal(extra.height, 486);
  assert.deepEqual(extra.margin, { t: 78, b: 58, l: 8 });
  assert.equal(extra.title.text, "A &lt;b&gt; &amp; B");
  assert.deepEqual(
    extra.annotations.map((a) => [a.text, a.y, a.yshift]),
    [
      ["Shown", 1, 24],
      ["Source: x", 0, -34],
    ],
  );
});
