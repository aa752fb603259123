// Presenter mode: the lesson as full-screen slides in large type, driven by the keyboard.
// Right arrow, Space or Page Down: next; Left arrow or Page Up: back; Home/End; F: full screen;
// Q: a large QR code of the current slide's link, for the class to open it on their phones.
// While presenting, the type of each slide is fitted to the screen (never below
// PRESENTER_MIN_FONT_PX), so a slide never needs scrolling, and the keys work at once.
import { flushAddress, queryParam, setQueryParam } from "../address.js";
import { fill, h } from "../dom.js";
import { formatNumber, t } from "../i18n.js";
import { timed } from "../timing.js";
import {
  largestFit,
  PRESENTER_MAX_FONT_PX,
  PRESENTER_MIN_FONT_PX,
  SLIDE_MOVES,
  slideContent,
} from "./slides.js";

export function renderPresenter(data, el) {
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
    h("div", { class: "ex-stepper ex-presenter-bar" }, prev, next, counter, present, hint),
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

  function go(index) {
    return timed(root, async () => {
      state.at = Math.max(0, Math.min(total - 1, index));
      setQueryParam("slide", state.at === 0 ? null : String(state.at + 1));
      draw();
    });
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
    if (["INPUT", "SELECT", "TEXTAREA"].includes(ev.target.tagName)) return;
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

  const linkedSlide = Number(queryParam("slide"));
  if (Number.isInteger(linkedSlide) && linkedSlide >= 1)
    state.at = Math.min(total, linkedSlide) - 1;
  draw();
  showHint();
  root.dataset.ready = "true";
}
