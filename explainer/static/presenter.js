// Presenter mode: the lesson as full-screen slides in large type, driven by the keyboard.
// Right arrow, Space or Page Down: next; Left arrow or Page Up: back; Home/End; F: full screen.

function renderPresenter(data, el) {
  const state = { at: 0 };
  const counter = h("p", { class: "ex-slide-count", "aria-live": "polite" });
  const stage = h("div", { class: "ex-slide", role: "region", "aria-roledescription": "slide", tabindex: "0" });
  const full = h("button", { type: "button", class: "ex-step-button", onclick: () => toggleFull() }, "Full screen (F)");
  const prev = h("button", { type: "button", class: "ex-step-button", onclick: () => go(state.at - 1) }, "◀ Back");
  const next = h("button", { type: "button", class: "ex-step-button", onclick: () => go(state.at + 1) }, "Next ▶");
  const root = h("section", { class: "ex-view ex-presenter", "aria-label": "Presenter mode: lesson slides" },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
    h("div", { class: "ex-stepper" }, prev, next, full, counter,
      h("span", { class: "ex-hint", text: "Keys: arrows, Space, Page Up/Down, Home, End, F" })),
    stage);
  el.replaceChildren(root);

  function draw() {
    const slide = data.slides[state.at];
    fill(stage,
      slide.when ? h("p", { class: "ex-slide-when", text: slide.when }) : "",
      h("h2", { class: "ex-slide-title", text: slide.title }),
      slide.kind === "quote"
        ? h("blockquote", { class: "ex-slide-quote", text: slide.lines[0] })
        : slide.kind === "list"
          ? h("ol", { class: "ex-slide-list" }, slide.lines.map((line) => h("li", { text: line })))
          : slide.lines.map((line) => h("p", { class: "ex-slide-text", text: line })),
      slide.note ? h("p", { class: "ex-slide-note", text: slide.note }) : "");
    counter.textContent = `Slide ${state.at + 1} of ${data.slides.length}`;
    prev.disabled = state.at === 0;
    next.disabled = state.at === data.slides.length - 1;
    root.dataset.slide = String(state.at + 1);
  }

  function go(index) {
    return timed(root, async () => {
      state.at = Math.max(0, Math.min(data.slides.length - 1, index));
      draw();
    });
  }

  function toggleFull() {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (root.requestFullscreen) root.requestFullscreen().catch(() => root.classList.toggle("ex-presenting"));
    else root.classList.toggle("ex-presenting");
  }

  root.addEventListener("keydown", (ev) => {
    if (["INPUT", "SELECT", "TEXTAREA"].includes(ev.target.tagName)) return;
    const moves = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
    if (ev.key in moves) { ev.preventDefault(); go(state.at + moves[ev.key]); }
    else if (ev.key === "Home") { ev.preventDefault(); go(0); }
    else if (ev.key === "End") { ev.preventDefault(); go(data.slides.length - 1); }
    else if (ev.key === "f" || ev.key === "F") { ev.preventDefault(); toggleFull(); }
  });

  draw();
  root.dataset.ready = "true";
  releaseKernelWhenDrawn();
}
