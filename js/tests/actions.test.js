import assert from "node:assert/strict";
import { test } from "node:test";
import { fullCitation } from "../src/actions.js";

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
  assert.ok(cite.bibtex.includes("title = {{Costs \\{50\\%\\} of \"R\\_D\"}}"));
  assert.deepEqual(JSON.parse(cite.csl), [{ id: "k", title: 'Costs {50%} of "R_D"' }]);
  assert.equal(cite.styles.mla, '“Costs {50%} of "R_D".” Site.'); // no headline: the title
});
