// Glossary links inside running text.
import { h, plainText, verbatimRuns } from "./dom.js";
import { t } from "./i18n.js";

// Link the first mention of each glossary term in a text to its definition; returns the text's
// parts (strings, links, and the words kept verbatim in English in <span lang="en">, see
// richText). `links` is the view model's {href, terms}; without it, the text's parts unlinked.
export function linkTerms(text, links) {
  const runs = verbatimRuns(text);
  if (runs.length === 1 && !runs[0][1]) return linkRun(runs[0][0], links, new Set());
  const used = new Set();
  return runs.map(([words, english]) =>
    english ? h("span", { lang: "en" }, linkRun(words, links, used)) : linkRun(words, links, used),
  );
}

// One run of a text, its terms not yet in `used` linked (and added to it).
function linkRun(text, links, used) {
  if (!links?.terms) return [text];
  const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const patterns = links.terms.flatMap((term) =>
    term.aliases.map((alias) => ({
      slug: term.slug,
      term: term.term,
      re: new RegExp(
        `(^|[^\\w])(${escapeRegExp(alias)}s?)(?![\\w])`,
        /[A-Z].*[A-Z]/.test(alias) ? "g" : "gi",
      ),
    })),
  );
  const nodes = [];
  let rest = String(text);
  for (;;) {
    let best = null;
    for (const p of patterns) {
      if (used.has(p.slug)) continue;
      p.re.lastIndex = 0;
      const m = p.re.exec(rest);
      if (m && (!best || m.index + m[1].length < best.at))
        best = { p, at: m.index + m[1].length, word: m[2] };
    }
    if (!best) break;
    used.add(best.p.slug);
    nodes.push(
      rest.slice(0, best.at),
      h("a", {
        href: links.href + encodeURIComponent(best.p.slug),
        class: "ex-term",
        title: t("Glossary: {term}", { term: plainText(best.p.term) }),
        text: best.word,
      }),
    );
    rest = rest.slice(best.at + best.word.length);
  }
  nodes.push(rest);
  return nodes;
}
