// How long a change takes to reach the screen (read by the browser tests and the benchmark).

export function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

// Time a change from the control event until the screen has painted it.
export async function timed(root, change) {
  const start = performance.now();
  await change();
  await nextPaint();
  const elapsed = performance.now() - start;
  root.dataset.lastUpdateMs = elapsed.toFixed(1);
  window.__explainerLatencies = window.__explainerLatencies || [];
  window.__explainerLatencies.push(elapsed);
  return elapsed;
}

// Run `callback` in a task once the browser has painted its next frame (a hidden tab paints
// none: then at most 100 ms later).
export function afterPaint(callback) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

// Changes to a part of the page (`part`) that comes second to what the reader acted on (a table
// under a chart): made in a task after the next paint while the part is on the screen (so the
// chart the reader changed is painted first, and the table in the frame after); else kept until
// the browser is idle (within a fraction of a second), the part comes onto the screen, or the
// page is printed, whichever is first. Made at once when asked for `now`. So laying it out (a
// hundred table rows: 10-15 ms) is no part of the wait for what the reader sees. A later change
// replaces one not made yet.
export function whenSeen(part) {
  let onScreen = true;
  let pending = null;
  const runPending = () => {
    const change = pending;
    pending = null;
    change?.();
  };
  if ("IntersectionObserver" in window)
    new IntersectionObserver((entries) => {
      onScreen = entries.some((e) => e.isIntersecting);
      if (onScreen) runPending();
    }).observe(part);
  window.addEventListener("beforeprint", runPending);
  return (change, now = false) => {
    if (now) {
      pending = null;
      change();
      return;
    }
    const first = !pending;
    pending = change;
    if (!first) return;
    if (onScreen || !window.requestIdleCallback) afterPaint(runPending);
    else window.requestIdleCallback(runPending, { timeout: 300 });
  };
}
