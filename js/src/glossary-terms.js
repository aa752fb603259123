// Glossary links inside running text.
import { h } from "./dom.js";

// Link the first mention of each glossary term in a text to its definition; returns the text's
// parts (strings and links). `links` is the view model's {href, terms}; without it, the text.
export function linkTerms(text, links) {
  if (!links?.terms) return [text];
  const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const patterns = links.terms.flatMap((t) =>
    t.aliases.map((alias) => ({
      slug: t.slug,
      term: t.term,
      re: new RegExp(
        `(^|[^\\w])(${escapeRegExp(alias)}s?)(?![\\w])`,
        /[A-Z].*[A-Z]/.test(alias) ? "g" : "gi",
      ),
    })),
  );
  const used = new Set();
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
        title: `Glossary: ${best.p.term}`,
        text: best.word,
      }),
    );
    rest = rest.slice(best.at + best.word.length);
  }
  nodes.push(rest);
  return nodes;
}
