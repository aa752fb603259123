// One event's card, alone: the embed view a course page frames (embed-event.html?event=ID,
// or the timeline's page with ?embed=event&event=ID). The link to the full explainer opens the
// timeline on that event.
import { queryParam } from "../address.js";
import { h, notice, plainText } from "../dom.js";
import { t } from "../i18n.js";
import { eventDetails } from "./event-card.js";

export function renderEventEmbed(data, el) {
  const root = h(
    "section",
    { class: "ex-view ex-event", "aria-label": t("An event from the timeline") },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
  );
  el.replaceChildren(root);
  const wanted = queryParam("event");
  const event = data.events.find((e) => e.id === wanted);
  if (!event) {
    notice(
      root,
      wanted
        ? t('No event has the id "{id}"; open the full explainer to choose one.', { id: wanted })
        : t("This frame shows one event of the timeline, but its address names none."),
    );
  } else {
    root.append(h("article", { class: "ex-card" }, eventDetails(event, data.links)));
    document.title = `${plainText(event.title)} · ${document.title}`;
    const open = document.querySelector("a.ex-embed-open[data-event-href]");
    if (open) {
      const address = new URL(open.dataset.eventHref, window.location.href);
      address.searchParams.set("event", event.id);
      open.setAttribute("href", address.href);
    }
  }
  root.dataset.ready = "true";
}
