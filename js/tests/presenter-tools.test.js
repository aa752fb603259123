// The presenter's tools apart from the page: the lesson timer, auto-advance's address value, and
// the two windows' channel when the browser has no BroadcastChannel.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AUTOPLAY_MAX_SECONDS, autoplaySeconds, resumeAfterMs } from "../src/presenter/autoplay.js";
import { clockText, lessonClock, partBudget } from "../src/presenter/clock.js";
import { presenterChannel } from "../src/presenter/sync.js";

test("the lesson clock counts each part of the plan, only while it runs", () => {
  let now = 0;
  const clock = lessonClock(() => now);
  now = 5_000;
  assert.equal(clock.elapsed(), 0, "nothing counts before Start");
  clock.start();
  now += 60_000;
  assert.equal(clock.partElapsed(), 60_000);
  clock.setPart(1);
  now += 30_000;
  assert.deepEqual(
    [clock.partElapsed(0), clock.partElapsed(1), clock.elapsed()],
    [60_000, 30_000, 90_000],
  );
  clock.pause();
  now += 600_000;
  assert.equal(clock.elapsed(), 90_000, "a paused clock stands still");
  clock.setPart(0);
  clock.start();
  now += 1_000;
  assert.equal(clock.partElapsed(0), 61_000, "back to a part, its time goes on from where it was");
  clock.reset();
  assert.equal(clock.elapsed(), 0);
  now += 2_000;
  assert.equal(clock.elapsed(), 2_000, "a reset clock that was running keeps running");
});

test("a part's budget and the clock's words", () => {
  assert.equal(partBudget({ start: 5, end: 15 }), 600_000);
  assert.deepEqual([0, 999, 65_000, 600_000, 3_725_000, -5].map(clockText), [
    "0:00",
    "0:00",
    "1:05",
    "10:00",
    "1:02:05",
    "0:00",
  ]);
});

test("?autoplay= is read as whole seconds within bounds, or none", () => {
  assert.deepEqual([null, "", "x", "0", "-3", "1", "7.4", "15", "100000"].map(autoplaySeconds), [
    null,
    null,
    null,
    null,
    null,
    2,
    7,
    15,
    AUTOPLAY_MAX_SECONDS,
  ]);
  assert.equal(resumeAfterMs(5), 30_000);
  assert.equal(resumeAfterMs(60), 120_000);
});

test("without BroadcastChannel the windows hear each other through storage events", () => {
  const stored = {};
  const listeners = [];
  const makeWindow = () => ({
    location: { pathname: "/lesson.html" },
    localStorage: {
      setItem(key, value) {
        stored[key] = value;
        // the browser tells every other window of the origin
        for (const [owner, listener] of listeners)
          if (owner !== this.owner) listener({ key, newValue: value });
      },
    },
    addEventListener(type, listener) {
      if (type === "storage") listeners.push([this, listener]);
    },
  });
  const projector = makeWindow();
  const notes = makeWindow();
  projector.localStorage.owner = projector;
  notes.localStorage.owner = notes;
  const heard = { projector: [], notes: [] };
  const fromProjector = presenterChannel((m) => heard.projector.push(m.at), projector);
  const fromNotes = presenterChannel((m) => heard.notes.push(m.at), notes);
  fromProjector({ type: "slide", at: 3 });
  fromProjector({ type: "slide", at: 3 });
  fromNotes({ type: "slide", at: 1 });
  assert.deepEqual(heard, { projector: [1], notes: [3, 3] });
  assert.ok(Object.keys(stored)[0].endsWith("/lesson.html"), "one key per page");
});
