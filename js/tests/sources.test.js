import assert from "node:assert/strict";
import { test } from "node:test";
import { revisionNotes } from "../src/revisions.js";
import { publisherLink, sourceLink, sourceList } from "../src/sources.js";
import { installFakeDom } from "./fake-dom.js";

installFakeDom();

const NEW_TAB = 'target="_blank" rel="noopener noreferrer"';

test("sourceLink opens the source in a new tab that cannot reach this page", () => {
  assert.equal(
    sourceLink("https://news.example/story", "The story").outerHTML,
    `<a href="https://news.example/story" ${NEW_TAB}>The story</a>`,
  );
});

test("sourceLink keeps a title with markup as text and refuses a script address", () => {
  assert.equal(
    sourceLink("javascript:alert(1)", "<b>Title</b>").outerHTML,
    `<a href="#" ${NEW_TAB}>&lt;b&gt;Title&lt;/b&gt;</a>`,
  );
});

test("publisherLink names the link by the publisher", () => {
  const source = { url: "https://news.example/a", publisher: "The Example", title: "unused" };
  assert.equal(
    publisherLink(source).outerHTML,
    `<a href="https://news.example/a" ${NEW_TAB}>The Example</a>`,
  );
});

test("sourceList shows publisher, linked title, author, date, archived copy, count and note", () => {
  const full = {
    publisher: "The Example",
    url: "https://news.example/a",
    title: "A & B",
    author: "A. Writer",
    date: "18 June 2018",
    archive_url: "https://archive.example/a",
    counted: false,
    notes: "relays a wire report",
  };
  const bare = {
    publisher: "Wire",
    url: "https://wire.example/b",
    title: "B",
    date: "2018",
    counted: true,
  };
  const list = sourceList([full, bare]);
  assert.equal(list.children.length, 2);
  assert.equal(
    list.children[0].outerHTML,
    '<li><span class="ex-publisher">The Example</span>, ' +
      `<a href="https://news.example/a" ${NEW_TAB}>A &amp; B</a> by A. Writer (18 June 2018) · ` +
      `<a href="https://archive.example/a" ${NEW_TAB}>archived copy</a>` +
      '<span class="ex-uncounted"> · not counted as independent confirmation</span>' +
      '<span class="ex-source-note"> · relays a wire report</span></li>',
  );
  assert.equal(
    list.children[1].outerHTML,
    `<li><span class="ex-publisher">Wire</span>, <a href="https://wire.example/b" ${NEW_TAB}>B</a> (2018)</li>`,
  );
  assert.equal(list.getAttribute("class"), "ex-sources");
});

test("revisionNotes groups changes by date, each linking to its correction", () => {
  assert.equal(revisionNotes([]), "");
  assert.equal(revisionNotes(undefined), "");
  const notes = revisionNotes([
    {
      date: "2026-01-02",
      what: "date corrected",
      kind: "Correction",
      href: "corrections.html#c-1",
    },
    { date: "2026-01-02", what: "source added", kind: "Update", href: "corrections.html#u-2" },
    { date: "2026-02-01", what: "title", kind: "Correction", href: "corrections.html#c-3" },
  ]);
  assert.equal(notes.children.length, 2);
  assert.equal(
    notes.children[0].textContent,
    "Revised on 2026-01-02 · date corrected · source added",
  );
  assert.equal(notes.children[1].textContent, "Revised on 2026-02-01 · title");
});
