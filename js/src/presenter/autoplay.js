// Auto-advance for a kiosk or a hallway screen: the next slide every few seconds, in a loop.
// It waits while the reader uses a key, a click or a touch (and goes on after a while without
// one), and while the page is hidden. A slim bar shows the time to the next slide, stepped by
// script, never animated; under prefers-reduced-motion the bar is not shown (views.css).

export const AUTOPLAY_DEFAULT_SECONDS = 20;
export const AUTOPLAY_MIN_SECONDS = 2;
export const AUTOPLAY_MAX_SECONDS = 600;
const STEP_MS = 250;

// The seconds a ?autoplay= value asks for (clamped), or null for none or nonsense.
export function autoplaySeconds(value) {
  if (value === null || value === undefined || value === "") return null;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.round(Math.min(AUTOPLAY_MAX_SECONDS, Math.max(AUTOPLAY_MIN_SECONDS, seconds)));
}

// How long the reader's last key, click or touch holds the slides still.
export function resumeAfterMs(seconds) {
  return Math.max(30_000, 2 * seconds * 1000);
}

// `advance()` moves on one slide; `show({on, paused, progress})` draws the control and the bar.
export function autoAdvance({ advance, show, now = () => Date.now() }) {
  let seconds = AUTOPLAY_DEFAULT_SECONDS;
  let on = false;
  let due = 0; // when the next slide is due
  let heldUntil = 0; // the reader's last input holds the slides until then
  let timer = null;

  const hidden = () => document.visibilityState === "hidden";
  const paused = () => hidden() || now() < heldUntil;
  const draw = () => {
    const left = Math.max(0, due - now());
    show({ on, paused: on && paused(), seconds, progress: 1 - left / (seconds * 1000) });
  };

  function step() {
    if (!on) return;
    if (paused()) {
      due = now() + seconds * 1000; // a full interval once it goes on again
    } else if (now() >= due) {
      advance();
      due = now() + seconds * 1000;
    }
    draw();
  }

  function hold() {
    if (!on) return;
    heldUntil = now() + resumeAfterMs(seconds);
    step();
  }

  for (const type of ["keydown", "pointerdown", "touchstart"])
    window.addEventListener(type, hold, { capture: true, passive: true });
  document.addEventListener("visibilitychange", step);

  return {
    isOn: () => on,
    seconds: () => seconds,
    start(wanted = seconds) {
      seconds = wanted;
      on = true;
      heldUntil = 0;
      due = now() + seconds * 1000;
      clearInterval(timer);
      timer = setInterval(step, STEP_MS);
      draw();
    },
    stop() {
      on = false;
      clearInterval(timer);
      draw();
    },
  };
}
