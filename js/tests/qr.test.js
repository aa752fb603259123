import assert from "node:assert/strict";
import { test } from "node:test";
import { QUIET_ZONE, qrPath } from "../src/share/qr.js";

test("a QR code's path starts with its top-left finder inside the quiet zone", () => {
  const { side, d } = qrPath("http://192.168.1.20:8866/voila/render/01-timeline.ipynb?event=x");
  assert.ok(side > 21 + 2 * QUIET_ZONE); // larger than version 1: the link does not fit there
  // the finder's top row: seven dark modules in one run, four modules in from each edge
  assert.ok(d.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h7v1h-7z`), d.slice(0, 40));
  assert.doesNotMatch(d, /M[0-3] |M\d+ [0-3]h/); // nothing drawn in the quiet zone
});

test("a longer link needs a larger code; the same link gives the same code", () => {
  const short = qrPath("http://school.local/");
  const long = qrPath(`http://school.local/timeline.html?q=${"x".repeat(120)}`);
  assert.ok(long.side > short.side);
  assert.deepEqual(qrPath("http://school.local/"), short);
});

test("non-ASCII text is encoded as UTF-8", () => {
  assert.notDeepEqual(qrPath("http://x/cronología"), qrPath("http://x/cronologia"));
});
