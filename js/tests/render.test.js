import assert from "node:assert/strict";
import { test } from "node:test";
import { render } from "../src/render.js";
import { FakeElement, installFakeDom } from "./fake-dom.js";

const model = (values) => ({ get: (key) => values[key] });

test("render says so, as text, when the view is unknown", () => {
  installFakeDom();
  const el = new FakeElement("div");
  render({ model: model({ view: "<script>", payload: {} }), el });
  assert.equal(el.outerHTML, "<div>This part of the page could not be shown.</div>");
});

test("the widget adopts the view its page already drew, instead of drawing a second one", () => {
  const drawn = new FakeElement("div");
  drawn.dataset.explainerView = "timeline";
  const other = new FakeElement("div");
  other.dataset.explainerView = "quotes";
  installFakeDom(undefined, [other, drawn]);
  const el = new FakeElement("div");
  render({ model: model({ view: "timeline", payload: {} }), el });
  assert.equal(drawn.dataset.adopted, "true");
  assert.equal(other.dataset.adopted, undefined);
  assert.equal(el.hidden, true);
  assert.equal(el.childNodes.length, 0);
});

test("the page's own drawing (early) never adopts: it draws", () => {
  const drawn = new FakeElement("div");
  drawn.dataset.explainerView = "nothing-such";
  installFakeDom(undefined, [drawn]);
  const el = new FakeElement("div");
  render({ model: model({ view: "nothing-such", payload: {}, early: true }), el });
  assert.equal(drawn.dataset.adopted, undefined);
  assert.equal(el.textContent, "This part of the page could not be shown.");
});
