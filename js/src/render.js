// Drawing a view: anywidget calls render({model, el}) for the widget (widget.js); the page's own
// script (page.js) calls it with a stand-in model for each view mounted in the page's HTML,
// before any kernel answers.
import { setPageActions } from "./actions.js";
import { t } from "./i18n.js";
import { renderPolicy } from "./policy/view.js";
import { renderPresenter } from "./presenter/view.js";
import { renderQuotes } from "./quotes/view.js";
import { renderEventEmbed } from "./timeline/event-embed.js";
import { renderTimeline } from "./timeline/view.js";

const EXPLAINER_VIEWS = {
  timeline: renderTimeline,
  quotes: renderQuotes,
  policy: renderPolicy,
  presenter: renderPresenter,
  event: renderEventEmbed,
};

// A view the page already drew from its HTML, not yet taken over by a widget.
function unadoptedMount(name) {
  return [
    ...document.querySelectorAll("[data-explainer-view][data-mounted]:not([data-adopted])"),
  ].find((mount) => mount.dataset.explainerView === name);
}

export function render({ model, el }) {
  const name = model.get("view");
  const drawn = model.get("early") ? null : unadoptedMount(name);
  if (drawn) {
    // the widget adopts the drawn view: no second copy, no lost focus or state
    drawn.dataset.adopted = "true";
    el.hidden = true;
    return;
  }
  const view = EXPLAINER_VIEWS[name];
  if (!view) {
    el.textContent = t("This part of the page could not be shown.");
    return;
  }
  const payload = model.get("payload");
  if (payload?.report_to) setPageActions(payload);
  view(payload, el);
}
