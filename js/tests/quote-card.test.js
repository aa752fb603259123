import assert from "node:assert/strict";
import { test } from "node:test";
import { quoteCard } from "../src/quote-card.js";
import { comparedQuote, highlighted } from "../src/quotes/checklist.js";
import { installFakeDom } from "./fake-dom.js";

installFakeDom("https://example.org/quotes.html");

const QUOTE = {
  id: "q-1",
  text: "We are <dismayed> & disappointed.",
  speaker: "Brad Smith",
  role: "President",
  date: "18 June 2018",
  medium: "blog post",
  context: "Written after the Flores ruling.",
  source: { url: "https://news.example/a", publisher: "The Example", date: "19 June 2018" },
};
const LINK =
  '<a href="https://news.example/a" target="_blank" rel="noopener noreferrer">The Example</a>';
const LINKS = {
  href: "policy.html?term=",
  terms: [{ slug: "flores", term: "Flores", aliases: ["Flores"] }],
};

// The caption's last part, the Cite and Report a correction row (actions.test.js), checked and
// taken out.
function withoutActions(card) {
  const row = card.children.at(-1).childNodes.pop();
  assert.equal(row.className, "ex-actions");
  assert.match(row.outerHTML, /Correction report\n\nFile: data\/quotes.csv\nRow id: q-1\n/);
  return card;
}

test("quoteCard: the words, who said them, and the outlet that printed them", () => {
  assert.equal(
    withoutActions(quoteCard(QUOTE)).outerHTML,
    '<figure class="ex-quote"><blockquote>We are &lt;dismayed&gt; &amp; disappointed.</blockquote>' +
      '<figcaption><span class="ex-speaker">Brad Smith</span>' +
      `, President · 18 June 2018 · blog post · as printed by ${LINK}</figcaption></figure>`,
  );
});

test("quoteCard for comparison: tagged words, the outlet's date, and the context with terms", () => {
  const card = withoutActions(quoteCard(QUOTE, { compare: true, links: LINKS }));
  assert.equal(
    card.outerHTML,
    '<figure class="ex-quote"><blockquote data-quote="q-1">We are &lt;dismayed&gt; &amp; disappointed.</blockquote>' +
      '<figcaption><span class="ex-speaker">Brad Smith</span>, President · 18 June 2018 · blog post' +
      `<br>As printed by ${LINK} (19 June 2018)` +
      "<details><summary>Context</summary><p>Written after the " +
      '<a href="https://example.org/policy.html?term=flores" class="ex-term" title="Glossary: Flores">Flores</a>' +
      " ruling.</p></details></figcaption></figure>",
  );
});

test("quoteCard shows the quote's revisions in its caption", () => {
  const revised = {
    ...QUOTE,
    revisions: [{ date: "2026-01-02", what: "wording", kind: "Correction", href: "#c" }],
  };
  const caption = quoteCard(revised).children[1];
  assert.match(
    caption.outerHTML,
    /<div class="ex-revisions" role="note"><p>.*Revised on 2026-01-02/,
  );
});

test("highlighted marks the spans in order, skipping a span that overlaps an earlier one", () => {
  const parts = highlighted("one two three", [
    [8, 13],
    [0, 3],
    [2, 5],
  ]);
  const marks = parts.filter((p) => typeof p !== "string").map((p) => p.outerHTML);
  assert.deepEqual(marks, ["<mark>one</mark>", "<mark>three</mark>"]);
  assert.deepEqual(
    parts.filter((p) => typeof p === "string"),
    ["", " two ", ""],
  );
});

test("comparedQuote draws the words with their highlights inside the shared card", () => {
  const card = comparedQuote(QUOTE, [[7, 17]], LINKS);
  assert.equal(
    card.children[0].outerHTML,
    '<blockquote data-quote="q-1">We are <mark>&lt;dismayed&gt;</mark> &amp; disappointed.</blockquote>',
  );
  assert.equal(comparedQuote(QUOTE, undefined, LINKS).children[0].children.length, 0);
});
