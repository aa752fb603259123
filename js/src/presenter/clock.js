// The presenter view's timer: the lesson's time, and each part of the lesson plan's share of it.
// Pure: it reads the time from `now()` (milliseconds), so the tests can move it.

export function lessonClock(now = () => Date.now()) {
  const spent = new Map(); // part -> milliseconds counted while it was the current part
  let part = 0;
  let since = null; // when the clock last started or changed part, while it runs

  const running = () => since !== null;
  const settle = () => {
    if (!running()) return;
    const at = now();
    spent.set(part, (spent.get(part) || 0) + at - since);
    since = at;
  };

  return {
    running,
    start() {
      if (!running()) since = now();
    },
    pause() {
      settle();
      since = null;
    },
    reset() {
      spent.clear();
      if (running()) since = now();
    },
    // The slide shown belongs to `index`, a row of the plan: from now its time counts there.
    setPart(index) {
      settle();
      part = index;
    },
    part: () => part,
    partElapsed(index = part) {
      const live = running() && index === part ? now() - since : 0;
      return (spent.get(index) || 0) + live;
    },
    elapsed() {
      let total = running() ? now() - since : 0;
      for (const ms of spent.values()) total += ms;
      return total;
    },
  };
}

// A plan part's budget in milliseconds, from its start and end minutes.
export function partBudget(row) {
  return (row.end - row.start) * 60_000;
}

// Milliseconds as a clock reads them: "4:05", "1:02:09"; never negative.
export function clockText(ms) {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}
