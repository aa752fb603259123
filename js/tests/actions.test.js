import assert from "node:assert/strict";
import { test } from "node:test";
import { fullCitation, reportControl } from "../src/actions.js";
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
