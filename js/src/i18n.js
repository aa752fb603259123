// The reader's language in the browser views: interface strings from the catalog the page embeds
// (<script type="application/json" id="ex-messages">, written by explainer/delivery/switch.py
// from explainer/locale/), and numbers and dates with Intl. A string the catalog lacks is shown
// in English, as written in the call. `make messages` finds the calls to t() and tn().

// Intl's locale for each page language: U.S. conventions in both (2,342.5).
const LOCALES = { en: "en-US", es: "es-US" };

let embedded = null;
let entries = {};

// The page's catalog: {English msgid: translation, or [singular, plural...] for a plural}.
function catalog() {
  const script = globalThis.document?.getElementById?.("ex-messages") ?? null;
  if (script !== embedded) {
    embedded = script;
    try {
      entries = script ? JSON.parse(script.textContent) || {} : {};
    } catch {
      entries = {}; // a broken catalog: the English, as written
    }
  }
  return entries;
}

// The page's language ("en", "es"), from <html lang>.
export function lang() {
  const code = globalThis.document?.documentElement?.lang || "en";
  return code.toLowerCase().split("-")[0];
}

export function locale() {
  return LOCALES[lang()] || LOCALES.en;
}

// Put `params` into a message's {name} placeholders; a placeholder with no value stays as is.
export function format(message, params = {}) {
  return message.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

// A whole sentence whose placeholders may hold elements (a link, a badge): its parts, strings
// and nodes in order, for h() or fill(). `message` is already translated: parts(t("…"), {…}).
export function parts(message, params = {}) {
  const pieces = message.split(/\{(\w+)\}/g);
  return pieces
    .map((piece, i) => {
      if (i % 2 === 0) return piece;
      return Object.hasOwn(params, piece) ? params[piece] : `{${piece}}`;
    })
    .filter((piece) => piece !== "");
}

// `msgid` in the page's language, its {name} placeholders filled from `params`.
export function t(msgid, params) {
  const found = catalog()[msgid];
  const message = typeof found === "string" && found ? found : msgid;
  return params ? format(message, params) : message;
}

// The singular or the plural of a message for `n` (Spanish and English alike: the singular for
// exactly 1, else the plural); {n} is `n`, written the page's way. The catalog's plural entry is
// a list keyed by the singular, its last form the general plural (Babel's Spanish header adds a
// form for exact millions, which no count here reaches).
export function tn(singular, plural, n, params = {}) {
  const found = catalog()[singular];
  const forms = Array.isArray(found) && found.every(Boolean) ? found : [singular, plural];
  const message = n === 1 ? forms[0] : forms[forms.length - 1];
  return format(message, { n: formatNumber(n), ...params });
}

export function formatNumber(value, options = {}) {
  return new Intl.NumberFormat(locale(), options).format(value);
}

// A date (a Date, or "2018-06-18", read as that calendar day) written the page's way;
// `options` as Intl.DateTimeFormat takes them (default: "June 18, 2018", "18 de junio de 2018").
export function formatDate(value, options = { dateStyle: "long" }) {
  const day =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  const zone = typeof value === "string" && value.length === 10 ? { timeZone: "UTC" } : {};
  return new Intl.DateTimeFormat(locale(), { ...zone, ...options }).format(day);
}

// The `lang` attribute of text in language `code` (a quote, a headline, an outlet's name): none
// where the page is in that language already.
export function langOf(code) {
  return lang() === code ? null : code;
}

// The `lang` attribute that brings text back to the page's language inside an element marked
// as language `code` (a screen reader's note within quoted words): none where they are the same.
export function pageLangInside(code) {
  return lang() === code ? null : lang();
}
