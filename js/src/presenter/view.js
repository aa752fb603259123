// Presenter mode: the lesson as full-screen slides in large type, driven by the keyboard.
// Right arrow, Space or Page Down: next; Left arrow or Page Up: back; Home/End; F: full screen;
// P: the presenter view (speaker notes, next slide, timer) in a second window, kept in step.
// Q: a large QR code of the current slide's link, for the class to open it on their phones.
// While presenting, the type of each slide is fitted to the screen (never below
// PRESENTER_MIN_FONT_PX), so a slide never needs scrolling, and the keys work at once.
// ?autoplay=SECONDS (or the Auto-advance button) moves on by itself, for a kiosk.
import { flushAddress, queryParam, setQueryParam } from "../address.js";
import { fill, h, notice } from "../dom.js";
import { formatNumber, t, tn } from "../i18n.js";
import { timed } from "../timing.js";
import {
  AUTOPLAY_DEFAULT_SECONDS,
  autoAdvance,
  autoplaySeconds,
  resumeAfterMs,
} from "./autoplay.js";
import { renderNotes } from "./notes.js";
import {
  largestFit,
  PRESENTER_MAX_FONT_PX,
  PRESENTER_MIN_FONT_PX,
  SLIDE_MOVES,
  slideContent,
} from "./slides.js";
import { presenterChannel } from "./sync.js";

// The slide a link names (?slide=N, counted from 1), as an index; 0 when none.
function linkedIndex(total) {
  const linked = Number(queryParam("slide"));
  return Number.isInteger(linked) && linked >= 1 ? Math.min(total, linked) - 1 : 0;
}

// Whether a key press belongs to a form field rather than to the slides.
function forField(ev) {
  return ["INPUT", "SELECT", "TEXTAREA"].includes(ev.target.tagName);
}

export function renderPresenter(data, el) {
  if (queryParam("view") === "notes") {
    presentNotes(data, el);
    return;
  }
  const state = { at: 0 };
  const total = data.slides.length;
  const counter = h("p", { class: "ex-slide-count", "aria-live": "polite" });
  const stage = h("div", {
    class: "ex-slide",
    role: "region",
    "aria-roledescription": t("slide"),
    tabindex: "0",
  });
  const present = h(
    "button",
    {
      type: "button",
      class: "ex-step-button ex-present-button",
      onclick: () => togglePresenting(),
    },
    t("▶ Present full screen (F)"),
  );
  const prev = h(
    "button",
    { type: "button", class: "ex-step-button", onclick: () => go(state.at - 1) },
    t("◀ Back"),
  );
  const next = h(
    "button",
    { type: "button", class: "ex-step-button", onclick: () => go(state.at + 1) },
    t("Next ▶"),
  );
  const notesButton = h(
    "button",
    { type: "button", class: "ex-step-button ex-notes-button", onclick: () => openNotes() },
    t("Presenter view (P)"),
  );
  const autoButton = h(
    "button",
    {
      type: "button",
      class: "ex-step-button ex-autoplay-button",
      "aria-pressed": "false",
      onclick: () => toggleAutoplay(),
    },
    t("Auto-advance"),
  );
  const autoStatus = h("p", { class: "ex-autoplay-status", hidden: true });
  const autoFill = h("span", {});
  const autoBar = h(
    "div",
    { class: "ex-autoplay-bar", "aria-hidden": "true", hidden: true },
    autoFill,
  );
  const hint = h("p", { class: "ex-hint ex-key-hint", role: "status" });
  // Q: the slide's link as a QR code over the whole window, drawn by page.js's explainerShare
  const qrCode = h("div", { class: "ex-qr", "data-failed": t("The QR code could not be drawn.") });
  const qrLink = h("p", { class: "ex-slide-qr-link", dir: "ltr" });
  const qrPanel = h(
    "div",
    { class: "ex-slide-qr", hidden: true },
    qrCode,
    qrLink,
    h("p", { class: "ex-slide-qr-hint" }, t("Scan to open this slide. Q or Esc hides the code.")),
  );
  const root = h(
    "section",
    {
      class: "ex-view ex-presenter",
      id: "ex-presenter",
      "aria-label": t("Presenter mode: lesson slides"),
    },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
    stage,
    autoBar,
    autoStatus,
    h(
      "div",
      { class: "ex-stepper ex-presenter-bar" },
      prev,
      next,
      counter,
      present,
      notesButton,
      autoButton,
      hint,
    ),
    qrPanel,
  );
  el.replaceChildren(root);

  // Presenting: the deck covers the page (a fixed layer) and the page goes full screen. The whole
  // document goes full screen, not the deck, because Voila moves its cells into its own panel
  // once its scripts run, which would end a full screen held by the deck.
  const presenting = () => root.classList.contains("ex-presenting");
  const keysReady = () => presenting() || root.contains(document.activeElement);

  function showHint() {
    root.dataset.keys = keysReady() ? "ready" : "need-click";
    hint.textContent = keysReady()
      ? presenting()
        ? t("Keys: → or Space next · ← back · Home, End · Q QR code · Esc leaves full screen")
        : t("Keys: → or Space next · ← back · Home, End · F full screen · Q QR code")
      : t("Click the slide (or press Tab to it) to use the arrow keys.");
  }

  function draw() {
    fill(stage, slideContent(data.slides[state.at]));
    counter.textContent = t("Slide {slide} of {n}", {
      slide: formatNumber(state.at + 1),
      n: formatNumber(total),
    });
    prev.disabled = state.at === 0;
    next.disabled = state.at === total - 1;
    root.dataset.slide = String(state.at + 1);
    fitType();
    drawQr();
  }

  // The QR code of the link to this slide (the address holds the slide), while it is shown.
  function drawQr() {
    if (qrPanel.hidden) return;
    flushAddress();
    const href = window.location.href;
    qrLink.textContent = href;
    const share = globalThis.explainerShare;
    if (share) share.drawQr(qrCode, href, t("QR code of the link to this slide"));
    else qrCode.textContent = qrCode.dataset.failed;
  }

  function showQr(on) {
    qrPanel.hidden = !on;
    root.dataset.qr = String(on);
    drawQr();
  }

  // The largest type (whole pixels) at which the slide's text fits its box without scrolling.
  function fitType() {
    if (!presenting()) {
      stage.style.fontSize = "";
      delete root.dataset.fit;
      return;
    }
    const overflows = () =>
      stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1;
    const high = Math.max(
      PRESENTER_MIN_FONT_PX,
      Math.min(PRESENTER_MAX_FONT_PX, Math.floor(window.innerHeight / 15)),
    );
    const size = largestFit(PRESENTER_MIN_FONT_PX, high, (px) => {
      stage.style.fontSize = `${px}px`;
      return !overflows();
    });
    stage.style.fontSize = `${size}px`;
    root.dataset.fit = overflows() ? "overflow" : "fits"; // "overflow": the slide scrolls
  }

  // `tell`: whether the presenter view hears of it (not when the move came from there).
  function go(index, tell = true) {
    return timed(root, async () => {
      state.at = Math.max(0, Math.min(total - 1, index));
      setQueryParam("slide", state.at === 0 ? null : String(state.at + 1));
      draw();
      if (tell) send({ type: "slide", at: state.at });
    });
  }

  const send = presenterChannel((message) => {
    if (message.type === "slide") go(message.at, false);
    else if (message.type === "hello") send({ type: "slide", at: state.at });
  });

  // The presenter view: this page again, with ?view=notes, in a window of its own.
  let notesWindow = null;
  function openNotes() {
    if (notesWindow && !notesWindow.closed) {
      notesWindow.focus();
      return;
    }
    flushAddress();
    const target = new URL(window.location.href);
    target.searchParams.set("view", "notes");
    target.searchParams.delete("autoplay");
    target.hash = "";
    notesWindow = window.open(
      target.href,
      "explainer-presenter-view",
      "popup,width=1100,height=760",
    );
    notice(
      root,
      notesWindow
        ? ""
        : t("The presenter view did not open: allow pop-ups for this page and try again."),
    );
  }

  const autoplay = autoAdvance({
    advance: () => go((state.at + 1) % total),
    show: showAutoplay,
  });
  function showAutoplay({ on, paused, seconds, progress }) {
    const mode = on ? (paused ? "paused" : "playing") : "off";
    autoButton.setAttribute("aria-pressed", String(on));
    autoStatus.hidden = !on;
    autoBar.hidden = !on || paused;
    autoFill.style.width = `${Math.round(Math.min(1, Math.max(0, progress)) * 100)}%`;
    if (root.dataset.autoplay === mode) return;
    root.dataset.autoplay = mode;
    autoStatus.textContent = paused
      ? t("Auto-advance paused: it goes on after {n} seconds without a key, click or touch.", {
          n: formatNumber(resumeAfterMs(seconds) / 1000),
        })
      : tn(
          "Auto-advance: the next slide every {n} second",
          "Auto-advance: the next slide every {n} seconds",
          seconds,
        );
    fitType(); // the words under the slide may take another line
  }
  function toggleAutoplay() {
    if (autoplay.isOn()) {
      autoplay.stop();
      setQueryParam("autoplay", null);
    } else {
      const seconds = autoplaySeconds(queryParam("autoplay")) || AUTOPLAY_DEFAULT_SECONDS;
      autoplay.start(seconds);
      setQueryParam("autoplay", String(seconds));
    }
  }

  function afterModeChange() {
    root.dataset.presenting = String(presenting());
    document.documentElement.classList.toggle("ex-presenting-page", presenting());
    present.textContent = presenting()
      ? t("✕ Leave full screen (Esc)")
      : t("▶ Present full screen (F)");
    fitType();
    if (presenting()) stage.focus({ preventScroll: true }); // the keys work at once
    showHint();
  }

  function togglePresenting() {
    if (presenting()) {
      root.classList.remove("ex-presenting");
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    } else {
      root.classList.add("ex-presenting");
      const page = document.documentElement;
      if (page.requestFullscreen && !document.fullscreenElement)
        page.requestFullscreen().catch(() => {});
    }
    afterModeChange();
  }

  function onKey(ev) {
    if (ev.defaultPrevented || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (ev.target.closest?.("dialog")) return; // the Share dialog's keys are its own
    if (forField(ev)) return;
    if (ev.key in SLIDE_MOVES) {
      ev.preventDefault();
      go(state.at + SLIDE_MOVES[ev.key]);
    } else if (ev.key === "Home") {
      ev.preventDefault();
      go(0);
    } else if (ev.key === "End") {
      ev.preventDefault();
      go(total - 1);
    } else if (ev.key === "f" || ev.key === "F") {
      ev.preventDefault();
      togglePresenting();
    } else if (ev.key === "p" || ev.key === "P") {
      ev.preventDefault();
      openNotes();
    } else if (ev.key === "q" || ev.key === "Q") {
      ev.preventDefault();
      showQr(qrPanel.hidden);
    } else if (ev.key === "Escape" && !qrPanel.hidden) {
      ev.preventDefault();
      showQr(false);
    } else if (ev.key === "Escape" && presenting()) {
      ev.preventDefault();
      togglePresenting();
    }
  }

  root.addEventListener("keydown", onKey);
  // while presenting the keys work wherever the focus is
  document.addEventListener("keydown", (ev) => {
    if (presenting() && !root.contains(ev.target)) onKey(ev);
  });
  document.addEventListener("fullscreenchange", () => {
    if (!document.fullscreenElement && presenting())
      togglePresenting(); // Esc left full screen
    else fitType();
  });
  root.addEventListener("focusin", showHint);
  root.addEventListener("focusout", () =>
    setTimeout(() => {
      // Voila moving the page's cells drops the focus: while presenting, take it back
      if (presenting() && !root.contains(document.activeElement))
        stage.focus({ preventScroll: true });
      showHint();
    }, 0),
  );
  window.addEventListener("resize", fitType);
  // "Present full screen" buttons elsewhere on the page (the top of the lesson) start this deck
  for (const button of document.querySelectorAll("[data-present-slides]")) {
    button.onclick = (ev) => {
      ev.preventDefault();
      if (!presenting()) togglePresenting();
    };
    button.disabled = false;
  }

  state.at = linkedIndex(total);
  draw();
  const seconds = autoplaySeconds(queryParam("autoplay"));
  if (seconds) {
    // a kiosk: the deck fills the window (full screen needs a press), and moves on by itself
    root.classList.add("ex-presenting");
    afterModeChange();
    autoplay.start(seconds);
  }
  showHint();
  root.dataset.ready = "true";
}

// The presenter view's window: moves with the projector's slides, and moves them.
function presentNotes(data, el) {
  const total = data.slides.length;
  const move = (index, tell = true) => {
    const at = Math.max(0, Math.min(total - 1, index));
    view.show(at);
    setQueryParam("slide", at === 0 ? null : String(at + 1));
    if (tell) send({ type: "slide", at });
  };
  const send = presenterChannel((message) => {
    if (message.type === "slide") move(message.at, false);
  });
  const view = renderNotes(data, el, move);
  document.addEventListener("keydown", (ev) => {
    if (ev.defaultPrevented || ev.altKey || ev.ctrlKey || ev.metaKey || forField(ev)) return;
    // Space or Enter on a button (Start, Pause, Reset) presses it
    if (ev.target.tagName === "BUTTON" && (ev.key === " " || ev.key === "Enter")) return;
    const at = Number(view.root.dataset.slide) - 1;
    const to =
      ev.key in SLIDE_MOVES ? at + SLIDE_MOVES[ev.key] : { Home: 0, End: total - 1 }[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    move(to);
  });
  move(linkedIndex(total), false);
  send({ type: "hello" }); // the projector answers with its slide
  view.root.dataset.ready = "true";
}
