// The quote comparisons view: curated pairs with checklists, printings compared word by word,
// and the January post's edit history. Every string from the data is set as text.

function renderQuotes(data, el) {
  const ids = { pair: uid("pair"), group: uid("group"), a: uid("printing-a"), b: uid("printing-b") };
  const state = { pair: data.pairs[0], check: null, group: data.variants[0], a: 0, b: 1 };

  const pairSelect = h("select", { id: ids.pair, onchange: (ev) => choosePair(ev.target.value) },
    data.pairs.map((p) => h("option", { value: p.id, text: `${p.left.label} / ${p.right.label}` })));
  const question = h("p", { class: "ex-question" });
  const cards = h("div", { class: "ex-pair" });
  const checklist = h("table", { class: "ex-checklist ex-cards-on-phone" });

  const groupSelect = h("select", { id: ids.group, onchange: (ev) => chooseGroup(ev.target.value) },
    data.variants.map((g) => h("option", { value: g.id, text: `${g.label} (${g.members.length} printings)` })));
  const aSelect = h("select", { id: ids.a, onchange: (ev) => { state.a = Number(ev.target.value); drawDiff(); } });
  const bSelect = h("select", { id: ids.b, onchange: (ev) => { state.b = Number(ev.target.value); drawDiff(); } });
  const legend = h("dl", { class: "ex-legend" });
  const summary = h("p", { class: "ex-similarity", "aria-live": "polite" });
  const inline = h("p", { class: "ex-diff ex-diff-inline" });
  const sideA = h("div", { class: "ex-diff ex-diff-side" });
  const sideB = h("div", { class: "ex-diff ex-diff-side" });

  const wordsHeading = h("h2", { text: "How outlets printed the same words" });
  const root = h("section", { class: "ex-view ex-quotes", "aria-label": "Quote comparisons" },
    h("div", { class: "ex-notice", role: "status", hidden: true }),
    h("h2", { text: "Side by side" }),
    h("div", { class: "ex-field" }, h("label", { for: ids.pair, text: "Compare" }), pairSelect),
    question, cards,
    h("p", { class: "ex-hint", text: "Each row says whether the words on each side mention something. Choose a row to highlight the words that answer it. These are facts about the printed words, not verdicts about the speakers." }),
    h("div", { class: "ex-scroll" }, checklist),
    wordsHeading,
    h("p", { class: "ex-hint", text: "Outlets sometimes printed the same statement differently. Choose the words and two printings to compare them word by word." }),
    h("div", { class: "ex-controls" },
      h("div", { class: "ex-field" }, h("label", { for: ids.group, text: "Words" }), groupSelect),
      h("div", { class: "ex-field" }, h("label", { for: ids.a, text: "Printing A" }), aSelect),
      h("div", { class: "ex-field" }, h("label", { for: ids.b, text: "Printing B" }), bSelect)),
    legend, summary,
    h("p", { class: "ex-diff-key" },
      h("del", { text: "struck through" }), ": changed, only in A · ", h("ins", { text: "underlined" }), ": changed, only in B · ",
      h("span", { class: "ex-unprinted", text: "grey" }), ": not printed by the other outlet (left out, not changed)"),
    h("h3", { text: "Inline" }), inline,
    h("h3", { text: "Side by side" }),
    h("div", { class: "ex-pair" }, h("div", {}, h("h4", { text: "Printing A" }), sideA), h("div", {}, h("h4", { text: "Printing B" }), sideB)),
    historySection());
  el.replaceChildren(root);

  function quoteFigure(quote, spans) {
    const block = h("blockquote", { "data-quote": quote.id }, highlighted(quote.text, spans || []));
    return h("figure", { class: "ex-quote" }, block,
      h("figcaption", {},
        h("span", { class: "ex-speaker", text: quote.speaker }), `, ${quote.role} · ${quote.date} · ${quote.medium}`,
        h("br"), "As printed by ", h("a", { href: quote.source.url, target: "_blank", rel: "noopener noreferrer", text: quote.source.publisher }),
        ` (${quote.source.date})`,
        revisionNotes(quote.revisions),
        h("details", {}, h("summary", { text: "Context" }), h("p", {}, linkTerms(quote.context, data.links)))));
  }

  function highlighted(text, spans) {
    const parts = [];
    let at = 0;
    for (const [start, end] of [...spans].sort((x, y) => x[0] - y[0])) {
      if (start < at) continue;
      parts.push(text.slice(at, start), h("mark", { text: text.slice(start, end) }));
      at = end;
    }
    parts.push(text.slice(at));
    return parts;
  }

  function drawCards() {
    const check = state.check;
    cards.replaceChildren(...["left", "right"].map((side) => h("article", { class: `ex-card ex-side-${side}` },
      h("h3", { text: state.pair[side].label }),
      state.pair[side].quotes.map((q) => quoteFigure(q, check ? check[side].spans[q.id] : [])))));
  }

  function answer(result, side) {
    if (!result.found) return h("td", { class: "ex-no", "data-label": side }, h("span", { class: "ex-mark", "aria-hidden": "true", text: "—" }), " No such words appear");
    return h("td", { class: "ex-yes", "data-label": side }, h("span", { class: "ex-mark", "aria-hidden": "true", text: "✓" }), " Yes: ",
      result.words.map((w, i) => [i ? ", " : "", h("q", { text: w })]));
  }

  function drawChecklist() {
    checklist.replaceChildren(
      h("caption", { text: "What the words on each side mention" }),
      h("thead", {}, h("tr", {}, h("th", { scope: "col", text: "Check" }),
        h("th", { scope: "col", text: state.pair.left.label }), h("th", { scope: "col", text: state.pair.right.label }))),
      h("tbody", {}, state.pair.checks.map((c) => h("tr", { class: state.check === c ? "ex-current" : "" },
        h("th", { scope: "row" }, h("button", { type: "button", class: "ex-link-button", "aria-pressed": String(state.check === c),
          onclick: () => timed(root, async () => { state.check = state.check === c ? null : c; drawCards(); drawChecklist(); }) }, c.label)),
        answer(c.left, state.pair.left.label), answer(c.right, state.pair.right.label)))));
  }

  function choosePair(id) {
    return timed(root, async () => {
      state.pair = data.pairs.find((p) => p.id === id) || data.pairs[0];
      state.check = state.pair.checks[0] || null;
      pairSelect.value = state.pair.id;
      question.textContent = state.pair.question;
      drawCards();
      drawChecklist();
      setQueryParam("pair", state.pair.id);
    });
  }

  function comparison(a, b) {
    if (a === b) return { relation: "identical", runs: [["same", state.group.members[a].text]], similarity: 1 };
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    const found = state.group.comparisons[key];
    if (a < b) return found;
    const swap = { left: "right", right: "left", same: "same", "not-in-right": "not-in-left", "not-in-left": "not-in-right" };
    return { ...found, shorter: found.shorter && swap[found.shorter], runs: found.runs.map(([op, text]) => [swap[op], text]) };
  }

  function chooseGroup(id) {
    state.group = data.variants.find((g) => g.id === id) || data.variants[0];
    groupSelect.value = state.group.id;
    [state.a, state.b] = state.group.default;
    for (const select of [aSelect, bSelect]) {
      select.replaceChildren(...state.group.members.map((m, i) => h("option", { value: String(i), text: `${m.source.publisher} (${m.source.date})` })));
    }
    setQueryParam("words", state.group.id);
    return drawDiff();
  }

  // Changed words are struck through or underlined; words one outlet did not print are grey,
  // with their outlet named for screen readers, and never shown as changes.
  function marked(op, text, names) {
    if (op === "same") return text;
    if (op === "left") return h("del", {}, h("span", { class: "ex-sr", text: " [changed, only in A: " }), text, h("span", { class: "ex-sr", text: "] " }));
    if (op === "right") return h("ins", {}, h("span", { class: "ex-sr", text: " [changed, only in B: " }), text, h("span", { class: "ex-sr", text: "] " }));
    const who = op === "not-in-right" ? names.B : names.A;
    return h("span", { class: "ex-unprinted", "data-not-printed-by": who },
      h("span", { class: "ex-sr", text: ` [not printed by ${who}: ` }), text, h("span", { class: "ex-sr", text: "] " }));
  }

  const RELATION_LABELS = {
    identical: "Identical.",
    disjoint: "No shared words.",
    excerpt: "Excerpt.",
    "excerpt-with-changes": "Excerpt with changes.",
    overlapping: "Overlapping excerpts.",
    different: "Same passage, changed words.",
  };

  function describe(result, names) {
    const pct = `${Math.round((result.similarity || 0) * 100)}% of words and marks are the same`;
    const [short, long] = result.shorter === "left" ? [names.A, names.B] : [names.B, names.A];
    if (result.relation === "identical") return "The two printings match character for character.";
    if (result.relation === "disjoint") return `${names.A} and ${names.B} printed different parts of the statement, so there is nothing to compare word by word. Each printing is shown in grey, as not printed by the other.`;
    if (result.relation === "excerpt") return `${short} printed only part of what ${long} printed, word for word the same. The rest is shown in grey, as not printed by ${short}.`;
    if (result.relation === "excerpt-with-changes") return `${short} printed only part of what ${long} printed, with changes: within the part both printed, ${pct}. The rest is shown in grey, as not printed by ${short}.`;
    if (result.relation === "overlapping") return `Each printed words the other did not (grey). Within the part both printed, ${result.changed ? pct : "the words are the same"}.`;
    return `Both printed the same passage, with changes: ${pct}.`;
  }

  function outletNames(A, B) {
    const same = A.source.publisher === B.source.publisher;
    return { A: same ? `${A.source.publisher} (printing A)` : A.source.publisher, B: same ? `${B.source.publisher} (printing B)` : B.source.publisher };
  }

  function drawDiff() {
    return timed(root, async () => {
      aSelect.value = String(state.a); bSelect.value = String(state.b);
      const A = state.group.members[state.a], B = state.group.members[state.b];
      const result = comparison(state.a, state.b);
      const names = outletNames(A, B);
      legend.replaceChildren(...[["A", A], ["B", B]].flatMap(([letter, m]) => [
        h("dt", { text: `Printing ${letter}` }),
        h("dd", {}, h("a", { href: m.source.url, target: "_blank", rel: "noopener noreferrer", text: m.source.publisher }),
          `, ${m.source.title} (${m.source.date})`, m.note ? h("span", { class: "ex-source-note", text: ` · ${m.note}` }) : "",
          revisionNotes(m.revisions))]));
      summary.replaceChildren(h("strong", { class: "ex-relation", text: RELATION_LABELS[result.relation] }), " ", describe(result, names));
      summary.dataset.relation = result.relation;
      inline.replaceChildren(...result.runs.map(([op, text]) => marked(op, text, names)));
      sideA.replaceChildren(...result.runs.filter(([op]) => ["same", "left", "not-in-right"].includes(op)).map(([op, text]) => marked(op, text, names)));
      sideB.replaceChildren(...result.runs.filter(([op]) => ["same", "right", "not-in-left"].includes(op)).map(([op, text]) => marked(op, text, names)));
      root.dataset.diff = `${state.group.id}:${state.a}-${state.b}`;
    });
  }

  function historySection() {
    if (!data.history.length) return "";
    return h("section", { class: "ex-history", "aria-label": "Edit history of the January post" },
      h("h2", { text: "The January post's ICE passage on 18 June 2018" }),
      data.passage ? quoteFigure(data.passage, []) : "",
      h("ol", {}, data.history.map((s) => h("li", { class: `ex-step ex-state-${s.state}` },
        h("p", {}, h("strong", { class: "ex-badge", text: s.state_label }), ` · ${s.when}`),
        h("p", { class: "ex-step-title", text: s.title }),
        h("p", {}, linkTerms(s.note, data.links)),
        h("details", {}, h("summary", { text: `Sources (${s.sources.length}) · ${s.confidence.replace("-", " ")}` }), sourceList(s.sources))))));
  }

  function start() {
    const wantedPair = queryParam("pair");
    const wantedWords = queryParam("words");
    if (wantedPair && !data.pairs.some((p) => p.id === wantedPair)) notice(root, "That comparison was not found, so the first one is shown.");
    choosePair(wantedPair && data.pairs.some((p) => p.id === wantedPair) ? wantedPair : data.pairs[0].id);
    const group = data.variants.find((g) => g.id === wantedWords) || data.variants.find((g) => g.id === "stmt-family-unification") || data.variants[0];
    chooseGroup(group.id).then(() => {
      // a link to a comparison or to printed words brings them into view
      if (wantedWords && group.id === wantedWords) revealLinked(inline, "nearest", wordsHeading);
      else if (wantedPair && state.pair.id === wantedPair) revealLinked(cards, "nearest", question);
      root.dataset.ready = "true";
      releaseKernelWhenDrawn();
    });
  }
  start();
}
