import assert from "node:assert/strict";
import { test } from "node:test";
import { whenSeen } from "../src/timing.js";

// A window whose intersection observer, idle callbacks and animation frames the test runs.
function fakeWindow() {
  const seen = { observe: null };
  const idle = [];
  const frames = [];
  globalThis.window = {
    IntersectionObserver: class {
      constructor(callback) {
        seen.observe = (isIntersecting) => callback([{ isIntersecting }]);
      }
      observe() {}
    },
    requestIdleCallback: (callback) => idle.push(callback),
    addEventListener: () => {},
  };
  globalThis.IntersectionObserver = globalThis.window.IntersectionObserver;
  globalThis.requestAnimationFrame = (callback) => frames.push(callback);
  const paint = () => {
    for (const frame of frames.splice(0)) frame();
  };
  const tasks = () => new Promise((resolve) => setTimeout(resolve, 5));
  return { seen, idle, paint, tasks };
}

test("a part on the screen changes after the next paint, with the latest change only", async () => {
  const { seen, paint, tasks } = fakeWindow();
  const change = whenSeen({});
  seen.observe(true);
  const made = [];
  change(() => made.push("first"));
  change(() => made.push("second"));
  assert.deepEqual(made, [], "nothing is laid out before the reader's change is painted");
  paint();
  await tasks();
  assert.deepEqual(made, ["second"]);
});

test("a part off the screen changes when the browser is idle, or when it comes into view", () => {
  const { seen, idle } = fakeWindow();
  const change = whenSeen({});
  seen.observe(false);
  const made = [];
  change(() => made.push("a"));
  assert.equal(idle.length, 1);
  seen.observe(true);
  assert.deepEqual(made, ["a"], "scrolled to: made at once");
  idle[0]();
  assert.deepEqual(made, ["a"], "and not made twice");
});

test("a change asked for now is made at once and drops one waiting", () => {
  const { seen, idle } = fakeWindow();
  const change = whenSeen({});
  seen.observe(false);
  const made = [];
  change(() => made.push("waiting"));
  change(() => made.push("now"), true);
  idle[0]();
  assert.deepEqual(made, ["now"]);
});
