/** Printed documents from real data: the agreement, the declaration and the basket of services, as PDF and DOCX. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Agreement, AgreementPartyFields, ExportedFile, Institution, PartnershipDetail, Person } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { createChromiumPrinter, type ChromiumPrinter } from '../../main/platform/chromiumPrinter';
import { docxToText, pdfInfo, pdfToText } from '../support/pdf';
import { unwrap } from '../support/results';
import { EARLIER_AGREEMENT_BODY } from '../support/earlierTemplates';
import { DEFAULT_TEMPLATES } from '../../main/services/documents/template';
import { ensureDefaultTemplates } from '../../main/services/templates';
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

const bytes = (file: ExportedFile) => new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
const REPRESENTATIVES = ['Łucja Żółkiewska-Gęślą', 'Zbigniew Ćwikła', 'Małgorzata Źrebiec'];

async function signedAgreement(representatives = REPRESENTATIVES): Promise<Agreement> {
  const ctx = temp.runtime;
  const parties = unwrap<AgreementPartyFields[]>(await dispatch(ctx, 'agreements.suggestParties', { gminaCode: '2401011' }));
  expect(parties.map((p) => p.name)).toEqual(['Województwo Śląskie', 'Gmina Będzin', 'Powiat Będziński']);
  return unwrap<Agreement>(
    await dispatch(ctx, 'agreements.save', {
      number: 'ROPS/K3D/7/2019',
      subject: 'wdrażanie Modelu kooperacji (ą ę ł ń ó ś ź ż)',
      status: 'signed',
      draftedOn: '2019-03-01',
      signedOn: '2019-04-01',
      validUntil: '2020-12-31',
      parties: parties.map((party, i) => ({
        ...party,
        address: 'ul. Przykładowa 1, 42-500 Będzin',
        representatives: representatives[i] ? [{ name: representatives[i], function: ['Członek Zarządu Województwa', 'Burmistrz Miasta', 'Starosta'][i] }] : [],
      })),
    }),
  );
}

describe('the printed agreement', () => {
  it('from the default template: an A4 PDF with the gmina, every representative and Polish letters; the DOCX says the same', async () => {
    const agreement = await signedAgreement();
    const pdf = unwrap<ExportedFile>(await dispatch(temp.runtime, 'agreements.print', { id: agreement.id, format: 'pdf' }));
    expect(pdf.fileName).toBe('porozumienie ROPS-K3D-7-2019.pdf');
    const info = await pdfInfo(bytes(pdf));
    expect(Math.round(info.width)).toBe(595);
    expect(Math.round(info.height)).toBe(842);
    const text = (await pdfToText(bytes(pdf))).replace(/\s+/g, ' ');
    expect(text).toContain('Będzin');
    for (const name of REPRESENTATIVES) expect(text).toContain(name);
    expect(text).toContain('ą ę ł ń ó ś ź ż');
    expect(text).toContain('1 kwietnia 2019 r.');

    const docx = unwrap<ExportedFile>(await dispatch(temp.runtime, 'agreements.print', { id: agreement.id, format: 'docx' }));
    const docText = (await docxToText(bytes(docx))).replace(/\s+/g, ' ');
    expect(docText).toContain('Będzin');
    for (const name of REPRESENTATIVES) expect(docText).toContain(name);
    expect(docText).toContain('ą ę ł ń ó ś ź ż');
  }, 60_000);

  it('a draft prints for signature: a line for the date, blank signature blocks, and its status stays', async () => {
    const ctx = temp.runtime;
    const parties = unwrap<AgreementPartyFields[]>(await dispatch(ctx, 'agreements.suggestParties', { gminaCode: '2401011' }));
    const draft = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { number: 'KP3D/16', status: 'draft', parties }));
    const pdf = unwrap<ExportedFile>(await dispatch(ctx, 'agreements.print', { id: draft.id, format: 'pdf' }));
    const text = (await pdfToText(bytes(pdf))).replace(/\s+/g, ' ');
    expect(text).toMatch(/zawarte w dniu …{10,} r\. pomiędzy/);
    expect(text.match(/\(podpis\)/g)).toHaveLength(3);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(unwrap<Agreement>(await dispatch(ctx, 'agreements.get', { id: draft.id }))).toMatchObject({ status: 'draft', version: draft.version, signedOn: null });

    // Signed, the same agreement states its date.
    const signed = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...draft, parties: draft.parties, status: 'signed', signedOn: '2026-03-16' }));
    const signedText = (await pdfToText(bytes(unwrap<ExportedFile>(await dispatch(ctx, 'agreements.print', { id: signed.id, format: 'pdf' }))))).replace(/\s+/g, ' ');
    expect(signedText).toContain('zawarte w dniu 16 marca 2026 r. pomiędzy');
  }, 60_000);

  it('a party with two representatives prints two signature lines, each with its name and function', async () => {
    const ctx = temp.runtime;
    const agreement = await signedAgreement();
    const board = [
      { name: 'Małgorzata Źrebiec', function: 'Starosta' },
      { name: 'Józef Łęcki', function: 'Członek Zarządu Powiatu' },
    ];
    const saved = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...agreement, parties: agreement.parties.map((party, i) => (i === 2 ? { ...party, representatives: board } : party)) }));
    const text = (await pdfToText(bytes(unwrap<ExportedFile>(await dispatch(ctx, 'agreements.print', { id: saved.id, format: 'pdf' }))))).replace(/\s+/g, ' ');
    expect(text.match(/\(podpis\)/g)).toHaveLength(4);
    const signatures = text.slice(text.indexOf('Podpisy Stron'));
    expect(signatures).toMatch(/Powiat Będziński …+ \(podpis\) Małgorzata Źrebiec – Starosta …+ \(podpis\) Józef Łęcki – Członek Zarządu Powiatu/);
  }, 60_000);

  it('an office’s own strict template with an empty field says what to fill and where, never template code', async () => {
    const ctx = temp.runtime;
    const own = unwrap<{ id: string }>(await dispatch(ctx, 'templates.save', { kind: 'agreement', name: 'Wzór biura', body: EARLIER_AGREEMENT_BODY }));
    const agreement = await signedAgreement([REPRESENTATIVES[0]!, '', REPRESENTATIVES[2]!]);
    const withOwn = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...agreement, templateId: own.id }));
    const result = await dispatch(ctx, 'agreements.print', { id: withOwn.id, format: 'pdf' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('Uzupełnij osobę reprezentującą Gminę Będzin w porozumieniu ROPS/K3D/7/2019: Porozumienia → ROPS/K3D/7/2019 → Strony.') },
    });
    expect(result.ok ? '' : result.error.message).not.toContain('{{');
  });

  it('a built-in template stored by an earlier version is brought up to date at start; an edited one is kept', async () => {
    const ctx = temp.runtime;
    const db = ctx.db;
    await db('document_templates').where({ kind: 'agreement', is_default: true }).update({ body: EARLIER_AGREEMENT_BODY });
    const edited = unwrap<{ id: string }>(await dispatch(ctx, 'templates.save', { kind: 'agreement', name: 'Wzór biura', body: `${EARLIER_AGREEMENT_BODY}\nDopisek biura.` }));
    await ensureDefaultTemplates(db);
    const builtIn = await db('document_templates').where({ kind: 'agreement', is_default: true }).first('body', 'version');
    expect(builtIn.body).toBe(DEFAULT_TEMPLATES.agreement.body);
    expect(builtIn.version).toBe(2);
    expect((await db('document_templates').where({ id: edited.id }).first('body')).body).toContain('Dopisek biura.');
  });

  it('the live preview shows the document, or the problems of a template with an unknown placeholder', async () => {
    const good = unwrap<{ html: string | null; problems: string[] }>(await dispatch(temp.runtime, 'templates.preview', { kind: 'agreement', body: '# Porozumienie {{numer}}\n\nGmina {{gmina.nazwa}}' }));
    expect(good.problems).toEqual([]);
    expect(good.html).toContain('Gmina Będzin');
    const bad = unwrap<{ html: string | null; problems: string[] }>(await dispatch(temp.runtime, 'templates.preview', { kind: 'agreement', body: 'Gmina {{gmina.nazwaa}}' }));
    expect(bad.html).toBeNull();
    expect(bad.problems[0]).toContain('Nieznany znacznik {{gmina.nazwaa}}');
  });
});

describe('partnership documents', () => {
  it('prints a member’s declaration and the basket of services with the offers', async () => {
    const ctx = temp.runtime;
    const mops = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name: 'MOPS w Będzinie', type: 'ops', terytCode: '2401011' }));
    const pup = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name: 'Powiatowy Urząd Pracy w Będzinie', type: 'pup', street: 'ul. Kościuszki 57', postalCode: '42-500', city: 'Będzin', nip: '6441067516' }));
    const director = unwrap<Person>(await dispatch(ctx, 'people.save', { firstName: 'Ewa', lastName: 'Ślązak', institutionId: pup.id, position: 'Dyrektor' }));
    const pzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: '2401011', leaderInstitutionId: mops.id }));
    unwrap(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, representativePersonId: director.id, joinedOn: '2019-05-20', declarationSignedOn: '2019-05-20' }));
    unwrap(await dispatch(ctx, 'partnerships.saveOffer', { partnershipId: pzk.id, institutionId: pup.id, service: 'Poradnictwo zawodowe', targetGroup: 'osoby bezrobotne', contact: 'tel. 32 267 00 00', terms: 'po rejestracji' }));
    const member = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id })).members.find((m) => m.institutionId === pup.id)!;

    const declaration = unwrap<ExportedFile>(await dispatch(ctx, 'partnerships.printDeclaration', { partnershipId: pzk.id, memberId: member.id, format: 'pdf' }));
    const text = (await pdfToText(bytes(declaration))).replace(/\s+/g, ' ');
    expect(text).toContain('Powiatowy Urząd Pracy w Będzinie');
    expect(text).toContain('Ewa Ślązak');
    expect(text).toContain('Poradnictwo zawodowe');

    // A member joined without a representative: a line to fill in by hand, no template code.
    const mopr = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name: 'Poradnia Psychologiczno-Pedagogiczna w Będzinie', type: 'counselling_center' }));
    unwrap(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: mopr.id, joinedOn: '2019-06-01' }));
    const without = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id })).members.find((m) => m.institutionId === mopr.id)!;
    const blank = (await pdfToText(bytes(unwrap<ExportedFile>(await dispatch(ctx, 'partnerships.printDeclaration', { partnershipId: pzk.id, memberId: without.id, format: 'pdf' }))))).replace(/\s+/g, ' ');
    expect(blank).toMatch(/Reprezentowana przez: …{10,}/);
    expect(blank).toContain('(imię i nazwisko, funkcja, podpis i pieczęć)');
    expect(blank).not.toMatch(/\{\{|\}\}/);

    const basket = unwrap<ExportedFile>(await dispatch(ctx, 'partnerships.printBasket', { partnershipId: pzk.id, format: 'docx' }));
    const basketText = await docxToText(bytes(basket));
    expect(basketText).toContain('Lokalny koszyk usług');
    expect(basketText).toContain('Poradnictwo zawodowe');
    expect(basketText).toContain('osoby bezrobotne');
  }, 60_000);
});
