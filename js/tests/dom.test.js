import assert from "node:assert/strict";
import { test } from "node:test";
import { fill, h, safeUrl } from "../src/dom.js";
import { FakeElement, FakeText, installFakeDom } from "./fake-dom.js";

installFakeDom();

test("h sets classes and attributes; true is an empty attribute, null and false are left out", () => {
  const node = h("input", {
    class: "ex-check",
    type: "checkbox",
    checked: true,
    hidden: false,
    title: null,
    value: undefined,
    tabindex: -1,
  });
  assert.equal(node.outerHTML, '<input class="ex-check" type="checkbox" checked="" tabindex="-1">');
});

test("h flattens nested arrays of children, in order", () => {
  const node = h("p", {}, "a", ["b", ["c", [h("i", {}, "d")]]], "e");
  assert.equal(node.childNodes.length, 5);
  assert.equal(node.outerHTML, "<p>abc<i>d</i>e</p>");
});

test("h makes strings text nodes, never HTML, in children and in `text`", () => {
  const markup = '<img src=x onerror="alert(1)"> & <b>bold</b>';
  for (const node of [h("p", {}, markup), h("p", { text: markup })]) {
    assert.equal(node.children.length, 0);
    assert.equal(node.childNodes.length, 1);
    assert.ok(node.childNodes[0] instanceof FakeText);
    assert.equal(node.textContent, markup);
    assert.equal(
      node.outerHTML,
      '<p>&lt;img src=x onerror="alert(1)"&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>',
    );
  }
});

test("h skips null, undefined and false children but keeps 0 and other values as text", () => {
  const node = h("p", {}, null, "a", undefined, false, 0, [null, false], 2.5, true);
  assert.equal(node.textContent, "a02.5true");
  assert.equal(node.childNodes.length, 4);
});

test("h appends elements as elements, not as their names ([object HTMLQuoteElement])", () => {
  const quote = h("q", { text: "family" });
  const node = h("td", {}, " Yes: ", [quote]);
  assert.equal(node.childNodes[1], quote);
  assert.ok(node.childNodes[1] instanceof FakeElement);
  assert.equal(node.outerHTML, "<td> Yes: <q>family</q></td>");
  assert.doesNotMatch(node.outerHTML, /\[object/);
});

test("h turns onX attributes into listeners, not attributes", () => {
  const calls = [];
  const button = h("button", { type: "button", onclick: (ev) => calls.push(ev.type) }, "Next");
  assert.equal(button.getAttribute("onclick"), null);
  assert.equal(button.outerHTML, '<button type="button">Next</button>');
  button.dispatch("click");
  assert.deepEqual(calls, ["click"]);
});

test("h passes every href through safeUrl", () => {
  assert.equal(h("a", { href: "javascript:alert(1)" }).getAttribute("href"), "#");
  assert.equal(
    h("a", { href: "?term=flores" }).getAttribute("href"),
    "https://example.org/explainer/timeline.html?term=flores",
  );
});

test("safeUrl keeps http(s) addresses, resolves relative ones, and refuses other schemes", () => {
  assert.equal(safeUrl("https://example.com/a?b=1"), "https://example.com/a?b=1");
  assert.equal(safeUrl("http://example.com"), "http://example.com/");
  assert.equal(
    safeUrl("policy.html?term=orr"),
    "https://example.org/explainer/policy.html?term=orr",
  );
  for (const url of [
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,x",
    "mailto:a@b.c",
  ]) {
    assert.equal(safeUrl(url), "#", url);
  }
  assert.equal(safeUrl("http://[bad"), "#");
});

test("fill replaces a node's children, flattening arrays and dropping empty strings", () => {
  const node = h("div", {}, "old", h("b"));
  assert.equal(fill(node, ["", "a", [null, h("i"), false]], undefined, "b"), node);
  assert.equal(node.childNodes.length, 3);
  assert.equal(node.outerHTML, "<div>a<i></i>b</div>");
});
