// A tiny stand-in for the browser's document, enough for the views' builders: elements with
// attributes, text, children and listeners, serialized the way a browser's outerHTML is.
// installFakeDom() puts `document`, `Node` and `window` on globalThis, as a page has them; its
// `page` option gives the page's language and the catalog it embeds ({lang, messages}).

const VOID_ELEMENTS = new Set(["br", "hr", "img", "input", "meta", "link"]);

class FakeNode {}

class FakeText extends FakeNode {
  constructor(data) {
    super();
    this.data = data;
  }

  get textContent() {
    return this.data;
  }

  get outerHTML() {
    return this.data.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
}

// A document fragment: appending it moves its children, as in a browser.
class FakeFragment extends FakeNode {
  constructor() {
    super();
    this.childNodes = [];
  }

  append(...nodes) {
    for (const node of nodes) {
      this.childNodes.push(node instanceof FakeNode ? node : new FakeText(String(node)));
    }
  }

  get textContent() {
    return this.childNodes.map((node) => node.textContent).join("");
  }

  get outerHTML() {
    return this.childNodes.map((node) => node.outerHTML).join("");
  }
}

class FakeElement extends FakeNode {
  constructor(tag) {
    super();
    this.localName = tag.toLowerCase();
    this.attributes = new Map();
    this.childNodes = [];
    this.listeners = {};
    this.dataset = {};
  }

  setAttribute(name, value) {
    this.attributes.set(name, String(value));
  }

  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }

  get className() {
    return this.getAttribute("class") ?? "";
  }

  set className(value) {
    this.setAttribute("class", value);
  }

  get textContent() {
    return this.childNodes.map((node) => node.textContent).join("");
  }

  set textContent(value) {
    this.childNodes = [];
    const text = value === null || value === undefined ? "" : String(value);
    if (text) this.childNodes.push(new FakeText(text));
  }

  get children() {
    return this.childNodes.filter((node) => node instanceof FakeElement);
  }

  addEventListener(type, listener) {
    this.listeners[type] = [...(this.listeners[type] || []), listener];
  }

  dispatch(type) {
    for (const listener of this.listeners[type] || []) listener({ type, target: this });
  }

  append(...nodes) {
    for (const node of nodes) {
      if (node instanceof FakeFragment) this.childNodes.push(...node.childNodes.splice(0));
      else this.childNodes.push(node instanceof FakeNode ? node : new FakeText(String(node)));
    }
  }

  replaceChildren(...nodes) {
    this.childNodes = [];
    this.append(...nodes);
  }

  get outerHTML() {
    const attributes = [...this.attributes].map(
      ([name, value]) => ` ${name}="${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`,
    );
    const open = `<${this.localName}${attributes.join("")}>`;
    if (VOID_ELEMENTS.has(this.localName)) return open;
    return `${open}${this.childNodes.map((node) => node.outerHTML).join("")}</${this.localName}>`;
  }
}

// `found` is what document.querySelectorAll answers (any selector); querySelector finds nothing.
export function installFakeDom(
  href = "https://example.org/explainer/timeline.html",
  found = [],
  page = { lang: "en", messages: null },
) {
  const messages = page.messages && { textContent: JSON.stringify(page.messages) };
  globalThis.Node = FakeNode;
  globalThis.document = {
    documentElement: { lang: page.lang ?? "en" },
    createElement: (tag) => new FakeElement(tag),
    createTextNode: (data) => new FakeText(data),
    createDocumentFragment: () => new FakeFragment(),
    querySelectorAll: () => found,
    querySelector: () => null,
    getElementById: (id) => (id === "ex-messages" ? messages : null),
  };
  globalThis.window = { location: { href } };
}

// The HTML of a builder's parts (nodes and strings, nested arrays flattened) as a page would
// hold them once appended: strings become text.
export function html(...parts) {
  return parts
    .flat(Infinity)
    .filter((part) => part !== null && part !== undefined && part !== false)
    .map((part) => (part instanceof FakeNode ? part : new FakeText(String(part))).outerHTML)
    .join("");
}

export { FakeElement, FakeFragment, FakeText };
