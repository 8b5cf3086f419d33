/**
 * Documents and exports of events from real data: the attendance list (one signature column per day, the header
 * repeated on every page, "Strona X z Y"), certificates and their register, badges, the iCalendar file; and the
 * plural helper they use.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CertificatePlan, CertificateRegisterRow, ExportedFile, IssuedCertificate } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { createChromiumPrinter, type ChromiumPrinter } from '../../main/platform/chromiumPrinter';
import { attendanceListHtml } from '../../main/services/eventDocuments';
import { formatCount, formatDaySpan, pluralForm } from '../../main/services/language';
import { pdfInfo, pdfToText } from '../support/pdf';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let printer: ChromiumPrinter;
let temp: TempDatabase;
beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});
beforeEach(async () => {
  temp = await openTempDatabase();
  temp.runtime.printPdf = printer;
});
afterEach(async () => {
  await temp.cleanup();
});

const HOURS = ['godzina', 'godziny', 'godzin'] as const;
const NOW = '2026-01-05T10:00:00.000Z';
// A 1×1 PNG: the project's logo strip.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const bytes = (file: ExportedFile) => new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const pagesOf = async (file: ExportedFile) => (await pdfToText(bytes(file))).split('\f').slice(0, -1).map(flat);
const occurrences = (text: string, part: string) => text.split(part).length - 1;

let counter = 0;
const nextId = (prefix: string) => `${prefix}-test-${++counter}`;

async function institution(name: string): Promise<string> {
  const id = nextId('ins');
  await temp.runtime.db('institutions').insert({ id, name, type: 'ops', created_at: NOW, updated_at: NOW });
  return id;
}

async function people(names: [string, string][], institutionId: string | null): Promise<string[]> {
  const rows = names.map(([first, last]) => ({ id: nextId('per'), first_name: first, last_name: last, institution_id: institutionId, created_at: NOW, updated_at: NOW }));
  for (let i = 0; i < rows.length; i += 400) await temp.runtime.db('people').insert(rows.slice(i, i + 400));
  return rows.map((row) => row.id);
}

interface EventFields {
  title: string;
  type?: string;
  status?: string;
  startsAt: string;
  endsAt: string;
  place?: string | null;
  hours?: number | null;
  hourUnit?: string;
  projectId?: string | null;
  partnershipId?: string | null;
  terytCode?: string | null;
  organiserId?: string | null;
}

async function event(fields: EventFields): Promise<string> {
  const id = nextId('evt');
  await temp.runtime.db('events').insert({
    id,
    title: fields.title,
    type: fields.type ?? 'training',
    status: fields.status ?? 'held',
    starts_at: fields.startsAt,
    ends_at: fields.endsAt,
    place: fields.place ?? null,
    hours: fields.hours ?? null,
    hour_unit: fields.hourUnit ?? 'didactic',
    project_id: fields.projectId ?? null,
    partnership_id: fields.partnershipId ?? null,
    teryt_code: fields.terytCode ?? null,
    organiser_institution_id: fields.organiserId ?? null,
    created_at: NOW,
    updated_at: NOW,
  });
  return id;
}

/** Registers people on an event; returns their participant ids in the same order. */
async function register(eventId: string, personIds: string[], institutionId: string | null = null): Promise<string[]> {
  const rows = personIds.map((personId) => ({ id: nextId('epa'), event_id: eventId, person_id: personId, institution_id: institutionId, walk_in: false, created_at: NOW }));
  for (let i = 0; i < rows.length; i += 400) await temp.runtime.db('event_participants').insert(rows.slice(i, i + 400));
  return rows.map((row) => row.id);
}

async function mark(participantId: string, day: string, status: 'present' | 'absent' | 'excused'): Promise<void> {
  await temp.runtime.db('attendance').insert({ participant_id: participantId, day, status });
}

async function projectWithLogo(): Promise<string> {
  const id = nextId('prj');
  await temp.runtime.db('projects').insert({
    id,
    name: 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin',
    cofinancing_clause: 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.',
    created_at: NOW,
    updated_at: NOW,
  });
  unwrap(await dispatch(temp.runtime, 'projects.setLogo', { projectId: id, variant: 'color', file: { fileName: 'logotypy.png', contentBase64: PNG_BASE64 } }));
  return id;
}

async function pdfImageCount(file: ExportedFile): Promise<number> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kooperator-img-'));
  try {
    const pdf = path.join(dir, 'doc.pdf');
    await fs.writeFile(pdf, bytes(file));
    const { stdout } = await promisify(execFile)('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    return stdout.trim().split('\n').length - 2;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('Polish counted forms', () => {
  it('picks one, few or many by the number; fractions take the few form', () => {
    expect(formatCount(1, HOURS)).toBe('1 godzina');
    expect(formatCount(2, HOURS)).toBe('2 godziny');
    expect(formatCount(5, HOURS)).toBe('5 godzin');
    expect(formatCount(22, HOURS)).toBe('22 godziny');
    expect(formatCount(12, HOURS)).toBe('12 godzin');
    expect(formatCount(2.5, HOURS)).toBe('2,5 godziny');
    expect(pluralForm(0, HOURS)).toBe('godzin');
    expect(pluralForm(104, HOURS)).toBe('godziny');
    expect(pluralForm(112, HOURS)).toBe('godzin');
    expect(pluralForm(0.75, HOURS)).toBe('godziny');
    expect(formatCount(2.5, ['godzina dydaktyczna', 'godziny dydaktyczne', 'godzin dydaktycznych', 'godziny dydaktycznej'])).toBe('2,5 godziny dydaktycznej');
    expect(formatCount(3, ['godzina dydaktyczna', 'godziny dydaktyczne', 'godzin dydaktycznych', 'godziny dydaktycznej'])).toBe('3 godziny dydaktyczne');
    expect(formatDaySpan('2026-03-12', '2026-03-14')).toBe('12–14 marca 2026 r.');
    expect(formatDaySpan('2026-03-30', '2026-04-02')).toBe('30 marca – 2 kwietnia 2026 r.');
  });
});

describe('the attendance list', () => {
  it('of a 3-day study visit: a signature column per day, the event in words, logo, clause, blank rows, trainers and RODO', async () => {
    const projectId = await projectWithLogo();
    const ops = await institution('MOPS w Żorach');
    const visit = await event({
      title: 'Wymiana doświadczeń – Łódź i Żory',
      type: 'study_visit',
      startsAt: '2026-03-12T08:00:00.000Z',
      endsAt: '2026-03-14T15:30:00.000Z',
      place: 'Centrum Szkoleniowe „Źródło”, ul. Żółta 5, Łódź',
      hours: 18,
      projectId,
    });
    const [trainer] = await people([['Grzegorz', 'Brzęczyszczykiewicz']], null);
    await temp.runtime.db('event_leaders').insert({ event_id: visit, person_id: trainer, role: 'trainer' });
    await register(visit, await people([['Łucja', 'Żółkiewska'], ['Ścibor', 'Ćwikła']], ops));

    const file = unwrap<ExportedFile>(await dispatch(temp.runtime, 'eventDocuments.attendanceList', { eventId: visit, blankRows: 4, format: 'pdf' }));
    expect(file.fileName).toBe('Lista obecności – Wymiana doświadczeń – Łódź i Żory.pdf');
    const info = await pdfInfo(bytes(file));
    expect(Math.round(info.width)).toBe(842); // landscape for three signature columns
    const text = flat(await pdfToText(bytes(file)));
    expect(text).toContain('LISTA OBECNOŚCI');
    for (const day of ['12.03.2026', '13.03.2026', '14.03.2026']) expect(text).toContain(`Podpis – ${day}`);
    expect(occurrences(text, 'Podpis – ')).toBe(3);
    expect(text).toContain('12–14 marca 2026 r.');
    expect(text).toContain('9:00–16:30');
    expect(text).toContain('18 godzin dydaktycznych');
    expect(text).toContain('Wizyta studyjna / wymiana doświadczeń');
    expect(text).toContain('Centrum Szkoleniowe „Źródło”, ul. Żółta 5, Łódź');
    expect(text).toContain('Projekt współfinansowany ze środków Unii Europejskiej');
    // Żółkiewska after Ćwikła in Polish order; then the four blank rows numbered on.
    expect(text.indexOf('Ścibor Ćwikła')).toBeLessThan(text.indexOf('Łucja Żółkiewska'));
    expect(text).toContain('MOPS w Żorach');
    for (const lp of ['3.', '4.', '5.', '6.']) expect(text).toMatch(new RegExp(`(^| )${lp.replace('.', '\\.')}( |$)`));
    expect(text).not.toMatch(/(^| )7\.( |$)/);
    expect(text).toContain('Grzegorz Brzęczyszczykiewicz');
    expect(text).toContain('(trener)');
    expect(text).toContain('Klauzula informacyjna dotycząca przetwarzania danych osobowych');
    expect(text).toContain('Regionalny Ośrodek Polityki Społecznej');
    const pages = await pagesOf(file);
    pages.forEach((page, i) => expect(page).toContain(`Strona ${i + 1} z ${pages.length}`));
    expect(await pdfImageCount(file)).toBeGreaterThan(0);
  }, 20_000);

  it('of 120 participants: the header on every page, "Strona k z N" with N ≥ 3, everyone once, Polish letters intact', async () => {
    const firsts = ['Łucja', 'Żaneta', 'Bożena', 'Grzegorz', 'Jędrzej', 'Małgorzata', 'Paweł', 'Świętosław', 'Zdzisław', 'Agnieszka', 'Michał', 'Urszula'];
    const lasts = ['Żółkiewska', 'Ćwikła', 'Łęcka', 'Śliwińska', 'Źrebiec', 'Nowak', 'Gęślak', 'Bąk', 'Wróbel', 'Kowalczyk'];
    const names = firsts.flatMap((first) => lasts.map((last) => [first, last] as [string, string]));
    expect(names).toHaveLength(120);
    const institutionId = await institution('Gminny Ośrodek Pomocy Społecznej w Łężycach');
    const conference = await event({ title: 'Konferencja regionalna: kooperacja się opłaca', type: 'conference', startsAt: '2026-05-20T07:00:00.000Z', endsAt: '2026-05-20T13:00:00.000Z', place: 'Katowice' });
    await register(conference, await people(names, institutionId));

    const file = unwrap<ExportedFile>(await dispatch(temp.runtime, 'eventDocuments.attendanceList', { eventId: conference, format: 'pdf' }));
    const info = await pdfInfo(bytes(file));
    expect(Math.round(info.width)).toBe(595); // portrait for one day
    const pages = await pagesOf(file);
    const n = pages.length;
    expect(n).toBe(info.pages);
    expect(n).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Strona ${i + 1} z ${n}`);
      if (names.some(([first, last]) => page.includes(`${first} ${last}`))) {
        expect(page).toContain('Lp. Imię i nazwisko Instytucja');
        expect(occurrences(page, 'Podpis – 20.05.2026')).toBe(1);
      }
    });
    expect(pages.filter((page) => page.includes('Imię i nazwisko')).length).toBeGreaterThanOrEqual(3);
    const all = pages.join(' ');
    for (const [first, last] of names) expect(occurrences(all, `${first} ${last}`)).toBe(1);
    expect(occurrences(all, 'Gminny Ośrodek Pomocy Społecznej w Łężycach')).toBe(120);
    expect(all).toContain('120.');
  }, 30_000);

  it('prints the office’s own RODO clause from the settings, escaped; refuses bad input', async () => {
    const meeting = await event({ title: 'Spotkanie <b>PZK</b> & co', type: 'pzk_meeting', startsAt: '2026-06-02T10:00:00Z', endsAt: '2026-06-02T12:00:00Z' });
    await temp.runtime.db('settings').insert({ key: 'rodo.clause', value: 'Administratorem danych jest Regionalny Ośrodek Polityki Społecznej w Opolu <script>.\nKontakt: iod@rops.opole.pl' });
    const { html } = await attendanceListHtml(temp.runtime, { eventId: meeting });
    expect(html).toContain('Administratorem danych jest Regionalny Ośrodek Polityki Społecznej w Opolu &lt;script&gt;.<br>Kontakt: iod@rops.opole.pl');
    expect(html).toContain('Spotkanie &lt;b&gt;PZK&lt;/b&gt; &amp; co');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Podpis – 02.06.2026');

    const tooMany = await dispatch(temp.runtime, 'eventDocuments.attendanceList', { eventId: meeting, blankRows: 51, format: 'pdf' });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'validation' } });
    const missing = await dispatch(temp.runtime, 'eventDocuments.attendanceList', { eventId: 'evt-none', format: 'pdf' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('certificates of participation', () => {
  it('numbers present participants consecutively per year, never twice, continuing across events; prints them one per page and the register', async () => {
    const ctx = temp.runtime;
    const organiser = await institution('Regionalne Centrum Polityki Społecznej w Łodzi');
    const [ewa, zenon, adam, ola, jan, ela] = await people(
      [
        ['Ewa', 'Śliwińska'],
        ['Zenon', 'Ćwik'],
        ['Adam', 'Żak'],
        ['Ola', 'Łęcka'],
        ['Jan', 'Nowak'],
        ['Ela', 'Bąk'],
      ],
      null,
    );
    const workshop = await event({
      title: 'Warsztat kooperacyjny „Razem łatwiej”',
      type: 'workshop',
      startsAt: '2026-03-12T08:00:00Z',
      endsAt: '2026-03-13T14:00:00Z',
      place: 'Łódź',
      hours: 12,
      organiserId: organiser,
    });
    // Half the hours are enough at this workshop (the event's own rule); Ewa and Zenon have a form of address, Adam none.
    await ctx.db('events').where({ id: workshop }).update({ certificate_rule: 'share', certificate_min_share: 50 });
    await ctx.db('people').where({ id: ewa }).update({ form_of_address: 'ms' });
    await ctx.db('people').where({ id: zenon }).update({ form_of_address: 'mr' });
    const [pEwa, pZenon, pAdam, pOla] = await register(workshop, [ewa!, zenon!, adam!, ola!]);
    await mark(pEwa!, '2026-03-12', 'present');
    await mark(pEwa!, '2026-03-13', 'present');
    await mark(pZenon!, '2026-03-12', 'absent');
    await mark(pZenon!, '2026-03-13', 'present');
    await mark(pAdam!, '2026-03-12', 'absent');
    await mark(pAdam!, '2026-03-13', 'absent');
    await mark(pOla!, '2026-03-12', 'excused');
    // A certificate of an earlier year does not move this year's numbering.
    const earlier = await event({ title: 'Szkolenie 2025', startsAt: '2025-11-05T08:00:00Z', endsAt: '2025-11-05T12:00:00Z' });
    await ctx.db('certificates').insert({ id: 'cer-2025', number: '7/2025', year: 2025, sequence: 7, issued_on: '2025-11-05', event_id: earlier, person_id: jan, created_at: NOW });

    const first = unwrap<IssuedCertificate[]>(await dispatch(ctx, 'eventDocuments.issueCertificates', { eventId: workshop, issuedOn: '2026-03-13' }));
    // Ćwik before Śliwińska in Polish order; Żak absent, Łęcka excused: none for them.
    expect(first.map((c) => [c.number, c.personName])).toEqual([
      ['1/2026', 'Zenon Ćwik'],
      ['2/2026', 'Ewa Śliwińska'],
    ]);
    expect(unwrap<IssuedCertificate[]>(await dispatch(ctx, 'eventDocuments.issueCertificates', { eventId: workshop, issuedOn: '2026-03-13' }))).toEqual([]);

    const visit = await event({ title: 'Wizyta studyjna w Żorach', type: 'study_visit', startsAt: '2026-04-20T06:00:00Z', endsAt: '2026-04-20T16:00:00Z', place: 'Żory', hours: 8, hourUnit: 'clock' });
    const [pJan, pEla] = await register(visit, [jan!, ela!]);
    await mark(pJan!, '2026-04-20', 'present');
    await mark(pEla!, '2026-04-20', 'present');
    const second = unwrap<IssuedCertificate[]>(await dispatch(ctx, 'eventDocuments.issueCertificates', { eventId: visit, issuedOn: '2026-04-21' }));
    expect(second.map((c) => [c.number, c.personName])).toEqual([
      ['3/2026', 'Ela Bąk'],
      ['4/2026', 'Jan Nowak'],
    ]);
    // Attendance corrected later: only the newly present participant gets a number.
    await ctx.db('attendance').where({ participant_id: pAdam, day: '2026-03-13' }).update({ status: 'present' });
    const third = unwrap<IssuedCertificate[]>(await dispatch(ctx, 'eventDocuments.issueCertificates', { eventId: workshop, issuedOn: '2026-03-20' }));
    expect(third.map((c) => c.number)).toEqual(['5/2026']);

    const register2026 = unwrap<CertificateRegisterRow[]>(await dispatch(ctx, 'eventDocuments.certificateRegister', { year: 2026 }));
    expect(register2026.map((r) => r.number)).toEqual(['1/2026', '2/2026', '3/2026', '4/2026', '5/2026']);
    expect(register2026[0]).toMatchObject({ personName: 'Zenon Ćwik', eventTitle: 'Warsztat kooperacyjny „Razem łatwiej”', issuedOn: '2026-03-13', eventStartsOn: '2026-03-12', eventEndsOn: '2026-03-13', eventDates: '12–13 marca 2026 r.' });
    expect(unwrap<CertificateRegisterRow[]>(await dispatch(ctx, 'eventDocuments.certificateRegister', {}))).toHaveLength(6);

    const pdf = unwrap<ExportedFile>(await dispatch(ctx, 'eventDocuments.certificatesPdf', { eventId: workshop, placeOfIssue: 'Łódź' }));
    const pages = await pagesOf(pdf);
    expect(pages).toHaveLength(3);
    // Each states the days and hours its person attended, and addresses them by their form (neutrally where unknown).
    const expected = [
      ['1/2026', 'Zenon Ćwik', '13 marca 2026 r.', 'Zaświadcza się, że Pan Zenon Ćwik wziął udział w warsztacie kooperacyjnym', 'W dniu: 13 marca 2026 r.', 'Wymiar: 6 godzin dydaktycznych'],
      ['2/2026', 'Ewa Śliwińska', '13 marca 2026 r.', 'Zaświadcza się, że Pani Ewa Śliwińska wzięła udział w warsztacie kooperacyjnym', 'W dniach: 12–13 marca 2026 r.', 'Wymiar: 12 godzin dydaktycznych'],
      ['5/2026', 'Adam Żak', '20 marca 2026 r.', 'Zaświadcza się, że Adam Żak jest osobą, która wzięła udział w warsztacie kooperacyjnym', 'W dniu: 13 marca 2026 r.', 'Wymiar: 6 godzin dydaktycznych'],
    ];
    pages.forEach((page, i) => {
      const [number, , issued, sentence, days, hours] = expected[i]!;
      expect(page).toContain(`ZAŚWIADCZENIE nr ${number}`);
      expect(page).toContain(sentence);
      // The title's own quotes nested inside the certificate's: „…‚…’”.
      expect(page).toContain('‚Razem łatwiej’”');
      expect(page).toContain('Regionalne Centrum Polityki Społecznej w Łodzi');
      expect(page).toContain(days);
      expect(page).toContain(hours);
      expect(page).toContain(`Łódź, ${issued}`);
      expect(page).not.toMatch(/Pani\/Pan|Pan\/Pani|wziął\/wzięła|wzięła\/wziął/);
      for (const [, other] of expected.filter((_, j) => j !== i)) expect(page).not.toContain(other!);
    });
    const visitPdf = flat(await pdfToText(bytes(unwrap<ExportedFile>(await dispatch(ctx, 'eventDocuments.certificatesPdf', { eventId: visit })))));
    expect(visitPdf).toContain('8 godzin zegarowych');
    expect(visitPdf).toContain('20 kwietnia 2026 r.');

    const registerPdf = flat(await pdfToText(bytes(unwrap<ExportedFile>(await dispatch(ctx, 'eventDocuments.certificateRegisterPdf', { year: 2026 })))));
    expect(registerPdf).toContain('REJESTR WYDANYCH ZAŚWIADCZEŃ – 2026 r.');
    for (const number of ['1/2026', '2/2026', '3/2026', '4/2026', '5/2026']) expect(registerPdf).toContain(number);
    expect(registerPdf).not.toContain('7/2025');
    expect(registerPdf).toContain('Wydano 5 zaświadczeń.');

    const cancelled = await event({ title: 'Odwołane', status: 'cancelled', startsAt: '2026-05-01T08:00:00Z', endsAt: '2026-05-01T10:00:00Z' });
    expect(await dispatch(ctx, 'eventDocuments.issueCertificates', { eventId: cancelled })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(ctx, 'eventDocuments.certificatesPdf', { eventId: cancelled })).toMatchObject({ ok: false, error: { code: 'validation' } });
  }, 30_000);
});

describe('certificates that tell the truth', () => {
  it('under the default 80% rule a person present on one of two days gets none and is listed as left out; under a lower rule theirs states that day and its hours', async () => {
    const ctx = temp.runtime;
    const [anna, jan, piotr] = await people(
      [
        ['Anna', 'Nowak'],
        ['Jan', 'Kowalski'],
        ['Piotr', 'Zieliński'],
      ],
      null,
    );
    await ctx.db('people').where({ id: anna }).update({ form_of_address: 'ms' });
    await ctx.db('people').where({ id: piotr }).update({ form_of_address: 'mr' });
    const training = await event({ title: 'Szkolenie „Kooperacja w praktyce”', type: 'training', startsAt: '2026-12-01T08:00:00Z', endsAt: '2026-12-02T15:00:00Z', place: 'Katowice', hours: 16 });
    const [pAnna, pJan, pPiotr] = await register(training, [anna!, jan!, piotr!]);
    for (const day of ['2026-12-01', '2026-12-02']) {
      await mark(pAnna!, day, 'present');
      await mark(pJan!, day, 'present');
    }
    await mark(pPiotr!, '2026-12-01', 'absent');
    await mark(pPiotr!, '2026-12-02', 'present');

    // Before numbering, the screen's plan: the default rule, who gets one, who is left out and why.
    const plan = unwrap<CertificatePlan>(await dispatch(ctx, 'eventDocuments.certificatePlan', { eventId: training }));
    expect(plan.rule).toMatchObject({ rule: 'share', minShare: 80, source: 'default' });
    expect(plan.toIssue.map((p) => [p.personName, p.daysText, p.hoursText])).toEqual([
      ['Jan Kowalski', '1–2 grudnia 2026 r.', '16 godzin dydaktycznych'],
      ['Anna Nowak', '1–2 grudnia 2026 r.', '16 godzin dydaktycznych'],
    ]);
    expect(plan.leftOut).toEqual([{ personId: piotr, personName: 'Piotr Zieliński', reason: 'obecność przez 8 z 16 godzin dydaktycznych (50%); wymagane co najmniej 80%' }]);

    const issued = unwrap<IssuedCertificate[]>(await dispatch(ctx, 'eventDocuments.issueCertificates', { eventId: training, issuedOn: '2026-12-02' }));
    expect(issued.map((c) => c.personName)).toEqual(['Jan Kowalski', 'Anna Nowak']);
    const pages = await pagesOf(unwrap<ExportedFile>(await dispatch(ctx, 'eventDocuments.certificatesPdf', { eventId: training, placeOfIssue: 'Katowice' })));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Zaświadcza się, że Jan Kowalski jest osobą, która wzięła udział w szkoleniu');
    expect(pages[1]).toContain('Zaświadcza się, że Pani Anna Nowak wzięła udział w szkoleniu');
    expect(pages.join(' ')).not.toContain('Piotr Zieliński');
    for (const page of pages) {
      expect(page).toContain('W dniach: 1–2 grudnia 2026 r.');
      expect(page).not.toMatch(/Pani\/Pan|wziął\/wzięła/);
    }

    // The project asks for every day: still none for Piotr, with the day he missed.
    const project = nextId('prj');
    await ctx.db('projects').insert({ id: project, name: 'Kooperacje 3D', certificate_rule: 'every_day', created_at: NOW, updated_at: NOW });
    await ctx.db('events').where({ id: training }).update({ project_id: project });
    const everyDay = unwrap<CertificatePlan>(await dispatch(ctx, 'eventDocuments.certificatePlan', { eventId: training }));
    expect(everyDay.rule).toMatchObject({ rule: 'every_day', source: 'project', text: 'obecność każdego dnia wydarzenia (zasada projektu)' });
    expect(everyDay).toMatchObject({ toIssue: [], alreadyIssued: 2, leftOut: [{ personName: 'Piotr Zieliński', reason: 'nieobecność w dniu 1 grudnia 2026 r.; wymagana obecność każdego dnia' }] });

    // The event's own rule of half the hours: Piotr's certificate states the one day he came and its 8 hours.
    await ctx.db('events').where({ id: training }).update({ certificate_rule: 'share', certificate_min_share: 50 });
    const more = unwrap<IssuedCertificate[]>(await dispatch(ctx, 'eventDocuments.issueCertificates', { eventId: training, issuedOn: '2026-12-03' }));
    expect(more.map((c) => c.personName)).toEqual(['Piotr Zieliński']);
    const third = (await pagesOf(unwrap<ExportedFile>(await dispatch(ctx, 'eventDocuments.certificatesPdf', { eventId: training, placeOfIssue: 'Katowice' }))))[2]!;
    expect(third).toContain('Zaświadcza się, że Pan Piotr Zieliński wziął udział w szkoleniu');
    expect(third).toContain('W dniu: 2 grudnia 2026 r.');
    expect(third).toContain('Wymiar: 8 godzin dydaktycznych');
    expect(third).not.toContain('1–2 grudnia');
    expect(third).not.toContain('16 godzin');
  }, 30_000);
});

describe('certificates issued from two PCs at once', () => {
  it('never give two people the same number', async () => {
    const second = await temp.openSecondClient();
    const events: string[] = [];
    for (const [i, day] of ['2026-10-06', '2026-10-07'].entries()) {
      const id = await event({ title: `Superwizja grupowa ${i + 1}`, type: 'supervision', startsAt: `${day}T08:00:00Z`, endsAt: `${day}T10:00:00Z` });
      const participants = await register(id, await people(Array.from({ length: 6 }, (_, j) => [`Osoba${j}`, `Ęź${i}`] as [string, string]), null));
      for (const participantId of participants) await mark(participantId, day, 'present');
      events.push(id);
    }
    const results = await Promise.all([
      dispatch(temp.runtime, 'eventDocuments.issueCertificates', { eventId: events[0], issuedOn: '2026-10-08' }),
      dispatch(second, 'eventDocuments.issueCertificates', { eventId: events[1], issuedOn: '2026-10-08' }),
    ]);
    const numbers = results.flatMap((result) => unwrap<IssuedCertificate[]>(result).map((c) => c.sequence)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});

describe('name badges', () => {
  it('four to a page: two leaders with their roles and five participants make two pages, each with name, institution and event', async () => {
    const institutionId = await institution('Powiatowe Centrum Pomocy Rodzinie w Będzinie');
    const names: [string, string][] = [
      ['Łucja', 'Żółkiewska'],
      ['Ścibor', 'Ćwikła'],
      ['Ewa', 'Ślązak'],
      ['Jędrzej', 'Gęślak'],
      ['Zdzisław', 'Bąk'],
    ];
    const training = await event({ title: 'Szkoła Kooperacji – dzień 1', type: 'training', startsAt: '2026-09-01T07:00:00Z', endsAt: '2026-09-01T14:00:00Z', projectId: await projectWithLogo() });
    await register(training, await people(names, institutionId));
    // Two leaders get badges too, first, each with their role in their form: a trainer who is „Pani” is a „trenerka”.
    const [trainer, supervisor] = await people(
      [
        ['Barbara', 'Trenerska'],
        ['Marek', 'Superwizor'],
      ],
      null,
    );
    await temp.runtime.db('people').where({ id: trainer }).update({ form_of_address: 'ms' });
    await temp.runtime.db('event_leaders').insert([
      { event_id: training, person_id: trainer, role: 'trainer' },
      { event_id: training, person_id: supervisor, role: 'supervisor' },
    ]);
    const file = unwrap<ExportedFile>(await dispatch(temp.runtime, 'eventDocuments.badges', { eventId: training }));
    const pages = await pagesOf(file);
    expect(pages).toHaveLength(2);
    for (const [first, last] of names) expect(pages.join(' ')).toContain(`${first} ${last}`);
    // Side by side on the page, so pdftotext reads both roles before both names.
    expect(pages[0]).toMatch(/SUPERWIZOR TRENERKA Marek Superwizor Barbara Trenerska/i);
    // Then the participants in Polish order: Bąk, Ćwikła on the first page; Gęślak, Ślązak, Żółkiewska on the second.
    expect(pages[0]).toContain('Ścibor Ćwikła');
    expect(pages[1]).toContain('Łucja Żółkiewska');
    expect(occurrences(pages[0]!, 'Powiatowe Centrum Pomocy Rodzinie w Będzinie')).toBe(2);
    expect(occurrences(pages[0]!, 'Szkoła Kooperacji – dzień 1')).toBe(4);
    expect(pages[1]).not.toMatch(/TRENER|SUPERWIZOR/i);
    expect(await pdfImageCount(file)).toBeGreaterThanOrEqual(2);
  }, 20_000);
});

describe('the calendar as iCalendar', () => {
  it('parses with an iCalendar parser and keeps Warsaw times right across the change to summer time', async () => {
    const ctx = temp.runtime;
    const leader = await institution('MOPS w Będzinie');
    await ctx.db('partnerships').insert({ id: 'pzk-bedzin', kind: 'pzk', name: 'PZK Będzin', teryt_code: '2401011', leader_institution_id: leader, created_at: NOW, updated_at: NOW });
    const winter = await event({ title: 'Szkolenie: dialog motywujący', type: 'training', startsAt: '2026-03-24T16:00:00.000Z', endsAt: '2026-03-24T18:00:00.000Z', place: 'Sala 3, ul. Źródlana 1, Łódź', hours: 2.5 });
    const summer = await event({ title: 'Warsztat kooperacyjny', type: 'workshop', status: 'cancelled', startsAt: '2026-03-31T15:00:00.000Z', endsAt: '2026-03-31T17:00:00.000Z', place: 'Żory' });
    const pzk = await event({ title: 'Spotkanie PZK Będzin', type: 'pzk_meeting', startsAt: '2026-05-05T08:00:00.000Z', endsAt: '2026-05-05T10:00:00.000Z', partnershipId: 'pzk-bedzin', terytCode: '2401011' });

    const file = unwrap<ExportedFile>(await dispatch(ctx, 'eventDocuments.ics', {}));
    expect(file.fileName).toBe('kalendarz-kooperator.ics');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20260324T170000');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20260331T170000');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Warsaw/);

    const calendar = new ICAL.Component(ICAL.parse(text));
    // The zone the file itself carries is what the times resolve against.
    expect(ICAL.TimezoneService.has('Europe/Warsaw')).toBe(false);
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    try {
      const events = new Map(calendar.getAllSubcomponents('vevent').map((component) => {
        const parsed = new ICAL.Event(component);
        return [parsed.uid, { parsed, component }];
      }));
      expect([...events.keys()]).toEqual([`${winter}@kooperator`, `${summer}@kooperator`, `${pzk}@kooperator`]);
      const w = events.get(`${winter}@kooperator`)!;
      expect(w.parsed.startDate.toJSDate().toISOString()).toBe('2026-03-24T16:00:00.000Z');
      expect(w.parsed.endDate.toJSDate().toISOString()).toBe('2026-03-24T18:00:00.000Z');
      expect(w.parsed.startDate.zone?.tzid).toBe('Europe/Warsaw');
      expect(w.parsed.summary).toBe('Szkolenie: dialog motywujący');
      expect(w.parsed.location).toBe('Sala 3, ul. Źródlana 1, Łódź');
      expect(w.parsed.description).toContain('Rodzaj: Szkolenie (międzysektorowe)');
      expect(w.parsed.description).toContain('Liczba godzin: 2,5 godziny dydaktycznej');
      expect(w.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
      const s = events.get(`${summer}@kooperator`)!;
      expect(s.parsed.startDate.toJSDate().toISOString()).toBe('2026-03-31T15:00:00.000Z');
      expect(s.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(events.get(`${pzk}@kooperator`)!.parsed.description).toContain('Partnerstwo: PZK Będzin');
    } finally {
      ICAL.TimezoneService.remove('Europe/Warsaw');
    }

    const uids = async (query: object) => {
      const ics = Buffer.from(unwrap<ExportedFile>(await dispatch(ctx, 'eventDocuments.ics', query)).contentBase64, 'base64').toString('utf8');
      return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    };
    expect(await uids({ types: ['training'] })).toEqual([`${winter}@kooperator`]);
    expect(await uids({ from: '2026-03-25', to: '2026-03-31' })).toEqual([`${summer}@kooperator`]);
    expect(await uids({ partnershipId: 'pzk-bedzin' })).toEqual([`${pzk}@kooperator`]);
    expect(await uids({ territoryCode: '2401' })).toEqual([`${pzk}@kooperator`]);
    expect(await dispatch(ctx, 'eventDocuments.ics', { from: '2026-04-01', to: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
