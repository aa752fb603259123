// The views' parts on a Spanish page: interface words from the page's catalog, data text with
// words kept in English marked lang="en" (and plain where only text goes), and what was said or
// published in English marked as such.
import assert from "node:assert/strict";
import { test } from "node:test";
import { glossaryMatches } from "../src/policy/glossary.js";
import { quoteCard } from "../src/quote-card.js";
import { answerCell } from "../src/quotes/checklist.js";
import { describe, marked } from "../src/quotes/printings.js";
import { sourceList } from "../src/sources.js";
import { eventDetails } from "../src/timeline/event-card.js";
import { eventRow } from "../src/timeline/event-table.js";
import { eventMatches, laneTraces } from "../src/timeline/events.js";
import { html, installFakeDom } from "./fake-dom.js";

const MESSAGES = {
  Who: "Quién",
  confirmed: "confirmado",
  "by {author}": "por {author}",
  "archived copy": "copia archivada",
  "Sources ({n})": "Fuentes ({n})",
  Source: "Fuente",
  "Yes: {words}": "Sí: {words}",
  "As printed by {outlet} ({date})": "Tal como lo publicó {outlet} ({date})",
  "Our translation:": "Traducción nuestra:",
  "changed, only in A": "cambiado, solo en A",
  "Both printed the same passage, with changes: {percent} of words and marks are the same.":
    "Ambos publicaron el mismo pasaje, con cambios: el {percent} de las palabras y los signos coincide.",
};
installFakeDom("https://example.org/es/timeline.html", [], { lang: "es", messages: MESSAGES });

const SOURCE = {
  publisher: "The Example",
  title: "Workers protest",
  url: "https://example.org/a",
  author: "A. Writer",
  date: "19 de junio de 2018",
  archive_url: "https://example.org/b",
  counted: true,
  notes: "",
};
const EVENT = {
  id: "letter",
  group: "employees",
  era: "june-2018",
  title: "Carta de los empleados contra [[zero tolerance]]",
  description: "Más de 100 empleados firman una carta.",
  actors: "",
  when: "19 de junio de 2018",
  group_label: "Empleados de Microsoft",
  era_label: "Junio de 2018",
  confidence: "confirmed",
  confidence_text: "Confirmado",
  revisions: [],
  sources: [SOURCE],
  evidence: null,
  x: "2018-06-19T13:00",
};

test("the event card's labels come from the catalog, its title's English words marked", () => {
  const card = html(eventDetails(EVENT, null));
  assert.match(card, /<dt>Quién<\/dt>/);
  assert.match(
    card,
    /<h3 class="ex-card-title">Carta de los empleados contra <span lang="en">zero tolerance<\/span><\/h3>/,
  );
  assert.match(card, /<h4>Fuente<\/h4>/);
  assert.doesNotMatch(card, /\[\[/);
});

test("the table row's confidence is the catalog's word, the outlets marked as English", () => {
  const row = html(
    eventRow(EVENT, () => {}, ["Fecha", "Evento", "Quién", "Confirmación", "Fuentes"]),
  );
  assert.match(row, /<td data-label="Confirmación">confirmado<\/td>/);
  assert.match(row, /<td data-label="Fuentes" lang="en">The Example<\/td>/);
});

test("a source's publisher and headline are marked English, our words are not", () => {
  const list = html(sourceList([SOURCE]));
  assert.match(list, /<span class="ex-publisher" lang="en">The Example<\/span>/);
  assert.match(list, /<a href="https:\/\/example.org\/a" [^>]*lang="en">Workers protest<\/a>/);
  assert.match(list, / por A\. Writer/);
  assert.match(list, /<a href="https:\/\/example.org\/b" [^>]*>copia archivada<\/a>/);
  assert.doesNotMatch(list, /archived copy|lang="en">copia/);
});

test("hover text and search read the words without their brackets", () => {
  const update = laneTraces([{ id: "employees", y: 0 }], [EVENT]);
  assert.deepEqual(update.text, [["Carta de los empleados contra zero tolerance"]]);
  const all = { groups: new Set(["employees"]), era: "all", search: "contra zero tolerance" };
  assert.ok(eventMatches(EVENT, all));
  const entry = { term: "[[Zero tolerance]]", definition: "La política", aliases: [] };
  assert.ok(glossaryMatches(entry, "zero tolerance"));
});

test("a quote stays in English, our translation follows it, labelled as ours", () => {
  const quote = {
    id: "q1",
    speaker: "Brad Smith",
    role: "presidente de Microsoft",
    date: "19 de junio de 2018",
    medium: "entrada de blog",
    text: "We are dismayed.",
    translation: "Estamos consternados.",
    context: "",
    source: SOURCE,
    revisions: [],
  };
  const card = html(quoteCard(quote, { compare: true }));
  assert.match(card, /<blockquote data-quote="q1" lang="en">We are dismayed\.<\/blockquote>/);
  assert.match(
    card,
    /<p class="ex-translation"><span class="ex-translation-label">Traducción nuestra:<\/span> Estamos consternados\.<\/p>/,
  );
  assert.match(
    card,
    /Tal como lo publicó <a [^>]*lang="en">The Example<\/a> \(19 de junio de 2018\)/,
  );
});

test("the checklist's answer and the comparison speak Spanish around the English words", () => {
  const cell = html(answerCell({ found: true, words: ["children"] }, "Microsoft"));
  assert.match(cell, /Sí: <q lang="en">children<\/q>/);
  const names = { A: "AP", B: "Reuters" };
  assert.equal(
    describe({ relation: "different", similarity: 0.851 }, names),
    "Ambos publicaron el mismo pasaje, con cambios: el 85% de las palabras y los signos coincide.",
  );
  assert.equal(
    html(marked("left", "will be", names)),
    '<del><span class="ex-sr" lang="es"> [cambiado, solo en A: </span>will be<span class="ex-sr">] </span></del>',
  );
});
