import assert from "node:assert/strict";
import { test } from "node:test";
import { setQueryParam, setQueryParams } from "../src/address.js";

// A window whose history records each replaceState (each one costs an interaction milliseconds).
function fakeWindow(href) {
  const calls = [];
  const win = {
    location: { href },
    history: {
      replaceState(_state, _title, url) {
        calls.push(String(url));
        win.location.href = String(url);
      },
    },
  };
  return { win, calls };
}

test("several query parameters change in one history write", () => {
  const { win, calls } = fakeWindow("http://x/timeline.html?event=a");
  globalThis.window = win;
  setQueryParams({ groups: "courts,congress", era: "june-2018", q: null });
  assert.equal(calls.length, 1);
  const query = new URL(win.location.href).searchParams;
  assert.equal(query.get("groups"), "courts,congress");
  assert.equal(query.get("era"), "june-2018");
  assert.equal(query.get("event"), "a");
});

test("an unchanged address is not written again", () => {
  const { win, calls } = fakeWindow("http://x/timeline.html?era=june-2018");
  globalThis.window = win;
  setQueryParams({ era: "june-2018", q: null, groups: null });
  setQueryParam("era", "june-2018");
  assert.equal(calls.length, 0);
  setQueryParam("era", null);
  assert.deepEqual(calls, ["http://x/timeline.html"]);
});
