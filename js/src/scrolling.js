// Bringing a chosen or linked item into view.

// Scroll a chosen item into view, unless it is already wholly on screen. Smooth only when the
// reader has not asked for reduced motion; a node taller than the screen shows its top.
// `from`, if given, is scrolled to the top instead (a heading above the item, say).
export function bringIntoView(node, block = "nearest", from = null) {
  if (!node?.isConnected || !node.getBoundingClientRect) return;
  const box = node.getBoundingClientRect();
  const height = window.innerHeight || document.documentElement.clientHeight;
  if (box.top >= 0 && box.bottom <= height && box.height > 0) return;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  const behavior = reduce ? "auto" : "smooth";
  if (from) from.scrollIntoView({ behavior, block: "start" });
  else node.scrollIntoView({ behavior, block: box.height > height ? "start" : block });
}

// A linked item, brought into view once the page has settled: a Voila page lays itself out
// (and may scroll) after the view has drawn. Stops as soon as the reader scrolls or types.
export function revealLinked(node, block = "nearest", from = null) {
  let moved = false;
  const stop = () => {
    moved = true;
  };
  for (const type of ["wheel", "touchstart", "keydown", "mousedown"])
    window.addEventListener(type, stop, { once: true, passive: true });
  const attempt = () => {
    if (!moved) bringIntoView(node, block, from);
  };
  attempt();
  if (document.readyState !== "complete")
    window.addEventListener("load", () => setTimeout(attempt, 50), { once: true });
  for (const ms of [300, 1000, 2000, 4000]) setTimeout(attempt, ms);
}
