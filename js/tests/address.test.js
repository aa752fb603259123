import assert from "node:assert/strict";
import { test } from "node:test";
import {
  flushAddress,
  pushQueryParam,
  queryParam,
  setQueryParam,
  setQueryParams,
} from "../src/address.js";

// A window whose history records each write, and whose idle callbacks and listeners are kept to
// be run by the test.
function fakeWindow(href) {
  const calls = [];
  const idle = [];
  const listeners = {};
  const win = {
    location: {
      href,
      get search() {
        return new URL(win.location.href).search;
      },
    },
    history: {
      replaceState(_state, _title, url) {
        calls.push(String(url));
        win.location.href = String(url);
      },
      pushState(_state, _title, url) {
        calls.push(`push ${url}`);
        win.location.href = String(url);
      },
    },
    requestIdleCallback: (callback) => idle.push(callback),
    addEventListener: (type, callback) => {
      listeners[type] = callback;
    },
  };
  return { win, calls, idle, listeners };
}

test("several query parameters change in one history write, once the browser is idle", () => {
  const { win, calls, idle } = fakeWindow("http://x/timeline.html?event=a");
  globalThis.window = win;
  setQueryParams({ groups: "courts,congress", era: "june-2018" });
  setQueryParam("q", "letter");
  assert.equal(calls.length, 0, "nothing written during the interaction");
  assert.equal(queryParam("era"), "june-2018", "the view reads what it asked for");
  assert.equal(queryParam("event"), "a");
  assert.equal(idle.length, 1, "one write scheduled for all three");
  idle[0]();
  assert.equal(calls.length, 1);
  const query = new URL(win.location.href).searchParams;
  assert.equal(query.get("groups"), "courts,congress");
  assert.equal(query.get("era"), "june-2018");
  assert.equal(query.get("q"), "letter");
  assert.equal(query.get("event"), "a");
});

test("an unchanged address is not written again", () => {
  const { win, calls } = fakeWindow("http://x/timeline.html?era=june-2018");
  globalThis.window = win;
  setQueryParams({ era: "june-2018", q: null, groups: null });
  setQueryParam("era", "june-2018");
  flushAddress();
  assert.equal(calls.length, 0);
  setQueryParam("era", null);
  assert.equal(queryParam("era"), null);
  flushAddress();
  assert.deepEqual(calls, ["http://x/timeline.html"]);
});

test("the reader's next press writes the address at once (a link followed then carries it)", () => {
  const { win, calls, listeners } = fakeWindow("http://x/quotes.html");
  globalThis.window = win;
  setQueryParam("pair", "b");
  assert.equal(calls.length, 0);
  listeners.pointerdown();
  assert.deepEqual(calls, ["http://x/quotes.html?pair=b"]);
  for (const type of ["keydown", "focusin", "pagehide"]) assert.ok(listeners[type], type);
});

test("a new history entry comes after the changes gathered before it", () => {
  const { win, calls } = fakeWindow("http://x/policy.html");
  globalThis.window = win;
  setQueryParam("step", "3");
  pushQueryParam("term", "flores");
  assert.deepEqual(calls, [
    "http://x/policy.html?step=3",
    "push http://x/policy.html?step=3&term=flores",
  ]);
});
