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
