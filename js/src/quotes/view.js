// The quote comparisons view: curated pairs with checklists, printings compared word by word,
// and the January post's edit history. Every string from the data is set as text.
import { queryParam, setQueryParam } from "../address.js";
import { h, notice, plainText, richText, uid } from "../dom.js";
import { langOf, parts, t, tn } from "../i18n.js";
import { revealLinked } from "../scrolling.js";
import { timed } from "../timing.js";
import { checklistParts, sideCard } from "./checklist.js";
import { historySection } from "./history.js";
import {
  comparison,
  describe,
  markedRuns,
  outletNames,
  printingLegend,
  relationLabel,
} from "./printings.js";

export function renderQuotes(data, el) {
  const ids = {
    pair: uid("pair"),
    group: uid("group"),
    a: uid("printing-a"),
    b: uid("printing-b"),
  };
  const state = { pair: data.pairs[0], check: null, group: data.variants[0], a: 0, b: 1 };

  const pairSelect = h(
    "select",
    { id: ids.pair, onchange: (ev) => choosePair(ev.target.value) },
    data.pairs.map((p) =>
      h("option", { value: p.id, text: plainText(`${p.left.label} / ${p.right.label}`) }),
    ),
  );
  const question = h("p", { class: "ex-question" });
  const cards = h("div", { class: "ex-pair" });
  const checklist = h("table", { class: "ex-checklist ex-cards-on-phone" });

  const groupSelect = h(
    "select",
    { id: ids.group, onchange: (ev) => chooseGroup(ev.target.value) },
    data.variants.map((g) =>
      h("option", {
        value: g.id,
        text: tn("{label} ({n} printing)", "{label} ({n} printings)", g.members.length, {
          label: plainText(g.label),
        }),
      }),
    ),
  );
  const aSelect = h("select", {
    id: ids.a,
    onchange: (ev) => {
      state.a = Number(ev.target.value);
      writePrintings();
      drawDiff();
    },
  });
  const bSelect = h("select", {
    id: ids.b,
    onchange: (ev) => {
      state.b = Number(ev.target.value);
      writePrintings();
      drawDiff();
    },
  });
  const legend = h("dl", { class: "ex-legend" });
  const summary = h("p", { class: "ex-similarity", "aria-live": "polite" });
  // the printed words, compared as printed (in English)
  const inline = h("p", { class: "ex-diff ex-diff-inline", lang: langOf("en") });
  const sideA = h("div", { class: "ex-diff ex-diff-side", lang: langOf("en") });
  const sideB = h("div", { class: "ex-diff ex-diff-side", lang: langOf("en") });

  const wordsHeading = h("h2", { text: t("How outlets printed the same words") });
  const root = h(
    "section",
    { class: "ex-view ex-quotes", "aria-label": t("Quote comparisons") },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
    h("h2", { text: t("Side by side") }),
    h("div", { class: "ex-field" }, h("label", { for: ids.pair, text: t("Compare") }), pairSelect),
    question,
    cards,
    h("p", {
      class: "ex-hint",
      text: t(
        "Each row says whether the words on each side mention something. Choose a row to highlight the words that answer it. These are facts about the printed words, not verdicts about the speakers.",
      ),
    }),
    h("div", { class: "ex-scroll" }, checklist),
    wordsHeading,
    h("p", {
      class: "ex-hint",
      text: t(
        "Outlets sometimes printed the same statement differently. Choose the words and two printings to compare them word by word.",
      ),
    }),
    h(
      "div",
      { class: "ex-controls" },
      h(
        "div",
        { class: "ex-field" },
        h("label", { for: ids.group, text: t("Words") }),
        groupSelect,
      ),
      h("div", { class: "ex-field" }, h("label", { for: ids.a, text: t("Printing A") }), aSelect),
      h("div", { class: "ex-field" }, h("label", { for: ids.b, text: t("Printing B") }), bSelect),
    ),
    legend,
    summary,
    h(
      "p",
      { class: "ex-diff-key" },
      parts(
        t(
          "{struck}: changed, only in A · {underlined}: changed, only in B · {grey}: not printed by the other outlet (left out, not changed)",
        ),
        {
          struck: h("del", { text: t("struck through") }),
          underlined: h("ins", { text: t("underlined") }),
          grey: h("span", { class: "ex-unprinted", text: t("grey") }),
        },
      ),
    ),
    h("h3", { text: t("Inline") }),
    inline,
    h("h3", { text: t("Side by side") }),
    h(
      "div",
      { class: "ex-pair" },
      h("div", {}, h("h4", { text: t("Printing A") }), sideA),
      h("div", {}, h("h4", { text: t("Printing B") }), sideB),
    ),
    historySection(data),
  );
  el.replaceChildren(root);

  function drawCards() {
    cards.replaceChildren(
      ...["left", "right"].map((side) => sideCard(state.pair, side, state.check, data.links)),
    );
  }

  function toggleCheck(check) {
    return timed(root, async () => {
      state.check = state.check === check ? null : check;
      drawCards();
      drawChecklist();
    });
  }

  function drawChecklist() {
    checklist.replaceChildren(...checklistParts(state.pair, state.check, toggleCheck));
  }

  function choosePair(id) {
    return timed(root, async () => {
      state.pair = data.pairs.find((p) => p.id === id) || data.pairs[0];
      state.check = state.pair.checks[0] || null;
      pairSelect.value = state.pair.id;
      question.replaceChildren(richText(state.pair.question));
      drawCards();
      drawChecklist();
      setQueryParam("pair", state.pair.id);
    });
  }

  // `printings`: "A-B", the two printings compared (?printings=), when not the words' default.
  function chooseGroup(id, printings = null) {
    state.group = data.variants.find((g) => g.id === id) || data.variants[0];
    groupSelect.value = state.group.id;
    [state.a, state.b] = state.group.default;
    const wanted = /^(\d+)-(\d+)$/.exec(printings || "");
    const count = state.group.members.length;
    if (wanted && Number(wanted[1]) < count && Number(wanted[2]) < count)
      [state.a, state.b] = [Number(wanted[1]), Number(wanted[2])];
    for (const select of [aSelect, bSelect]) {
      select.replaceChildren(
        ...state.group.members.map((m, i) =>
          h("option", { value: String(i), text: `${m.source.publisher} (${m.source.date})` }),
        ),
      );
    }
    setQueryParam("words", state.group.id);
    writePrintings();
    return drawDiff();
  }

  // The printings compared, in the address when they are not the words' default, so a shared
  // link or the language switch keeps them.
  function writePrintings() {
    const [a, b] = state.group.default;
    const chosen = state.a === a && state.b === b ? null : `${state.a}-${state.b}`;
    setQueryParam("printings", chosen);
  }

  function drawDiff() {
    return timed(root, async () => {
      aSelect.value = String(state.a);
      bSelect.value = String(state.b);
      const A = state.group.members[state.a],
        B = state.group.members[state.b];
      const result = comparison(state.group, state.a, state.b);
      const names = outletNames(A, B);
      legend.replaceChildren(...printingLegend(A, B));
      summary.replaceChildren(
        h("strong", { class: "ex-relation", text: relationLabel(result.relation) }),
        " ",
        describe(result, names),
      );
      summary.dataset.relation = result.relation;
      inline.replaceChildren(...markedRuns(result.runs, names));
      sideA.replaceChildren(...markedRuns(result.runs, names, "A"));
      sideB.replaceChildren(...markedRuns(result.runs, names, "B"));
      root.dataset.diff = `${state.group.id}:${state.a}-${state.b}`;
    });
  }

  function start() {
    const wantedPair = queryParam("pair");
    const wantedWords = queryParam("words");
    if (wantedPair && !data.pairs.some((p) => p.id === wantedPair))
      notice(root, t("That comparison was not found, so the first one is shown."));
    choosePair(
      wantedPair && data.pairs.some((p) => p.id === wantedPair) ? wantedPair : data.pairs[0].id,
    );
    const group =
      data.variants.find((g) => g.id === wantedWords) ||
      data.variants.find((g) => g.id === "stmt-family-unification") ||
      data.variants[0];
    const printings =
      wantedWords === null || group.id === wantedWords ? queryParam("printings") : null;
    chooseGroup(group.id, printings).then(() => {
      // a link to a comparison or to printed words brings them into view
      if (wantedWords && group.id === wantedWords) revealLinked(inline, "nearest", wordsHeading);
      else if (wantedPair && state.pair.id === wantedPair) revealLinked(cards, "nearest", question);
      root.dataset.ready = "true";
    });
  }
  start();
}
