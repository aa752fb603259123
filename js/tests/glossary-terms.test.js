import assert from "node:assert/strict";
import { test } from "node:test";
import { linkTerms } from "../src/glossary-terms.js";
import { html, installFakeDom } from "./fake-dom.js";

installFakeDom("https://example.org/timeline.html");

const LINKS = {
  href: "policy.html?term=",
  terms: [
    { slug: "orr", term: "Office of Refugee Resettlement", aliases: ["ORR"] },
    { slug: "sponsor", term: "Sponsor", aliases: ["sponsor"] },
  ],
};

test("linkTerms links the first mention of each term only, plurals included", () => {
  assert.equal(
    html(linkTerms("Sponsors and ORR: a sponsor, ORR again.", LINKS)),
    '<a href="https://example.org/policy.html?term=sponsor" class="ex-term" title="Glossary: Sponsor">Sponsors</a>' +
      ' and <a href="https://example.org/policy.html?term=orr" class="ex-term" title="Glossary: Office of Refugee Resettlement">ORR</a>' +
      ": a sponsor, ORR again.",
  );
});

test("linkTerms matches whole words, and acronyms in capitals only", () => {
  assert.equal(
    html(linkTerms("sponsorship from orr or CORRECT", LINKS)),
    "sponsorship from orr or CORRECT",
  );
});

test("linkTerms without glossary links returns the text as it is", () => {
  assert.deepEqual(linkTerms("ORR <b>", null), ["ORR <b>"]);
  assert.deepEqual(linkTerms("ORR", {}), ["ORR"]);
});
