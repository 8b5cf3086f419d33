/**
 * Editable document templates: Markdown with Mustache placeholders, checked against each kind's
 * placeholder dictionary and filled only when every placeholder has a value.
 */
import { createHash } from 'node:crypto';
import Mustache from 'mustache';
import { closest, distance } from 'fastest-levenshtein';
import { ServiceError } from '../errors';
import { formatDateInWords } from '../language/dates';
import {
  PLACEHOLDERS,
  itemPrefix,
  tag,
  type DocumentDataByKind,
  type DocumentKind,
  type FillContext,
  type PlaceholderSpec,
} from './placeholders';

export type TemplateValidation = { ok: true } | { ok: false; problems: string[] };

/** Mustache's parse tree: [type, value, start, end, children?, closing position?]. */
type Span = [string, string, number, number, Span[]?, number?];

interface Dictionary {
  /** Top-level placeholders: plain ones and list sections. */
  root: Map<string, PlaceholderSpec>;
  /** Every item field (of lists within items too), with the list it belongs to. */
  itemFields: Map<string, PlaceholderSpec>;
}

const dictionaries = new Map<DocumentKind, Dictionary>();

function dictionary(kind: DocumentKind): Dictionary {
  let found = dictionaries.get(kind);
  if (!found) {
    const specs = PLACEHOLDERS[kind];
    if (!specs) throw new ServiceError('validation', `Nieznany rodzaj dokumentu: ${String(kind)}.`);
    const root = new Map(specs.map((spec) => [spec.name, spec]));
    const itemFields = new Map<string, PlaceholderSpec>();
    const addFields = (list: PlaceholderSpec): void => {
      for (const field of list.list ?? []) {
        itemFields.set(field.name, list);
        if (field.list) addFields(field);
      }
    };
    for (const spec of specs) addFields(spec);
    found = { root, itemFields };
    dictionaries.set(kind, found);
  }
  return found;
}

function position(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, Math.max(0, Math.min(offset, body.length)));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

function where(body: string, offset: number): string {
  const { line, column } = position(body, offset);
  return `wiersz ${line}, kolumna ${column}`;
}

/** Mustache's syntax errors, said in Polish with the line they are on. */
function syntaxProblem(body: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  let match = /^Unclosed section "(.*)" at (\d+)$/.exec(message);
  if (match) {
    const [, name = '', at] = match;
    const offset = Number(at);
    if (offset >= body.length) {
      const opening = lastOpening(body, name);
      return `Niezamknięta sekcja ${tag(name, '#')} (${where(body, opening ?? offset)}): brakuje zamknięcia ${tag(name, '/')}.`;
    }
    const closing = /^\{\{\s*\/\s*([^}]*?)\s*\}\}/.exec(body.slice(offset))?.[1];
    return `Sekcja ${tag(name, '#')} nie została zamknięta przed ${closing ? tag(closing, '/') : 'zamknięciem innej sekcji'} (${where(body, offset)}): brakuje ${tag(name, '/')}.`;
  }
  match = /^Unopened section "(.*)" at (\d+)$/.exec(message);
  if (match) {
    const [, name = '', at] = match;
    return `Znacznik zamykający ${tag(name, '/')} (${where(body, Number(at))}) nie ma otwarcia ${tag(name, '#')}.`;
  }
  match = /^Unclosed tag at (\d+)$/.exec(message);
  if (match) {
    const offset = Number(match[1]);
    const opening = body.lastIndexOf('{{', offset);
    return `Niezamknięty znacznik: brakuje „}}” (${where(body, opening >= 0 ? opening : offset)}).`;
  }
  if (message.startsWith('Invalid tags')) return 'Błąd składni szablonu: nieprawidłowa zmiana ograniczników znaczników.';
  return `Błąd składni szablonu: ${message}`;
}

function lastOpening(body: string, name: string): number | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`\\{\\{\\s*[#^]\\s*${escaped}\\s*\\}\\}`, 'g');
  let last: number | null = null;
  for (const match of body.matchAll(pattern)) last = match.index ?? null;
  return last;
}

function parse(body: string): { spans: Span[] } | { problem: string } {
  try {
    return { spans: Mustache.parse(body) as Span[] };
  } catch (error) {
    return { problem: syntaxProblem(body, error) };
  }
}

function listing(specs: Iterable<PlaceholderSpec>): string {
  return [...specs].map((spec) => (spec.list ? `${tag(spec.name, '#')}…${tag(spec.name, '/')}` : tag(spec.name))).join(', ');
}

/** Names a placeholder may have here: the fields of the enclosing lists first, then the document's own. */
function available(dict: Dictionary, lists: PlaceholderSpec[]): PlaceholderSpec[] {
  const fields = lists.flatMap((list) => list.list ?? []);
  const top = [...dict.root.values()].filter((spec) => !(spec.list && lists.length > 0));
  return [...fields, ...top];
}

function checkSpans(body: string, spans: Span[], dict: Dictionary, lists: PlaceholderSpec[], problems: string[]): void {
  const inScope = (name: string): PlaceholderSpec | undefined =>
    lists.flatMap((list) => list.list ?? []).find((field) => field.name === name) ?? dict.root.get(name);

  const unknown = (name: string, offset: number, sigil: string): string => {
    const names = available(dict, lists);
    const suggestion = closest(name, names.map((spec) => spec.name));
    const hint = suggestion && distance(name, suggestion) <= Math.max(2, Math.floor(name.length / 4)) ? ` Czy chodziło o ${tag(suggestion, sigil)}?` : '';
    const what = sigil === '' ? 'Nieznany znacznik' : 'Nieznana sekcja';
    return `${what} ${tag(name, sigil)} (${where(body, offset)}).${hint} Dostępne: ${listing(names)}.`;
  };

  const outsideItsList = (name: string, offset: number, list: PlaceholderSpec, sigil: string): string =>
    `Znacznik ${tag(name, sigil)} (${where(body, offset)}) może wystąpić tylko wewnątrz sekcji ${tag(list.name, '#')}…${tag(list.name, '/')} (${list.description}).`;

  for (const span of spans) {
    const [type, rawName, start] = span;
    const name = rawName.trim();
    switch (type) {
      case 'text':
      case '!':
        break;
      case '&':
        problems.push(`Znacznik ${tag(name)} bez zabezpieczenia („{{{…}}}” lub „{{&…}}”, ${where(body, start)}) jest niedozwolony: użyj ${tag(name)}.`);
        break;
      case '>':
        problems.push(`Wstawki innych szablonów ({{> ${name}}}, ${where(body, start)}) nie są obsługiwane.`);
        break;
      case '=':
        problems.push(`Zmiana ograniczników znaczników (${where(body, start)}) nie jest obsługiwana.`);
        break;
      case 'name': {
        const spec = inScope(name);
        if (spec?.list) {
          problems.push(`Znacznik ${tag(name)} (${where(body, start)}) jest listą: użyj sekcji ${tag(name, '#')}…${tag(name, '/')}.`);
        } else if (!spec) {
          const list = dict.itemFields.get(name);
          problems.push(list ? outsideItsList(name, start, list, '') : unknown(name, start, ''));
        }
        break;
      }
      case '#':
      case '^': {
        const children = span[4] ?? [];
        const spec = inScope(name);
        if (!spec) {
          const list = dict.itemFields.get(name);
          problems.push(list ? outsideItsList(name, start, list, type) : unknown(name, start, type));
          checkSpans(body, children, dict, lists, problems);
        } else if (spec.list) {
          if (lists.length > 0 && dict.root.has(name)) {
            problems.push(`Sekcja ${tag(name, type)} (${where(body, start)}) nie może być wewnątrz innej listy (${tag(lists[lists.length - 1]?.name ?? '', '#')}).`);
          }
          // An inverted list section prints when the list is empty: its items are not there.
          checkSpans(body, children, dict, type === '#' ? [...lists, spec] : lists, problems);
        } else {
          // A section over a plain placeholder is a condition.
          checkSpans(body, children, dict, lists, problems);
        }
        break;
      }
      default:
        problems.push(`Nieobsługiwany znacznik ${tag(name)} (${where(body, start)}).`);
    }
  }
}

/** Quotes and lists nested deeper than this are refused: no document needs them, and they exhaust the printer's stack. */
export const MAX_TEMPLATE_NESTING = 20;

/** How deep a line's quotes and lists nest: its markers (">", "-", "1.") and its indentation (two spaces a level). */
function lineNesting(line: string): number {
  const prefix = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*/.exec(line)?.[0] ?? '';
  const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
  const indentation = prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length;
  return markers + Math.floor(indentation / 2);
}

function nestingProblem(body: string): string | null {
  const lines = body.split('\n');
  const deep = lines.findIndex((line) => lineNesting(line) > MAX_TEMPLATE_NESTING);
  return deep < 0 ? null : `Cytaty lub listy są zagnieżdżone zbyt głęboko (wiersz ${deep + 1}): najwyżej ${MAX_TEMPLATE_NESTING} poziomów.`;
}

/** Checks a template's syntax and that it uses only the kind's placeholders, each in its place. */
export function validateTemplate(kind: DocumentKind, body: string): TemplateValidation {
  const tooDeep = nestingProblem(body);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
  const parsed = parse(body);
  if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };
  const problems: string[] = [];
  checkSpans(body, parsed.spans, dictionary(kind), [], problems);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/** `validateTemplate`, throwing the 'validation' ServiceError the contract carries (field `body`). */
export function assertValidTemplate(kind: DocumentKind, body: string): void {
  const result = validateTemplate(kind, body);
  if (!result.ok) {
    const message = result.problems.join('\n');
    throw new ServiceError('validation', message, { body: message });
  }
}

/** The placeholders a template uses (names as written, without braces, sections included), in order. */
export function templatePlaceholders(body: string): string[] {
  const parsed = parse(body);
  if ('problem' in parsed) return [];
  const names: string[] = [];
  const walk = (spans: Span[]): void => {
    for (const span of spans) {
      if (['name', '&', '#', '^'].includes(span[0]) && !names.includes(span[1].trim())) names.push(span[1].trim());
      if (span[4]) walk(span[4]);
    }
  };
  walk(parsed.spans);
  return names;
}

// ---------------------------------------------------------------------------------------------------------
// Filling

/** A value ready to print, or null when there is none to print. */
type Printable = string | null;

interface Item {
  list: PlaceholderSpec;
  index: number;
  fields: Map<string, Printable>;
  /** Lists within the item (a party's representatives). */
  lists: Map<string, Item[]>;
  /** The item this one is listed in. */
  parent: Item | null;
}

interface View {
  /** Plain placeholders by name. */
  values: Map<string, Printable>;
  /** List sections by name. */
  lists: Map<string, Item[]>;
  /** What Mustache renders: nested objects built from the dotted names. */
  mustache: Record<string, unknown>;
}

function read(data: unknown, path: string[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function write(target: Record<string, unknown>, path: string[], value: unknown): void {
  let current = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      current[key] = value;
      return;
    }
    const next = current[key];
    if (next === null || typeof next !== 'object') current[key] = {};
    current = current[key] as Record<string, unknown>;
  });
}

/** One line of plain text: whitespace (line breaks too) collapsed, dates in words, blanks and non-text as null. */
function printable(spec: PlaceholderSpec, value: unknown): Printable {
  if (value instanceof Date) return formatDateInWords(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  if (spec.format === 'date') return formatDateInWords(text) ?? text;
  return text;
}

/** A list's items from the data, with the lists within each item. */
function buildItems(spec: PlaceholderSpec, raw: unknown, parent: Item | null): Item[] {
  const prefix = itemPrefix(spec);
  return (Array.isArray(raw) ? raw : []).map((entry: unknown, index): Item => {
    const item: Item = { list: spec, index, fields: new Map(), lists: new Map(), parent };
    for (const field of spec.list ?? []) {
      const key = field.name.split('.').slice(1);
      if (field.list) {
        item.lists.set(field.name, buildItems(field, read(entry, [prefix, ...key]), item));
        continue;
      }
      let value = printable(field, read(entry, [prefix, ...key]));
      if (value === null && field.automatic) value = String(index + 1);
      item.fields.set(field.name, value);
    }
    return item;
  });
}

/** What Mustache reads for an item: `{ strona: { nazwa, …, reprezentanci: [{ reprezentant: {…} }] } }`. */
function itemObject(item: Item): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [name, value] of item.fields) write(object, name.split('.'), value);
  for (const [name, items] of item.lists) write(object, name.split('.'), items.map(itemObject));
  return object;
}

function buildView(kind: DocumentKind, data: unknown): View {
  const values = new Map<string, Printable>();
  const lists = new Map<string, Item[]>();
  const mustache: Record<string, unknown> = {};
  for (const spec of dictionary(kind).root.values()) {
    if (spec.list) {
      const items = buildItems(spec, read(data, [spec.name]), null);
      lists.set(spec.name, items);
      mustache[spec.name] = items.map(itemObject);
    } else {
      const value = printable(spec, read(data, spec.name.split('.')));
      values.set(spec.name, value);
      write(mustache, spec.name.split('.'), value);
    }
  }
  return { values, lists, mustache };
}

/** The name of the item a message is about ("Powiat Będziński"), or its number. */
function itemName(item: Item): string | null {
  const prefix = itemPrefix(item.list);
  return item.fields.get(`${prefix}.nazwa`) ?? item.fields.get(`${prefix}.imie_nazwisko`) ?? null;
}

/** "strona 2 – Powiat Będziński": which item a message is about. */
function itemLabel(item: Item): string {
  const noun = item.list.itemLabel ?? 'pozycja';
  const name = itemName(item);
  return `${noun} ${item.index + 1}${name ? ` – ${name}` : ''}`;
}

/**
 * What to fill, said to the user: "Uzupełnij osobę reprezentującą Gminę Będzin w porozumieniu KP3D/16: Porozumienia →
 * KP3D/16 → Strony." Without a record (the template editor's preview) the placeholder itself is named.
 */
function missingMessage(name: string, spec: PlaceholderSpec | undefined, item: Item | null, view: View, context: FillContext | undefined): string {
  if (!context || !spec?.ask) {
    return `Brak wartości dla ${tag(name)}${item ? ` (${itemLabel(item)})` : ''}${spec ? ` – ${spec.description}` : ''}`;
  }
  const named = (of: Item) => itemName(of) ?? `nr ${of.index + 1}`;
  const same = (text: string) => text;
  const ask = spec.ask
    .replace('{item}', item ? (item.list.accusative ?? same)(named(item)) : '')
    .replace('{of}', item ? (item.list.genitive ?? same)(named(item)) : '')
    .replace('{name}', item ? named(item) : '')
    .replace('{parent}', item?.parent ? (item.parent.list.accusative ?? same)(named(item.parent)) : '')
    .replace(/\{([a-z_.]+)\}/g, (_, key: string) => {
      const value = view.values.get(key);
      return value ? `„${value}”` : '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return `Uzupełnij ${ask} ${context.record}: ${context.path}${spec.where ? ` → ${spec.where}` : ''}.${spec.note ? ` ${spec.note}` : ''}`;
}

function findMissing(
  spans: Span[],
  kind: DocumentKind,
  view: View,
  item: Item | null,
  inverted: Set<string>,
  missing: Map<string, string>,
  context: FillContext | undefined,
): void {
  const dict = dictionary(kind);
  const pathOf = (of: Item): string => `${of.parent ? `${pathOf(of.parent)}.` : ''}${of.list.name}.${of.index}`;
  const lookup = (name: string): { value: Printable; path: string; item: Item | null; spec: PlaceholderSpec | undefined } => {
    for (let at = item; at; at = at.parent) {
      if (at.fields.has(name)) {
        return { value: at.fields.get(name) ?? null, path: `${pathOf(at)}.${name}`, item: at, spec: at.list.list?.find((field) => field.name === name) };
      }
    }
    return { value: view.values.get(name) ?? null, path: name, item: null, spec: dict.root.get(name) };
  };
  /** A list section: the document's own, or one within an item (with the item it belongs to). */
  const listOf = (name: string): { items: Item[]; spec: PlaceholderSpec | undefined; owner: Item | null; path: string } | undefined => {
    for (let at = item; at; at = at.parent) {
      const items = at.lists.get(name);
      if (items) return { items, spec: at.list.list?.find((field) => field.name === name), owner: at, path: `${pathOf(at)}.${name}` };
    }
    const spec = dict.root.get(name);
    return spec?.list ? { items: view.lists.get(name) ?? [], spec, owner: null, path: name } : undefined;
  };

  for (const span of spans) {
    const [type, rawName] = span;
    const name = rawName.trim();
    const children = span[4] ?? [];
    if (type === 'name') {
      const found = lookup(name);
      if (found.value === null && !missing.has(found.path)) missing.set(found.path, missingMessage(name, found.spec, found.item, view, context));
    } else if (type === '#' || type === '^') {
      const found = listOf(name);
      if (found !== undefined) {
        const { items: list, spec, owner, path } = found;
        if (type === '#') {
          if (list.length === 0 && !inverted.has(name) && !missing.has(path)) {
            const label = owner ? ` (${itemLabel(owner)})` : '';
            missing.set(path, context && spec?.ask ? missingMessage(name, spec, owner, view, context) : `Brak pozycji na liście ${tag(name, '#')}${label} – ${spec?.description ?? name}`);
          }
          for (const entry of list) findMissing(children, kind, view, entry, inverted, missing, context);
        } else if (list.length === 0) {
          findMissing(children, kind, view, item, inverted, missing, context);
        }
      } else {
        // A condition: its content prints (and needs values) only when the value is there (or, inverted, is not).
        const present = lookup(name).value !== null;
        if (present === (type === '#')) findMissing(children, kind, view, item, inverted, missing, context);
      }
    }
  }
}

function invertedLists(spans: Span[], into = new Set<string>()): Set<string> {
  for (const span of spans) {
    if (span[0] === '^') into.add(span[1].trim());
    if (span[4]) invertedLists(span[4], into);
  }
  return into;
}

/**
 * Every ASCII punctuation character backslash-escaped: CommonMark prints it literally then, so a value
 * cannot start a heading or a list, emphasise, link, break a table cell or smuggle HTML in (`<` becomes
 * `&lt;` once, when the Markdown is turned into HTML). Used as Mustache's escape, so values are escaped
 * exactly once, for Markdown; the HTML escaping happens in `markdownToHtml`.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * The template filled with the data, as Markdown. Refuses an invalid template, and refuses to print
 * any placeholder without a value (a missing, null or blank value, in list items too): the 'validation'
 * ServiceError lists them all, with fieldErrors keyed by the data path (`strony.1.strona.przedstawiciel`).
 * The built-in templates never meet such a refusal: they print a blank line or leave a clause out instead.
 * With the record's `context` the messages say what to fill and where, without the template's code.
 */
export function fillTemplate<K extends DocumentKind>(kind: K, body: string, data: DocumentDataByKind[K], context?: FillContext): string {
  assertValidTemplate(kind, body);
  const spans = Mustache.parse(body) as Span[];
  const view = buildView(kind, data);
  const missing = new Map<string, string>();
  findMissing(spans, kind, view, null, invertedLists(spans), missing, context);
  if (missing.size > 0) {
    const messages = [...missing.values()];
    throw new ServiceError(
      'validation',
      context ? `Brak danych do wydruku. ${messages.join(' ')}` : `Brak danych do wydruku: ${messages.join('; ')}.`,
      Object.fromEntries(missing),
    );
  }
  return Mustache.render(body, view.mustache, {}, { escape: escapeMarkdown });
}

// ---------------------------------------------------------------------------------------------------------
// Default templates

/*
 * The built-in templates print in every state of their record: an empty value leaves a line to fill in by hand
 * (a date before signing, a representative not yet known) or omits its clause; they never refuse to print.
 */

const BLANK = '……………………………………';

const AGREEMENT_BODY = `# POROZUMIENIE O WSPÓŁPRACY nr {{numer}}

zawarte w dniu {{#data_podpisania}}{{data_podpisania}}{{/data_podpisania}}{{^data_podpisania}}${BLANK} r.{{/data_podpisania}} pomiędzy następującymi Stronami:

{{#strony}}
{{strona.lp}}. **{{strona.nazwa}}**{{#strona.adres}}, {{strona.adres}}{{/strona.adres}}{{#strona.nip}}, NIP {{strona.nip}}{{/strona.nip}}{{#strona.regon}}, REGON {{strona.regon}}{{/strona.regon}} – w imieniu Strony:
{{#strona.reprezentanci}}
   - {{reprezentant.imie_nazwisko}}{{#reprezentant.funkcja}} – {{reprezentant.funkcja}}{{/reprezentant.funkcja}}
{{/strona.reprezentanci}}
{{^strona.reprezentanci}}
   - ${BLANK}${BLANK}
{{/strona.reprezentanci}}
{{/strony}}

zwanymi dalej łącznie „Stronami”, a każda z osobna „Stroną”.

## § 1. Przedmiot porozumienia

1. Przedmiotem porozumienia jest {{#przedmiot}}{{przedmiot}}{{/przedmiot}}{{^przedmiot}}współpraca Stron przy wdrażaniu Modelu kooperacji{{/przedmiot}}.
2. Strony współpracują przy wdrażaniu Modelu kooperacji{{#gmina.nazwa}} dla gminy {{gmina.nazwa}} (kod TERYT {{gmina.kod_teryt}}{{#wojewodztwo.nazwa}}, województwo {{wojewodztwo.nazwa}}{{/wojewodztwo.nazwa}}){{/gmina.nazwa}}{{#projekt.nazwa}} w ramach projektu „{{projekt.nazwa}}”{{/projekt.nazwa}}.
3. Celem współpracy jest utworzenie i prowadzenie Partnerskiego Zespołu Kooperacyjnego (PZK){{#partnerstwo.nazwa}} pod nazwą „{{partnerstwo.nazwa}}”{{/partnerstwo.nazwa}}, łączącego instytucje pomocy społecznej z instytucjami innych sektorów (edukacji, rynku pracy, ochrony zdrowia, wymiaru sprawiedliwości, policji, kultury i sportu oraz organizacjami pozarządowymi) na rzecz osób i rodzin potrzebujących wsparcia.

## § 2. Obowiązki Stron

1. Województwo{{#wojewodztwo.nazwa}} {{wojewodztwo.nazwa}}{{/wojewodztwo.nazwa}}, za pośrednictwem regionalnego ośrodka polityki społecznej, zobowiązuje się do:
   - zapewnienia coachingu dla pracowników socjalnych ośrodka pomocy społecznej,
   - zapewnienia superwizji pracy socjalnej,
   - organizacji szkoleń międzysektorowych i warsztatów kooperacyjnych,
   - wsparcia merytorycznego przez animatorów i ekspertów ds. modelu.
2. Gmina{{#gmina.nazwa}} {{gmina.nazwa}}{{/gmina.nazwa}}, za pośrednictwem ośrodka pomocy społecznej jako lidera partnerstwa, zobowiązuje się do:
   - utworzenia Partnerskiego Zespołu Kooperacyjnego i kierowania jego pracami,
   - powoływania zadaniowych zespołów kooperacyjnych (ZZK) i koordynowania ich pracy,
   - delegowania pracowników socjalnych do udziału w coachingu, superwizji i szkoleniach,
   - zapewnienia miejsca spotkań zespołu i ich obsługi organizacyjnej.
{{#powiat.nazwa}}
3. Powiat {{powiat.nazwa}}, za pośrednictwem powiatowego centrum pomocy rodzinie jako partnera strategicznego, zobowiązuje się do:
   - udziału przedstawicieli powiatowego centrum pomocy rodzinie w pracach PZK,
   - włączania usług powiatowych jednostek organizacyjnych do lokalnego koszyka usług,
   - współpracy w zadaniowych zespołach kooperacyjnych w sprawach rodzin objętych wsparciem powiatu.
{{/powiat.nazwa}}
4. Strony zobowiązują się do wzajemnego informowania się o działaniach podejmowanych w ramach porozumienia oraz do przetwarzania danych osobowych wyłącznie w zakresie niezbędnym do jego wykonania, zgodnie z przepisami o ochronie danych osobowych (RODO).

## § 3. Okres obowiązywania

Porozumienie obowiązuje od dnia jego zawarcia do {{#obowiazuje_do}}{{obowiazuje_do}}{{/obowiazuje_do}}{{^obowiazuje_do}}${BLANK} r.{{/obowiazuje_do}}

## § 4. Postanowienia końcowe

1. Porozumienie nie rodzi zobowiązań finansowych Stron wobec siebie.
2. Zmiany porozumienia wymagają formy pisemnej pod rygorem nieważności.
3. W sprawach nieuregulowanych porozumieniem stosuje się przepisy Kodeksu cywilnego.
4. Porozumienie sporządzono{{#data_sporzadzenia}} w dniu {{data_sporzadzenia}}{{/data_sporzadzenia}} w jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.

## Podpisy Stron

{{#strony}}
**{{strona.nazwa}}**

{{#strona.reprezentanci}}
${BLANK}${BLANK} (podpis)
{{reprezentant.imie_nazwisko}}{{#reprezentant.funkcja}} – {{reprezentant.funkcja}}{{/reprezentant.funkcja}}

{{/strona.reprezentanci}}
{{^strona.reprezentanci}}
${BLANK}${BLANK} (podpis)
imię i nazwisko, funkcja: ${BLANK}${BLANK}

{{/strona.reprezentanci}}
{{/strony}}
{{#projekt.klauzula}}
---

*{{projekt.klauzula}}*
{{/projekt.klauzula}}
`;

const DECLARATION_BODY = `# DEKLARACJA PRZYSTĄPIENIA DO PARTNERSKIEGO ZESPOŁU KOOPERACYJNEGO

**„{{partnerstwo.nazwa}}”{{#gmina.nazwa}} – gmina {{gmina.nazwa}}{{/gmina.nazwa}}**

## Instytucja

**Nazwa:** {{instytucja.nazwa}}
{{#instytucja.adres}}
**Adres:** {{instytucja.adres}}
{{/instytucja.adres}}
{{#instytucja.nip}}
**NIP:** {{instytucja.nip}}
{{/instytucja.nip}}
**Reprezentowana przez:** {{#przedstawiciel.imie_nazwisko}}{{przedstawiciel.imie_nazwisko}}{{#przedstawiciel.funkcja}} – {{przedstawiciel.funkcja}}{{/przedstawiciel.funkcja}}{{/przedstawiciel.imie_nazwisko}}{{^przedstawiciel.imie_nazwisko}}${BLANK}${BLANK}{{/przedstawiciel.imie_nazwisko}}

Działając w imieniu instytucji, deklaruję jej przystąpienie do Partnerskiego Zespołu Kooperacyjnego „{{partnerstwo.nazwa}}” działającego{{#gmina.nazwa}} w gminie {{gmina.nazwa}}{{/gmina.nazwa}} w ramach Modelu kooperacji. Instytucja zobowiązuje się do:

1. delegowania przedstawicieli do udziału w spotkaniach zespołu,
2. udziału w pracach zadaniowych zespołów kooperacyjnych (ZZK) w sprawach osób i rodzin objętych wsparciem,
3. wniesienia do lokalnego koszyka usług usług opisanych poniżej i informowania o zmianach tej oferty,
4. przetwarzania danych osobowych wyłącznie w zakresie niezbędnym do współpracy, zgodnie z przepisami o ochronie danych osobowych (RODO).

## Osoby delegowane do prac w zespole

{{#delegowani}}
{{osoba.lp}}. {{osoba.imie_nazwisko}}{{#osoba.stanowisko}} – {{osoba.stanowisko}}{{/osoba.stanowisko}}
{{/delegowani}}
{{^delegowani}}
Instytucja deleguje do prac w zespole osobę ją reprezentującą.
{{/delegowani}}

## Oferta usług do lokalnego koszyka usług

| Lp. | Usługa | Grupa docelowa | Warunki dostępu | Kontakt |
|---|---|---|---|---|
{{#uslugi}}
| {{usluga.lp}} | {{usluga.nazwa}} | {{#usluga.grupa_docelowa}}{{usluga.grupa_docelowa}}{{/usluga.grupa_docelowa}} | {{#usluga.warunki}}{{usluga.warunki}}{{/usluga.warunki}} | {{#usluga.kontakt}}{{usluga.kontakt}}{{/usluga.kontakt}} |
{{/uslugi}}
{{^uslugi}}
| – | Instytucja nie zgłosiła jeszcze usług do koszyka | | | |
{{/uslugi}}

Data: {{#data}}{{data}}{{/data}}{{^data}}${BLANK} r.{{/data}}

${BLANK}${BLANK}
{{#przedstawiciel.imie_nazwisko}}
{{przedstawiciel.imie_nazwisko}}{{#przedstawiciel.funkcja}} – {{przedstawiciel.funkcja}}{{/przedstawiciel.funkcja}}
(podpis i pieczęć)
{{/przedstawiciel.imie_nazwisko}}
{{^przedstawiciel.imie_nazwisko}}
(imię i nazwisko, funkcja, podpis i pieczęć)
{{/przedstawiciel.imie_nazwisko}}
`;

/**
 * SHA-256 (hex, of the UTF-8 text) of the built-in bodies of earlier versions: a default template still holding one,
 * word for word, is brought up to date (`ensureDefaultTemplates`). The texts themselves are not needed to recognise
 * them; tests/support/earlierTemplates.ts keeps them for the tests.
 */
export const EARLIER_BUILT_IN_DIGESTS: Record<DocumentKind, string[]> = {
  agreement: ['c500cbbf4695e2a8a4d7b24ce702e5c4b579a5ebcda9a2f7e09af18a118c93ee'],
  declaration: ['501fb891de9ca120a74c2b678591dbf976148f173e09329c4fd2318e033c829a'],
};

/** Whether `body` is, word for word, a built-in body of an earlier version of the app for documents of `kind`. */
export function isEarlierBuiltInBody(kind: string, body: string): boolean {
  const digests = (EARLIER_BUILT_IN_DIGESTS as Record<string, string[] | undefined>)[kind];
  return digests !== undefined && digests.includes(createHash('sha256').update(body, 'utf8').digest('hex'));
}

export const DEFAULT_TEMPLATES: Record<DocumentKind, { name: string; body: string }> = {
  agreement: { name: 'Porozumienie o współpracy (wzór domyślny)', body: AGREEMENT_BODY },
  declaration: { name: 'Deklaracja przystąpienia do PZK (wzór domyślny)', body: DECLARATION_BODY },
};
