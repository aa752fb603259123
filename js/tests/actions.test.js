import assert from "node:assert/strict";
import { test } from "node:test";
import { fullCitation, reportControl, sourceCite } from "../src/actions.js";
import { installFakeDom } from "./fake-dom.js";

installFakeDom("https://example.org/timeline.html");

// Shared forms as citing.part_forms writes them (abridged), and one item's key and title.
const FORMS = {
  styles: { mla: "“@@TITLE@@.” Site.", apa: "@@TITLE@@ (Version 1).", chicago: "“@@TITLE@@.”" },
  bibtex: "@online{@@KEY@@,\n  title = {{@@TITLE@@}}\n}\n",
  ris: "TY  - ELEC\nTI  - @@TITLE@@\nER  -\n",
  csl: '[{"id": "@@KEY@@", "title": "@@TITLE@@"}]',
};

test("an item's citation puts its key and title into the shared forms", () => {
  const cite = fullCitation({ key: "event-x", title: "A $& title", headline: "A $& Title" }, FORMS);
  assert.equal(cite.styles.mla, "“A $& Title.” Site.");
  assert.equal(cite.styles.apa, "A $& title (Version 1).");
  assert.equal(cite.styles.chicago, "“A $& Title.”");
  assert.ok(cite.ris.includes("TI  - A $& title\n"));
  assert.ok(cite.bibtex.startsWith("@online{event-x,"));
});

test("the files escape the title for their format", () => {
  const cite = fullCitation({ key: "k", title: 'Costs {50%} of "R_D"' }, FORMS);
  assert.ok(cite.bibtex.includes('title = {{Costs \\{50\\%\\} of "R\\_D"}}'));
  assert.deepEqual(JSON.parse(cite.csl), [{ id: "k", title: 'Costs {50%} of "R_D"' }]);
  assert.equal(cite.styles.mla, '“Costs {50%} of "R_D".” Site.'); // no headline: the title
});

test("a report names the file and row; the page's link is left for the browser", () => {
  const panel = reportControl("data/events.csv", "ev-1", {});
  assert.equal(panel.localName, "details");
  const report = panel.getAttribute("data-ex-template");
  assert.match(report, /File: data\/events.csv\nRow id: ev-1\nPage: \{link\}\n/);
});

test("with an address or an issue form configured, the report is a link to it", () => {
  const mail = reportControl("data/events.csv", "ev-1", { email: "fix@school.example" });
  assert.equal(mail.localName, "a");
  assert.equal(mail.getAttribute("data-ex-email"), "fix@school.example");
  assert.equal(mail.getAttribute("data-ex-subject"), "Correction: data/events.csv, row ev-1");
  const form = reportControl("data/figures.csv", "f-2", { issue_url: "https://t.example/new" });
  assert.equal(form.getAttribute("data-ex-issue-url"), "https://t.example/new");
});

// Two sources' citations as explainer/sections/source_citing.py writes them (abridged).
const SOURCE_CITES = {
  "src-a": {
    key: "source-src-a",
    styles: {
      mla: "Alba, Davey. “A.” Site, 18 June 2018, https://a.example.",
      apa: "A",
      chicago: "C",
    },
    bibtex: "@article{source-src-a}\n",
    ris: "TY  - NEWS\nER  -\n",
    csl: "[]",
  },
  "src-b": {
    key: "source-src-b",
    styles: {
      mla: "[headline not shown]. Site, https://b.example. Accessed @@ACCESSED@@.",
      apa: "B",
      chicago: "B",
    },
    bibtex: "@online{source-src-b}\n",
    ris: "TY  - ELEC\nER  -\n",
    csl: "[]",
    unseen: true,
  },
};

function opened(panel) {
  panel.open = true;
  panel.dispatch("toggle");
  return panel.filled;
}

test("a source's Cite panel holds nothing until it is opened, then its citation", async () => {
  let loads = 0;
  const load = () => {
    loads += 1;
    return Promise.resolve(SOURCE_CITES);
  };
  const panel = sourceCite("src-a", "Site, A", load);
  assert.equal(loads, 0);
  assert.ok(!panel.outerHTML.includes("Alba"));
  assert.match(panel.outerHTML, /aria-label="Cite this source: Site, A"/);
  await opened(panel);
  assert.equal(loads, 1);
  const html = panel.outerHTML;
  assert.ok(
    html.includes('data-ex-template="Alba, Davey. “A.” Site, 18 June 2018, https://a.example."'),
  );
  assert.ok(html.includes('download="source-src-a.bib"'));
  assert.ok(!html.includes("bracketed note"));
  panel.open = false;
  panel.dispatch("toggle");
  panel.open = true;
  panel.dispatch("toggle");
  assert.equal(loads, 1); // filled once
});

test("an unseen headline's panel asks for the real one; a failed load says so", async () => {
  const unseen = sourceCite("src-b", "Site, B", () => Promise.resolve(SOURCE_CITES));
  await opened(unseen);
  assert.ok(unseen.outerHTML.includes("put it in place of the bracketed note"));
  const missing = sourceCite("src-zzz", "Site, Z", () => Promise.resolve(SOURCE_CITES));
  await opened(missing);
  assert.ok(missing.outerHTML.includes("This citation could not be loaded."));
  const failed = sourceCite("src-a", "Site, A", () => Promise.reject(new Error("offline")));
  await opened(failed);
  assert.ok(failed.outerHTML.includes("This citation could not be loaded."));
  assert.ok(!failed.outerHTML.includes("Alba"));
});
