import assert from "node:assert/strict";
import { test } from "node:test";
import { h, plainText, richText, verbatimRuns } from "../src/dom.js";
import {
  formatDate,
  formatNumber,
  lang,
  langOf,
  pageLangInside,
  parts,
  t,
  tn,
} from "../src/i18n.js";
import { html, installFakeDom } from "./fake-dom.js";

const SPANISH = {
  lang: "es",
  messages: {
    Event: "Evento",
    "Step {step} of {n}": "Paso {step} de {n}",
    "As printed by {outlet} ({date})": "Según lo publicó {outlet} ({date})",
    "{n} more outside these dates": ["{n} más fuera de estas fechas", "", ""],
    "Source: {outlet}": "",
    "{n} report counts": ["{n} informe cuenta", "{n} informes cuentan", "{n} informes cuentan"],
  },
};

test("t shows the English as written where the page embeds no catalog", () => {
  installFakeDom();
  assert.equal(lang(), "en");
  assert.equal(t("Event"), "Event");
  assert.equal(t("Step {step} of {n}", { step: 2, n: 7 }), "Step 2 of 7");
});

test("t looks the English up in the page's catalog and fills its placeholders", () => {
  installFakeDom(undefined, [], SPANISH);
  assert.equal(lang(), "es");
  assert.equal(t("Event"), "Evento");
  assert.equal(t("Step {step} of {n}", { step: 2, n: 7 }), "Paso 2 de 7");
});

test("t falls back to the English for a missing or empty entry", () => {
  installFakeDom(undefined, [], SPANISH);
  assert.equal(t("Era"), "Era");
  assert.equal(t("Source: {outlet}", { outlet: "NPR" }), "Source: NPR");
});

test("t leaves a placeholder without a value as written, and never reads markup", () => {
  installFakeDom(undefined, [], SPANISH);
  assert.equal(t("Step {step} of {n}", { step: 1 }), "Paso 1 de {n}");
  assert.equal(t("Step {step} of {n}", { step: "<b>", n: "$&" }), "Paso <b> de $&");
});

test("a catalog that is not JSON leaves the English", () => {
  installFakeDom(undefined, [], { lang: "es", messages: null });
  globalThis.document.getElementById = () => ({ textContent: "{not json" });
  assert.equal(t("Event"), "Event");
});

test("tn: the singular for exactly 1, else the plural; {n} written the page's way", () => {
  installFakeDom();
  assert.equal(tn("{n} report counts", "{n} reports count", 1), "1 report counts");
  assert.equal(tn("{n} report counts", "{n} reports count", 0), "0 reports count");
  assert.equal(tn("{n} report counts", "{n} reports count", 2342), "2,342 reports count");
  installFakeDom(undefined, [], SPANISH);
  assert.equal(tn("{n} report counts", "{n} reports count", 1), "1 informe cuenta");
  assert.equal(tn("{n} report counts", "{n} reports count", 3), "3 informes cuentan");
  assert.equal(tn("{n} report counts", "{n} reports count", 0), "0 informes cuentan");
});

test("tn shows the English where a plural form is missing", () => {
  installFakeDom(undefined, [], SPANISH);
  assert.equal(
    tn("{n} more outside these dates", "{n} more outside these dates", 4),
    "4 more outside these dates",
  );
});

test("parts puts nodes into a translated sentence's placeholders, in the sentence's order", () => {
  installFakeDom(undefined, [], SPANISH);
  const link = h("a", { text: "NPR" });
  const pieces = parts(t("As printed by {outlet} ({date})"), { outlet: link, date: "1 June" });
  assert.equal(pieces[1], link);
  assert.equal(html(h("p", {}, pieces)), "<p>Según lo publicó <a>NPR</a> (1 June)</p>");
});

test("formatNumber and formatDate follow the page's language (U.S. conventions in both)", () => {
  installFakeDom();
  assert.equal(formatNumber(2342.5), "2,342.5");
  assert.equal(formatDate("2018-06-18"), "June 18, 2018");
  installFakeDom(undefined, [], SPANISH);
  assert.equal(formatNumber(2342.5), "2,342.5");
  assert.equal(formatDate("2018-06-18"), "18 de junio de 2018");
  assert.equal(formatDate("2018-06-18", { month: "long" }), "junio");
});

test("langOf and pageLangInside mark text in another language, only on such a page", () => {
  installFakeDom();
  assert.equal(langOf("en"), null);
  assert.equal(pageLangInside("en"), null);
  installFakeDom(undefined, [], SPANISH);
  assert.equal(langOf("en"), "en");
  assert.equal(pageLangInside("en"), "es");
});

test("richText marks the words kept verbatim in English, as text, never as HTML", () => {
  installFakeDom(undefined, [], SPANISH);
  const node = h("p", {}, richText("La política de [[zero tolerance]] y <b>[[ICE]]</b>."));
  assert.equal(
    node.outerHTML,
    '<p>La política de <span lang="en">zero tolerance</span> y &lt;b&gt;<span lang="en">ICE</span>&lt;/b&gt;.</p>',
  );
});

test("richText of text without brackets is that text alone (English pages unchanged)", () => {
  installFakeDom();
  assert.equal(h("p", {}, richText("Plain & simple")).outerHTML, "<p>Plain &amp; simple</p>");
  assert.equal(h("p", {}, richText("")).outerHTML, "<p></p>");
  assert.equal(h("p", {}, richText(undefined)).childNodes.length, 0);
});

test("plainText drops the brackets and keeps the words; verbatimRuns splits them", () => {
  assert.equal(plainText("el [[tenet]] y [[ICE]]"), "el tenet y ICE");
  assert.equal(plainText("no brackets [here]"), "no brackets [here]");
  assert.deepEqual(verbatimRuns("a [[b]] c"), [
    ["a ", false],
    ["b", true],
    [" c", false],
  ]);
  assert.deepEqual(verbatimRuns("[[b]]"), [["b", true]]);
});
