// The presenter's slides and keys, apart from the page.
import { h, richText } from "../dom.js";

export const PRESENTER_MIN_FONT_PX = 24;
export const PRESENTER_MAX_FONT_PX = 64;

// Keys that move through the deck, and by how many slides.
export const SLIDE_MOVES = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  " ": 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
};

// A slide's contents: its date, title, then a quote, a numbered list or paragraphs, and a note.
export function slideContent(slide) {
  return [
    slide.when ? h("p", { class: "ex-slide-when", text: slide.when }) : "",
    h("h2", { class: "ex-slide-title" }, richText(slide.title)),
    slide.kind === "quote"
      ? h("blockquote", { class: "ex-slide-quote" }, richText(slide.lines[0]))
      : slide.kind === "list"
        ? h(
            "ol",
            { class: "ex-slide-list" },
            slide.lines.map((line) => h("li", {}, richText(line))),
          )
        : slide.lines.map((line) => h("p", { class: "ex-slide-text" }, richText(line))),
    slide.note ? h("p", { class: "ex-slide-note" }, richText(slide.note)) : "",
  ];
}

// The largest whole size from low to high at which `fits(size)` holds: high if it fits there,
// else found by halving; low when nothing larger fits (low itself is never tried).
export function largestFit(low, high, fits) {
  if (fits(high)) return high;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}
