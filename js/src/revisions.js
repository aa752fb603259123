// "Revised on" notes: per date, what changed, each change linking to its entry on the
// Corrections page (the view model carries the link for its edition).
import { h, plainText, richText } from "./dom.js";
import { t } from "./i18n.js";

export function revisionNotes(revisions) {
  if (!revisions?.length) return "";
  const byDate = new Map();
  for (const r of revisions) byDate.set(r.date, [...(byDate.get(r.date) || []), r]);
  return h(
    "div",
    { class: "ex-revisions", role: "note" },
    [...byDate].map(([date, entries]) =>
      h(
        "p",
        {},
        h("span", { class: "ex-revised-date", text: t("Revised on {date}", { date }) }),
        entries.map((r) => [
          " · ",
          h(
            "a",
            {
              href: r.href,
              class: "ex-revised",
              title: t("{kind}: its entry on the Corrections page", { kind: plainText(r.kind) }),
            },
            richText(r.what),
          ),
        ]),
      ),
    ),
  );
}
