// The DOM helper every view builds with. Data text is only ever set with textContent or
// setAttribute, never as HTML, so quotes and titles can't inject markup.

// An element: `attrs` sets attributes (`class`, `text` for its text, `onX` for a listener,
// `true` for an empty attribute; null, undefined and false are left out), then `children` are
// appended: nested arrays are flattened, nodes kept, anything else becomes a text node.
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "href") node.setAttribute("href", safeUrl(value));
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Replace a node's children; nested arrays and empty strings in `children` are fine.
export function fill(node, ...children) {
  node.replaceChildren(
    ...children
      .flat(Infinity)
      .filter((c) => c !== "" && c !== null && c !== undefined && c !== false),
  );
  return node;
}

// An address a link may point to: http(s) only, resolved against the page; anything else "#".
export function safeUrl(url) {
  try {
    const parsed = new URL(String(url), window.location.href);
    return ["http:", "https:"].includes(parsed.protocol) ? parsed.href : "#";
  } catch {
    return "#";
  }
}

let uniqueCounter = 0;
// An id no other element on the page has (for a label's `for`).
export function uid(prefix) {
  uniqueCounter += 1;
  return `${prefix}-${Date.now().toString(36)}-${uniqueCounter}`;
}

// Words kept verbatim in English inside translated data text: "la política de [[zero tolerance]]".
const VERBATIM = /\[\[(.+?)\]\]/gs;

// A data text's runs, in order: [words, true] for words kept in English, [words, false] else.
export function verbatimRuns(text) {
  const source = String(text ?? "");
  const runs = [];
  let at = 0;
  for (const match of source.matchAll(VERBATIM)) {
    if (match.index > at) runs.push([source.slice(at, match.index), false]);
    runs.push([match[1], true]);
    at = match.index + match[0].length;
  }
  if (at < source.length) runs.push([source.slice(at), false]);
  return runs;
}

// Data text shown in the page (already in the page's language): a fragment of text nodes, the
// words kept verbatim in English each in a <span lang="en">. Never parsed as HTML.
export function richText(text) {
  const fragment = document.createDocumentFragment();
  for (const [words, english] of verbatimRuns(text))
    fragment.append(english ? h("span", { lang: "en" }, words) : document.createTextNode(words));
  return fragment;
}

// The same text where only plain text goes (attributes, menu options, chart hover text,
// searching): the brackets dropped, the words kept.
export function plainText(text) {
  return String(text ?? "").replace(VERBATIM, "$1");
}

// Show (or, with an empty message, hide) a view's notice box.
export function notice(root, message) {
  const box = root.querySelector(".ex-notice");
  box.textContent = message;
  box.hidden = !message;
}
