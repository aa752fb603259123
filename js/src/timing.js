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

// Changes to a part of the page (`part`) that the reader may not see: made at once while the
// part is on the screen (or when asked for `now`), else in a task after the next paint, so
// laying it out is no part of the wait for what the reader sees. A later change wins.
export function whenSeen(part) {
  let onScreen = true;
  let latest = 0;
  if ("IntersectionObserver" in window)
    new IntersectionObserver((entries) => {
      onScreen = entries.some((e) => e.isIntersecting);
    }).observe(part);
  return (change, now = false) => {
    const mine = ++latest;
    const run = () => mine === latest && change();
    if (now || onScreen) run();
    else afterPaint(run);
  };
}
