/**
 * "Drukuj" on paper: the HTML handed to the paper printer is exactly the HTML the document's PDF is made from, for
 * the attendance list, the agreement and the certificates; where there is no system print dialog (the browser
 * harness) the answer is the PDF of that HTML; and what Electron's print reports becomes the contract's outcome.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import type { Runtime } from '../../main/runtime';
import type { PaperPrinter, PdfPrinter } from '../../main/services/context';
import { outcomeOfSystemPrint, pdfInsteadOfPaper } from '../../main/services/printing';
import type { Agreement, AgreementPartyFields, EventDetail, ExportedFile, Institution, PaperPrintResult, Person } from '../../preload/contract';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
let ctx: Runtime;
/** Every HTML document given to the PDF printer and to the paper printer, in order. */
let toPdf: string[];
let toPaper: { html: string; fileName: string }[];

beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
  toPdf = [];
  toPaper = [];
  // The printers at the edge of the services: they keep what they are given (rendering it is Chromium's job,
  // tested in printing.test.ts and eventDocuments.test.ts).
  const pdf: PdfPrinter = async (html) => {
    toPdf.push(html);
    return new TextEncoder().encode(`%PDF- ${toPdf.length}`);
  };
  const paper: PaperPrinter = async (html, document) => {
    toPaper.push({ html, ...document });
    return { outcome: 'sent', file: null };
  };
  ctx.printPdf = pdf;
  ctx.printPaper = paper;
});
afterEach(async () => {
  await temp.cleanup();
});

const BEDZIN = '2401011';

async function save<T>(channel: Parameters<typeof dispatch>[1], input: object): Promise<T> {
  return unwrap<T>(await dispatch(ctx, channel, input));
}

async function heldEventWithCertificates(): Promise<EventDetail> {
  const ops = await save<Institution>('institutions.save', { name: 'MOPS w Będzinie', type: 'ops', terytCode: BEDZIN });
  const people = [];
  for (const [firstName, lastName] of [
    ['Łucja', 'Żak'],
    ['Zbigniew', 'Ćwikła'],
  ]) {
    people.push(await save<Person>('people.save', { firstName, lastName, institutionId: ops.id }));
  }
  const event = await save<EventDetail>('events.save', {
    title: 'Szkolenie z Modelu kooperacji (ą ę ł ń ó ś ź ż)',
    type: 'training',
    status: 'held',
    startsAt: '2026-03-10T08:00:00.000Z',
    endsAt: '2026-03-11T14:00:00.000Z',
    place: 'Będzin',
  });
  await save('events.addParticipants', { eventId: event.id, personIds: people.map((p) => p.id) });
  const withParticipants = await save<EventDetail>('events.get', { id: event.id });
  // Present on both days: a certificate needs 80% of the event's hours.
  await save('events.setAttendance', {
    eventId: event.id,
    marks: withParticipants.participants.flatMap((participant) => ['2026-03-10', '2026-03-11'].map((day) => ({ participantId: participant.id, day, status: 'present' }))),
  });
  await save('eventDocuments.issueCertificates', { eventId: event.id, issuedOn: '2026-03-11' });
  return save<EventDetail>('events.get', { id: event.id });
}

async function signedAgreement(): Promise<Agreement> {
  const parties = await save<AgreementPartyFields[]>('agreements.suggestParties', { gminaCode: BEDZIN });
  return save<Agreement>('agreements.save', {
    number: 'ROPS/K3D/7/2026',
    subject: 'wdrażanie Modelu kooperacji',
    status: 'signed',
    draftedOn: '2026-03-01',
    signedOn: '2026-04-01',
    validUntil: '2026-12-31',
    parties: parties.map((party) => ({ ...party, address: 'ul. Przykładowa 1, 42-500 Będzin', representatives: [{ name: 'Łucja Żółkiewska', function: 'Starosta' }] })),
  });
}

describe('printing on paper', () => {
  it('hands the paper printer exactly the HTML the PDF is made from: attendance list, agreement, certificates', async () => {
    const event = await heldEventWithCertificates();
    const agreement = await signedAgreement();
    const pairs: [string, object, Parameters<typeof dispatch>[1], object][] = [
      ['attendanceList', { eventId: event.id, blankRows: 3, monochrome: true }, 'eventDocuments.attendanceList', { eventId: event.id, blankRows: 3, monochrome: true, format: 'pdf' }],
      ['agreement', { id: agreement.id, monochrome: false }, 'agreements.print', { id: agreement.id, monochrome: false, format: 'pdf' }],
      ['certificates', { eventId: event.id, monochrome: false, placeOfIssue: 'Katowice' }, 'eventDocuments.certificatesPdf', { eventId: event.id, monochrome: false, placeOfIssue: 'Katowice' }],
    ];
    for (const [document, options, pdfChannel, pdfInput] of pairs) {
      const pdf = await save<ExportedFile>(pdfChannel, pdfInput);
      expect(await save<PaperPrintResult>('printing.paper', { document, ...options })).toEqual({ outcome: 'sent', file: null });
      const html = toPdf.at(-1)!;
      expect(toPaper.at(-1), document).toEqual({ html, fileName: pdf.fileName });
      expect(html).toMatch(/^<!doctype html>/i);
    }
    expect(toPaper).toHaveLength(3);
    // Only the PDF channels rendered a PDF; paper printing did not render one behind the scenes.
    expect(toPdf).toHaveLength(3);
    expect(toPaper[0]!.html).toContain('Łucja');
    expect(toPaper[1]!.html).toContain('ROPS/K3D/7/2026');
    expect(toPaper[2]!.html).toContain('Katowice');
    // The options reach the document: another option, another page.
    await save('printing.paper', { document: 'attendanceList', eventId: event.id, blankRows: 0, monochrome: true });
    expect(toPaper.at(-1)!.html).not.toBe(toPaper[0]!.html);
  });

  it('checks the request like the PDF channels do, and prints nothing when it is wrong', async () => {
    expect(await dispatch(ctx, 'printing.paper', { document: 'badges', eventId: 'x' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(ctx, 'printing.paper', { document: 'attendanceList', eventId: 'evt-x', blankRows: 99 })).toMatchObject({
      ok: false,
      error: { fieldErrors: { blankRows: 'Najwyżej 50 pustych wierszy' } },
    });
    expect(await dispatch(ctx, 'printing.paper', { document: 'agreement', id: 'agr-nie-ma' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(toPaper).toEqual([]);
  });

  it('without a system print dialog (the browser harness) answers with the PDF of the same HTML', async () => {
    const agreement = await signedAgreement();
    ctx.printPaper = pdfInsteadOfPaper(ctx.printPdf);
    const result = await save<PaperPrintResult>('printing.paper', { document: 'agreement', id: agreement.id, monochrome: false });
    expect(result.outcome).toBe('pdf');
    expect(result.file?.fileName).toBe('porozumienie ROPS-K3D-7-2026.pdf');
    expect(Buffer.from(result.file!.contentBase64, 'base64').toString()).toBe(`%PDF- ${toPdf.length}`);
    const pdf = await save<ExportedFile>('agreements.print', { id: agreement.id, monochrome: false, format: 'pdf' });
    expect(toPdf.at(-1)).toBe(toPdf.at(-2));
    expect(pdf.fileName).toBe(result.file?.fileName);
  });
});

describe('what the system print dialog reports', () => {
  it('printed, cancelled, or a Polish error', () => {
    expect(outcomeOfSystemPrint(true, '')).toEqual({ outcome: 'sent', file: null });
    expect(outcomeOfSystemPrint(false, 'cancelled')).toEqual({ outcome: 'cancelled', file: null });
    expect(() => outcomeOfSystemPrint(false, 'no valid printers available')).toThrow('Nie znaleziono żadnej drukarki');
    expect(() => outcomeOfSystemPrint(false, 'failed')).toThrow('Drukowanie nie powiodło się (failed)');
  });
});
