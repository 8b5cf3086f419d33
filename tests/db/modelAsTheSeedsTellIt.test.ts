/**
 * The model as the seeds tell it, all of it in one register: events for their audiences in the subregions, the
 * people of the teams with their roles and the teams' meeting rhythm, the project's phases and milestones, a study,
 * captioned photos chosen for the summary. One summary over the period states each in Polish, its document carries
 * the photo page, and the exchange file takes all of it there and back without a loss. Each part's own file tests
 * it in depth (modelAudiencesSubregions, modelTeamRhythm, modelPhasesStudies, modelPhotosFolder); this one proves
 * that they hold together.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, ReportSummary, Result } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import type { Runtime } from '../../main/runtime';
import { exportExchange, importExchangeDocument } from '../../main/services/exchange';
import { NO_FILTER, withoutExportedAt } from '../support/exchange';
import { docxToText } from '../support/pdf';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';
import { addAudiencesSubregions } from './fixtures/modelAudiencesSubregions';
import { addPhasesStudies, DIAGNOSIS_TITLE } from './fixtures/modelC';
import { addPhotos } from './fixtures/modelPhotosFolder';
import { addTeamRhythm } from './fixtures/modelTeamRhythm';

/** The period the parts' data share: the model's phase (from 2018) and the pilot's events and teams (2019). */
const PERIOD = { from: '2018-01-01', to: '2019-12-31' };

let temp: TempDatabase;
let ctx: Runtime;
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
});
afterEach(async () => {
  await temp.cleanup();
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  return unwrap<T>((await dispatch(ctx, channel, input)) as Result<unknown>);
}

/** Every part of the model in one register; the events of part A belong to part C's project. */
async function buildModel() {
  const { project } = await addPhasesStudies(ctx);
  const { events } = await addAudiencesSubregions(ctx.db, project.id);
  await addTeamRhythm(ctx.db);
  // The first training, photographed as seed 004 reports its meetings.
  await addPhotos(ctx, events[5]!, [
    { caption: 'Szkolenie międzysektorowe w Będzinie', takenOn: '2019-10-08', inSummary: true },
    { caption: 'Praca w grupach – zdjęcie nie do sprawozdania', takenOn: '2019-10-08' },
  ]);
  return { project };
}

function summary(): Promise<ReportSummary> {
  return call<ReportSummary>('reports.summary', { ...PERIOD, scope: { kind: 'all' }, rounding: 'exact', planMonths: 1 });
}

describe('the model as the seeds tell it, in one summary', () => {
  it('states the audiences, the subregions, the teams’ people and rhythm, the phase, the milestone, the study and the photos', async () => {
    const { project } = await buildModel();
    const result = await summary();
    const items = result.narrative.items.join('\n');

    // Audiences (seed 001: "5 spotkań konsultacyjnych (1 dla kadry kierowniczej oraz 4 dla pracowników ops)").
    expect(items).toContain('5 spotkań konsultacyjnych, w tym 1 dla kadry kierowniczej i 4 dla pracowników OPS');
    // Subregions (seed 001: "8 szkoleń w 4 subregionach województwa śląskiego").
    expect(items).toContain('8 szkoleń w 4 subregionach województwa śląskiego dla kadry kierowniczej i pracowników OPS');
    // The teams' people and sectors (seed 004: "G-PZK liczą po ok. 10 osób"), and their rhythm against the plan.
    expect(items).toContain('2 G-PZK liczą od 8 do 10 osób (średnio 9)');
    expect(items).toContain('„G-PZK Będzin” – średnio 1,5 spotkania w miesiącu wobec planowanych 2 (poniżej planu)');
    // The phase of the period and the milestone reached in it (seed 000: "fazie I – FAZA MODELU", "I Kamienia Milowego").
    const stage = result.narrative.stage.join(' ');
    expect(stage).toContain(`projekt „${project.name}” znajdował się w fazie I – FAZA MODELU`);
    expect(stage).toContain(`osiągnięto I Kamień Milowy w projekcie „${project.name}” (30.09.2018)`);
    // The study, by its title, among what was done and in its table.
    expect(items).toContain(DIAGNOSIS_TITLE);
    expect(result.studies.map((s) => s.title)).toContain(DIAGNOSIS_TITLE);
    // The photo chosen for the summary, and only it.
    expect(result.photos.map((p) => p.caption)).toEqual(['Szkolenie międzysektorowe w Będzinie']);
  });

  it('prints the photo page with its caption in the summary’s document', async () => {
    await buildModel();
    const file = await call<ExportedFile>('reports.export', { ...PERIOD, format: 'docx' });
    const text = (await docxToText(Buffer.from(file.contentBase64, 'base64'))).replace(/\s+/g, ' ');
    expect(text).toContain('Dokumentacja fotograficzna');
    expect(text).toContain('Szkolenie międzysektorowe w Będzinie (08.10.2019 r.)');
    expect(text).not.toContain('zdjęcie nie do sprawozdania');
    expect(text).toContain('8 szkoleń w 4 subregionach');
  });
});

describe('the exchange file with the whole model', () => {
  it('goes there and back without a loss: the second register exports the same document and says the same summary', async () => {
    await buildModel();
    const first = await exportExchange(ctx.db, NO_FILTER, new Date(), ctx.filesDir);
    expect(first.subregions).toHaveLength(4);
    expect(first.studies).toHaveLength(2);
    expect(first.events.some((e) => (e.audiences ?? []).includes('management'))).toBe(true);
    expect(first.events.some((e) => (e.attachments ?? []).some((a) => a.caption === 'Szkolenie międzysektorowe w Będzinie'))).toBe(true);
    expect(first.partnerships.some((p) => p.meetingsPerMonthTarget === 2 && p.members.some((m) => (m.team ?? []).length > 0))).toBe(true);
    expect(first.projects.some((p) => (p.milestones ?? []).length === 3)).toBe(true);
    const before = await summary();

    const other = await openTempDatabase();
    try {
      await importExchangeDocument(other.runtime, first, { backup: false });
      const second = await exportExchange(other.runtime.db, NO_FILTER, new Date(), other.runtime.filesDir);
      expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
      const after = unwrap<ReportSummary>((await dispatch(other.runtime, 'reports.summary', { ...PERIOD, scope: { kind: 'all' }, rounding: 'exact', planMonths: 1 })) as Result<unknown>);
      expect(after.narrative).toEqual(before.narrative);
    } finally {
      await other.cleanup();
    }
  });
});
