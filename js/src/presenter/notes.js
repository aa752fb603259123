// The presenter view: a second window (the lesson page with ?view=notes) for the teacher's
// screen. It shows the current slide's speaker notes, the next slide, the current part of the
// lesson plan and a timer against that part's minutes; the projector shows none of it. The
// slides and this window follow each other (sync.js).
import { fill, h, richText } from "../dom.js";
import { formatNumber, parts, t } from "../i18n.js";
import { clockText, lessonClock, partBudget } from "./clock.js";
import { slideContent } from "./slides.js";

const TICK_MS = 1000;

// Draws the view into `el`; returns {show(index)}, which shows a slide's notes without telling
// anyone; `onMove(index)` is called when the teacher moves here (a button or a key).
export function renderNotes(data, el, onMove) {
  const slides = data.slides;
  const plan = data.plan || [];
  const clock = lessonClock();
  let at = 0;

  const counter = h("p", { class: "ex-slide-count", "aria-live": "polite" });
  const prev = h(
    "button",
    { type: "button", class: "ex-step-button", onclick: () => onMove(at - 1) },
    t("◀ Back"),
  );
  const next = h(
    "button",
    { type: "button", class: "ex-step-button", onclick: () => onMove(at + 1) },
    t("Next ▶"),
  );
  const current = h("p", { class: "ex-notes-current" });
  const notes = h("div", { class: "ex-notes-text" });
  const preview = h("div", { class: "ex-slide ex-slide-preview" });
  const partBox = h("div", { class: "ex-notes-part" });
  const partClock = h("p", { class: "ex-timer-part" });
  const partLeft = h("p", { class: "ex-timer-left" });
  const totalClock = h("p", { class: "ex-timer-total" });
  const startButton = h("button", { type: "button", onclick: () => toggleClock() });
  const resetButton = h(
    "button",
    {
      type: "button",
      onclick: () => {
        clock.reset();
        tick();
      },
    },
    t("Reset"),
  );
  const timer = h(
    "section",
    { class: "ex-timer", "aria-labelledby": "ex-timer-heading" },
    h("h2", { id: "ex-timer-heading" }, t("Timer")),
    partClock,
    partLeft,
    totalClock,
    h("p", { class: "ex-timer-buttons" }, startButton, " ", resetButton),
  );
  const root = h(
    "section",
    {
      class: "ex-view ex-presenter ex-notes-window",
      id: "ex-presenter",
      "aria-label": t("Presenter view: speaker notes, next slide and timer"),
    },
    h(
      "div",
      { class: "ex-stepper ex-presenter-bar" },
      prev,
      next,
      counter,
      h("p", { class: "ex-hint" }, t("Keys: → or Space next · ← back · Home, End")),
    ),
    h(
      "div",
      { class: "ex-notes-grid" },
      h("div", { class: "ex-notes-main" }, current, h("h2", {}, t("Speaker notes")), notes),
      h(
        "div",
        { class: "ex-notes-side" },
        timer,
        h("h2", {}, t("Lesson plan")),
        partBox,
        h("h2", {}, t("Next slide")),
        preview,
      ),
    ),
  );
  el.replaceChildren(root);
  document.documentElement.classList.add("ex-notes-page");
  document.title = t("Presenter view: {title}", { title: document.title });

  function noteItem(note) {
    return h(
      "li",
      {},
      note.prompt ? h("p", { class: "ex-note-prompt" }, richText(note.prompt)) : "",
      h("p", {}, richText(note.text)),
    );
  }

  function show(index) {
    at = index;
    const slide = slides[at];
    counter.textContent = t("Slide {slide} of {n}", {
      slide: formatNumber(at + 1),
      n: formatNumber(slides.length),
    });
    prev.disabled = at === 0;
    next.disabled = at === slides.length - 1;
    fill(current, richText(slide.title));
    fill(notes, h("ul", { class: "ex-notes-list" }, (slide.notes || []).map(noteItem)));
    const following = slides[at + 1];
    fill(preview, following ? slideContent(following) : h("p", {}, t("This is the last slide.")));
    const row = plan[slide.part];
    fill(
      partBox,
      row
        ? [
            h(
              "p",
              { class: "ex-notes-part-name" },
              parts(t("Minutes {start}–{end}: {activity}"), {
                start: formatNumber(row.start),
                end: formatNumber(row.end),
                activity: h("strong", {}, richText(row.activity)),
              }),
            ),
            h("p", {}, richText(row.detail)),
          ]
        : "",
    );
    root.dataset.slide = String(at + 1);
    clock.setPart(slide.part ?? 0);
    tick();
  }

  // The timer's words: this part's time against its minutes, and the lesson's.
  function tick() {
    const row = plan[clock.part()];
    const budget = row ? partBudget(row) : 0;
    const spent = clock.partElapsed();
    const over = Boolean(row) && spent > budget;
    partClock.textContent = t("This part: {elapsed} of {planned}", {
      elapsed: clockText(spent),
      planned: clockText(budget),
    });
    partLeft.textContent = over
      ? t("{time} over the plan", { time: clockText(spent - budget) })
      : t("{time} left in this part", { time: clockText(budget - spent) });
    const lesson = plan.length ? plan[plan.length - 1].end * 60_000 : 0;
    totalClock.textContent = t("Lesson: {elapsed} of {planned}, {left} left", {
      elapsed: clockText(clock.elapsed()),
      planned: clockText(lesson),
      left: clockText(lesson - clock.elapsed()),
    });
    timer.dataset.over = String(over);
    timer.dataset.running = String(clock.running());
    startButton.textContent = clock.running() ? t("Pause") : t("Start");
  }

  let ticking = null;
  function toggleClock() {
    if (clock.running()) {
      clock.pause();
      clearInterval(ticking);
    } else {
      clock.start();
      ticking = setInterval(tick, TICK_MS);
    }
    tick();
  }

  return { root, show };
}
