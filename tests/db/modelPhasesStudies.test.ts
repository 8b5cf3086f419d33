/**
 * Phases and milestones of a project, and studies and deliverables (issue 23, part C), through the contract on a
 * real database: the summary says in which phase the period falls and which milestones were reached (as seeds 000
 * and 001 write it), the dashboard shows the current phase and the next milestone, studies appear in the chronicle,
 * the list of what was done and their own table; bad input is refused on its field and leaves the register as it
 * was; the exchange file (version 3) carries all of it with the study's file, and reads version 2 still; writes are
 * audited; a copy to PostgreSQL takes the new tables and the file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, DashboardOverview, ExchangeDocument, Project, ReportSummary, Result, Study } from '../../preload/contract';
import { summaryTables } from '../../preload/contract/reportTables';
import { dispatch } from '../../main/ipc/dispatch';
import { openRuntime, type Runtime } from '../../main/runtime';
import { copyDatabase } from '../../main/cli/copy';
import { exportExchange, importExchangeDocument } from '../../main/services/exchange';
import { NO_FILTER, withoutExportedAt } from '../support/exchange';
import { unwrap } from '../support/results';
import { openTempDatabase, TEST_POSTGRES_URL, type TempDatabase, withOfficeAndServer } from '../support/tempDatabase';
import { addPhasesStudies, CATALOGUE_TITLE, DIAGNOSIS_TITLE, REPORT_PDF } from './fixtures/modelC';

let temp: TempDatabase;
let ctx: Runtime;
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
});
afterEach(async () => {
  await temp.cleanup();
});

const call = (channel: string, input: unknown, on: Runtime = ctx) => dispatch(on, channel, input) as Promise<Result<unknown>>;
const ok = async <T>(channel: string, input: unknown, on: Runtime = ctx): Promise<T> => unwrap<T>(await call(channel, input, on));
const fieldErrorsOf = (result: Result<unknown>) => {
  expect(result.ok).toBe(false);
  return (result as { error: { fieldErrors?: Record<string, string> } }).error.fieldErrors ?? {};
};

const summaryOf = (from: string, to: string, projectId: string | null = null) =>
  ok<ReportSummary>('reports.summary', { from, to, scope: projectId ? { kind: 'project', projectId } : { kind: 'all' }, rounding: 'exact', planMonths: 1 });

describe('the phase of the period and the milestones reached', () => {
  it('says the phase as seed 001 numbers it, the milestone reached and what it covered, and the one missed', async () => {
    const { project } = await addPhasesStudies(ctx);
    const summary = await summaryOf('2018-07-01', '2018-12-31', project.id);
    expect(summary.phases.map((phase) => `${phase.numeral} ${phase.name}`)).toEqual(['I FAZA MODELU']);
    const stage = summary.narrative.stage.join(' ');
    expect(stage).toContain(`W tym okresie projekt „${project.name}” znajdował się w fazie I – FAZA MODELU (01.01.2018–31.03.2019).`);
    expect(stage).toContain('W okresie sprawozdawczym osiągnięto I Kamień Milowy (30.09.2018).');
    expect(stage).toContain('W ramach I Kamienia Milowego w Gminno-Powiatowych Zespołach Kooperacji odbyło się 8 badań focus.');
    expect(stage).toContain('W terminie przypadającym na ten okres nie osiągnięto: II Kamień Milowy (termin 31.12.2018).');
    // The same sentences are a paragraph of the text and of the printed summary's opening.
    expect(summary.narrative.paragraphs).toContain(summary.narrative.stage.join(' '));
    expect(summary.milestones.map((m) => [m.name, m.status])).toEqual([
      ['I Kamień Milowy', 'reached'],
      ['II Kamień Milowy', 'missed'],
    ]);
    const milestonesTable = summaryTables(summary, 'pl', 'document').find((table) => table.key === 'milestones')!;
    expect(milestonesTable.rows).toContainEqual([project.name, 'I Kamień Milowy', 'FAZA MODELU', '2018-09-30', '2018-09-30', 'osiągnięty']);
  });

  it('names every phase a longer period spans, and the project when the summary is not of one project', async () => {
    const { project } = await addPhasesStudies(ctx);
    const summary = await summaryOf('2019-01-01', '2019-12-31');
    expect(summary.narrative.stage[0]).toBe(
      `W tym okresie projekt „${project.name}” znajdował się w fazie I – FAZA MODELU (01.01.2018–31.03.2019), a następnie w fazie II – FAZA PILOTAŻU (01.04.2019–30.09.2020).`,
    );
    // Nothing reached in 2019 and nothing due in it: no sentence about milestones.
    expect(summary.narrative.stage).toHaveLength(1);
    const ofTheMilestoneYear = await summaryOf('2018-01-01', '2018-12-31');
    expect(ofTheMilestoneYear.narrative.stage.join(' ')).toContain(`osiągnięto I Kamień Milowy w projekcie „${project.name}” (30.09.2018)`);
  });

  it('a milestone whose due date is still ahead of the day the summary is read is not called missed', async () => {
    const project = await ok<Project>('projects.save', {
      name: 'Liderzy kooperacji',
      startDate: '2026-01-01',
      endDate: '2099-12-31',
      milestones: [{ name: 'I Kamień Milowy', dueDate: '2099-06-30' }],
    });
    const summary = await summaryOf('2099-01-01', '2099-12-31', project.id);
    expect(summary.milestones.map((m) => m.status)).toEqual(['planned']);
    expect(summary.narrative.stage.join(' ')).not.toContain('nie osiągnięto');
  });

  it('a phase whose name carries its numeral is not numbered twice', async () => {
    const project = await ok<Project>('projects.save', { name: 'Liderzy kooperacji', phases: [{ name: 'Faza I – przygotowanie', startDate: '2024-01-01', endDate: '2024-12-31' }] });
    const summary = await summaryOf('2024-01-01', '2024-06-30', project.id);
    expect(summary.narrative.stage[0]).toBe('W tym okresie projekt „Liderzy kooperacji” znajdował się w fazie I – przygotowanie (01.01.2024–31.12.2024).');
    const written = await ok<Project>('projects.save', { name: 'Kooperacje 3D', phases: [{ name: 'I Faza – budowa modelu', startDate: '2024-01-01', endDate: '2024-12-31' }] });
    expect((await summaryOf('2024-01-01', '2024-06-30', written.id)).narrative.stage[0]).toContain('w fazie I – budowa modelu (01.01.2024–31.12.2024)');
  });
});

describe('the data set builder', () => {
  it('puts the phases and milestones on a project another part of the data set made, keeping its indicators', async () => {
    const other = await ok<Project>('projects.save', { name: 'Kooperacje 3D', indicators: [{ code: 'W1', name: 'Liczba PZK', unit: 'szt.', target: 15, measure: { kind: 'agreements' } }] });
    const { project } = await addPhasesStudies(ctx, { projectId: other.id });
    expect(project.id).toBe(other.id);
    expect(project.indicators.map((i) => i.code)).toEqual(['W1']);
    expect(project.milestones).toHaveLength(3);
    expect((await summaryOf('2018-07-01', '2018-12-31', other.id)).narrative.stage[0]).toContain('projekt „Kooperacje 3D” znajdował się w fazie I – FAZA MODELU');
  });
});

describe('the dashboard', () => {
  it('shows the current phase with the days it has left, and the next milestone with its date and days left', async () => {
    const { project } = await addPhasesStudies(ctx);
    const overview = await ok<DashboardOverview>('dashboard.overview', { today: '2018-11-15' });
    const stage = overview.projectStages.find((s) => s.projectId === project.id)!;
    expect(stage.currentPhase).toMatchObject({ numeral: 'I', name: 'FAZA MODELU', endDate: '2019-03-31', daysLeft: 136 });
    expect(stage.nextMilestone).toEqual({ name: 'II Kamień Milowy', dueDate: '2018-12-31', daysLeft: 46 });

    // After its due date the missed milestone is still the next one, overdue; in the pilot phase the phase is II.
    const later = await ok<DashboardOverview>('dashboard.overview', { today: '2019-05-01' });
    const laterStage = later.projectStages.find((s) => s.projectId === project.id)!;
    expect(laterStage.currentPhase).toMatchObject({ numeral: 'II', name: 'FAZA PILOTAŻU' });
    expect(laterStage.nextMilestone).toEqual({ name: 'II Kamień Milowy', dueDate: '2018-12-31', daysLeft: -121 });

    // A project that has ended is no longer shown.
    const after = await ok<DashboardOverview>('dashboard.overview', { today: '2022-01-10' });
    expect(after.projectStages.find((s) => s.projectId === project.id)).toBeUndefined();
  });
});

describe('studies and deliverables', () => {
  it('appear in the chronicle with their contractor and dates, in the list of what was done and in their table', async () => {
    await addPhasesStudies(ctx);
    const summary = await summaryOf('2018-01-01', '2018-12-31');
    const november = summary.chronicle.find((month) => month.month === '2018-11')!;
    expect(november.sentences).toContain(`Zakończono opracowanie diagnozy „${DIAGNOSIS_TITLE}” (wykonawca: Uniwersytet Łódzki; 01.07.2018–30.11.2018).`);
    const december = summary.chronicle.find((month) => month.month === '2018-12')!;
    expect(december.sentences).toContain(`Rozpoczęto opracowanie katalogu „${CATALOGUE_TITLE}” (wykonawca: Fundacja Badań Społecznych „Kooperacja”; 01.12.2018–30.06.2019).`);
    expect(summary.narrative.items).toContain(`zrealizowano diagnozę pn. „${DIAGNOSIS_TITLE}” (wykonawca: Uniwersytet Łódzki; 01.07.2018–30.11.2018)`);
    expect(summary.narrative.items).toContain(`rozpoczęto opracowanie katalogu pn. „${CATALOGUE_TITLE}” (wykonawca: Fundacja Badań Społecznych „Kooperacja”; 01.12.2018–30.06.2019)`);
    expect(summary.narrative.paragraphs[0]).toContain('zrealizowano diagnozę pn.');
    const table = summaryTables(summary, 'pl', 'sheet').find((t) => t.key === 'studies')!;
    expect(table.rows.map((row) => row[1])).toEqual([DIAGNOSIS_TITLE, CATALOGUE_TITLE]);
    expect(table.rows[0]).toContain('odebrane');

    // The next year the catalogue goes on; the diagnosis, finished before, is not in it.
    const next = await summaryOf('2019-01-01', '2019-12-31');
    expect(next.studies.map((s) => s.title)).toEqual([CATALOGUE_TITLE]);
    expect(next.narrative.items).toContain(`kontynuowano opracowanie katalogu pn. „${CATALOGUE_TITLE}” (wykonawca: Fundacja Badań Społecznych „Kooperacja”; 01.12.2018–30.06.2019)`);
  });

  it('keeps the file, gives it back byte for byte, lists and searches studies', async () => {
    const { diagnosis, project } = await addPhasesStudies(ctx);
    expect(diagnosis.file?.name).toBe('Raport metodologiczny – diagnoza.pdf');
    const { file } = await ok<{ file: { fileName: string; contentBase64: string } }>('studies.getFile', { studyId: diagnosis.id });
    expect(Buffer.from(file.contentBase64, 'base64').equals(REPORT_PDF)).toBe(true);
    // A Word document is taken too.
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml....')]);
    const withDocx = await ok<Study>('studies.setFile', { studyId: diagnosis.id, file: { fileName: 'raport.docx', contentBase64: docx.toString('base64') } });
    expect(withDocx.file?.name).toBe('raport.docx');
    expect((await ok<Study[]>('studies.list', { search: 'lodzki' })).map((s) => s.id)).toEqual([diagnosis.id]);
    expect((await ok<Study[]>('studies.list', { projectId: project.id, kind: 'catalogue' })).map((s) => s.title)).toEqual([CATALOGUE_TITLE]);
    const cleared = await ok<Study>('studies.clearFile', { studyId: diagnosis.id });
    expect(cleared.file).toBeNull();
  });

  it('refuses bad input on its field in Polish and leaves the register as it was', async () => {
    const { project, diagnosis } = await addPhasesStudies(ctx);
    const before = await ctx.db('studies').orderBy('id').select('*');
    expect(fieldErrorsOf(await call('studies.save', { title: 'Ekspertyza', kind: 'expertise', periodFrom: '2019-05-01', periodTo: '2019-04-01' })).periodTo).toBe(
      'Koniec okresu realizacji nie może być wcześniejszy niż jego początek',
    );
    expect(fieldErrorsOf(await call('studies.save', { title: '  ', kind: 'report' })).title).toBe('Pole „Tytuł” jest wymagane');
    expect(fieldErrorsOf(await call('studies.save', { title: 'Raport', kind: 'poem' })).kind).toBe('Wybierz rodzaj opracowania z listy');
    expect(fieldErrorsOf(await call('studies.save', { title: 'Raport', kind: 'report', status: 'accepted' })).periodTo).toMatch(/kiedy opracowanie zostało przekazane/);
    expect(fieldErrorsOf(await call('studies.save', { title: 'Raport', kind: 'report', contractorInstitutionId: 'ins-nie-ma', contractorName: 'Ktoś' })).contractorName).toMatch(/nie oba/);
    expect(fieldErrorsOf(await call('studies.save', { title: 'Raport', kind: 'report', contractorInstitutionId: 'ins-nie-ma' })).contractorInstitutionId).toMatch(/nie istnieje/);
    // A PNG named .pdf is not a PDF; an image is not a report at all.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect(fieldErrorsOf(await call('studies.setFile', { studyId: diagnosis.id, file: { fileName: 'raport.pdf', contentBase64: png.toString('base64') } })).file).toMatch(/nie jest prawidłowym plikiem PDF/);
    expect(fieldErrorsOf(await call('studies.setFile', { studyId: diagnosis.id, file: { fileName: 'zdjęcie.png', contentBase64: png.toString('base64') } })).file).toMatch(/Dozwolone: PDF, DOCX/);
    expect(await ctx.db('studies').orderBy('id').select('*')).toEqual(before);

    // Milestones: a phase that does not exist, a due date after the project's end.
    const milestonesBefore = await ctx.db('project_milestones').orderBy('id').select('*');
    const errors = fieldErrorsOf(
      await call('projects.save', { ...project, milestones: [{ name: 'IV Kamień Milowy', dueDate: '2022-03-31', phaseIndex: 9 }] }),
    );
    expect(errors['milestones.0.phaseIndex']).toBe('Wybrana faza nie istnieje w tym projekcie');
    expect(errors['milestones.0.dueDate']).toBe('Termin kamienia milowego nie może być po końcu projektu (31.12.2021)');
    expect(fieldErrorsOf(await call('projects.save', { ...project, milestones: [{ name: '' }] }))['milestones.0.name']).toBe('Pole „Nazwa kamienia milowego” jest wymagane');
    expect(await ctx.db('project_milestones').orderBy('id').select('*')).toEqual(milestonesBefore);
  });

  it('a project is not deleted while studies refer to it; a study is deleted with its version', async () => {
    const { project, catalogue } = await addPhasesStudies(ctx);
    await ctx.db('partnerships').where({ project_id: project.id }).delete();
    const refused = await call('projects.delete', { id: project.id, version: project.version });
    expect(refused.ok).toBe(false);
    expect((refused as { error: { message: string } }).error.message).toMatch(/opracowania \(2: /);
    expect((await call('studies.delete', { id: catalogue.id, version: catalogue.version + 1 })).ok).toBe(false);
    await ok('studies.delete', { id: catalogue.id, version: catalogue.version });
    expect(await ctx.db('studies').where({ id: catalogue.id }).first()).toBeUndefined();
  });
});

describe('milestones in the project form', () => {
  it('keep their ids when saved again, follow their phase, and go when the form no longer lists them', async () => {
    const { project } = await addPhasesStudies(ctx);
    expect(project.milestones.map((m) => [m.name, m.phaseIndex])).toEqual([
      ['I Kamień Milowy', 0],
      ['II Kamień Milowy', 0],
      ['III Kamień Milowy', 1],
    ]);
    const [first, second] = project.milestones;
    const saved = await ok<Project>('projects.save', {
      ...project,
      milestones: [
        { ...first, notes: null },
        { ...second, reachedOn: '2019-01-15' },
      ],
    });
    expect(saved.milestones.map((m) => m.id)).toEqual([first!.id, second!.id]);
    expect(saved.milestones[1]).toMatchObject({ reachedOn: '2019-01-15', phaseId: project.phases[0]!.id });
    expect(await ctx.db('project_milestones').where({ project_id: project.id }).count({ n: '*' })).toEqual([{ n: 2 }]);
  });
});

describe('the audit log', () => {
  it('records a study created, its file attached, and milestones as values of the project', async () => {
    const { project, diagnosis } = await addPhasesStudies(ctx);
    const entries = await ok<AuditEntry[]>('audit.forRecord', { table: 'studies', id: diagnosis.id });
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const created = entries.find((e) => e.action === 'create')!;
    expect(created.after).toMatchObject({ title: DIAGNOSIS_TITLE, kind: 'diagnosis', status: 'accepted', period_from: '2018-07-01' });
    expect(entries.find((e) => e.action === 'update')!.after).toMatchObject({ file_name: 'Raport metodologiczny – diagnoza.pdf' });

    const changed = await ok<Project>('projects.save', { ...project, milestones: project.milestones.map((m, i) => (i === 1 ? { ...m, reachedOn: '2019-02-01' } : m)) });
    const projectEntries = await ok<AuditEntry[]>('audit.forRecord', { table: 'projects', id: changed.id });
    const update = projectEntries.find((e) => e.action === 'update')!;
    expect(JSON.stringify(update.before)).toContain('"reached_on":null');
    expect(JSON.stringify(update.after)).toContain('"reached_on":"2019-02-01"');
    expect(JSON.stringify(update.after)).toContain('"phase":"FAZA MODELU"');
  });
});

describe('the exchange file', () => {
  it('carries milestones and studies with their file there and back losslessly (version 3)', async () => {
    await addPhasesStudies(ctx);
    const first = await exportExchange(ctx.db, NO_FILTER, new Date(), ctx.filesDir);
    expect(first.version).toBe(3);
    expect(first.projects[0]!.milestones).toHaveLength(3);
    const diagnosis = first.studies!.find((s) => s.kind === 'diagnosis')!;
    expect(diagnosis.file).toMatchObject({ name: 'Raport metodologiczny – diagnoza.pdf', sha256: crypto.createHash('sha256').update(REPORT_PDF).digest('hex') });

    const other = await openTempDatabase();
    try {
      const result = await importExchangeDocument(other.runtime, first, { backup: false });
      expect(result.counts.studies).toEqual({ added: 2, updated: 0, unchanged: 0 });
      const second = await exportExchange(other.runtime.db, NO_FILTER, new Date(), other.runtime.filesDir);
      expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
      const row = (await other.runtime.db('studies').where({ kind: 'diagnosis' }).first()) as { file_path: string };
      expect(fs.readFileSync(path.join(other.runtime.filesDir, ...row.file_path.split('/'))).equals(REPORT_PDF)).toBe(true);
      // Imported again: nothing changes.
      const again = await importExchangeDocument(other.runtime, first, { backup: false });
      expect(again.counts.studies).toEqual({ added: 0, updated: 0, unchanged: 2 });
      expect(again.counts.projects.unchanged).toBe(1);
    } finally {
      await other.cleanup();
    }
  });

  it('refuses a study whose file is not what its checksum says, and still reads a version 2 file', async () => {
    await addPhasesStudies(ctx);
    const document = await exportExchange(ctx.db, NO_FILTER, new Date(), ctx.filesDir);
    const other = await openTempDatabase();
    try {
      const broken = structuredClone(document) as ExchangeDocument;
      const file = broken.studies!.find((s) => s.file)!.file!;
      file.contentBase64 = Buffer.from('%PDF-1.4 inna treść').toString('base64');
      const refused = await importExchangeDocument(other.runtime, broken, { backup: false }).catch((error: unknown) => error as { problems: { path: string; message: string }[] });
      expect(refused).toHaveProperty('problems');
      expect((refused as { problems: { path: string; message: string }[] }).problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/SHA-256 nie zgadza się/) }));
      expect(await other.runtime.db('studies').count({ n: '*' })).toEqual([{ n: 0 }]);

      const { studies: _studies, ...older } = structuredClone(document) as ExchangeDocument;
      const version2 = { ...older, version: 2 as const, projects: older.projects.map(({ milestones: _m, ...project }) => project) };
      const result = await importExchangeDocument(other.runtime, version2 as ExchangeDocument, { backup: false });
      expect(result.counts.projects.added).toBe(1);
      expect(await other.runtime.db('project_milestones').count({ n: '*' })).toEqual([{ n: 0 }]);
    } finally {
      await other.cleanup();
    }
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('the copy to PostgreSQL (needs KOOPERATOR_TEST_DATABASE_URL)', () => {
  it('takes milestones, studies and the study file', async () => {
    await withOfficeAndServer('Kooperator kopia C ', async ({ office: from, server: to }) => {
      const source = await openRuntime(from, { dailyBackup: false, filesDir: from.filesDir });
      try {
        await addPhasesStudies(source);
      } finally {
        await source.close();
      }
      const result = await copyDatabase(from, to);
      expect(result.files).toMatchObject({ copied: 1, missingInSource: [] });
      const server = await openRuntime(to, { dailyBackup: false, filesDir: to.filesDir });
      try {
        expect(await server.db('project_milestones').count({ n: '*' })).toEqual([{ n: 3 }]);
        const studies = await ok<Study[]>('studies.list', {}, server);
        expect(studies.map((s) => s.title)).toEqual([DIAGNOSIS_TITLE, CATALOGUE_TITLE]);
        const { file } = await ok<{ file: { contentBase64: string } }>('studies.getFile', { studyId: studies[0]!.id }, server);
        expect(Buffer.from(file.contentBase64, 'base64').equals(REPORT_PDF)).toBe(true);
      } finally {
        await server.close();
      }
    });
  }, 120_000);
});
