/**
 * Projects of the model with their phases, indicators (with per-phase targets) and logo strips.
 * Phases and indicators are saved with the project in one transaction, replaced as a whole; those that keep
 * their id keep their row (so what refers to a phase or an indicator stays attached).
 */
import type { Knex } from 'knex';
import {
  comparePolish,
  foldForSearch,
  indicatorMeasure,
  LOGO_VARIANT_KEYS,
  type IndicatorMeasure,
  type ExportedFile,
  type LogoVariant,
  type Project,
  type ProjectIndicator,
  type ProjectListQuery,
  type ProjectLogoRef,
  type ProjectLogoUpload,
  type ProjectMilestone,
  type ProjectPhase,
  type ProjectSave,
  type StoredFileInfo,
} from '../../../preload/contract';
import { notFound, ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import type { ServiceContext } from '../context';
import { exportStoredFile, readStoredFile, storeFile, type StoredFile } from '../storedFiles';
import { milestoneDetails, projectDetails, projectDetailsOf } from './auditSnapshot';
import { imageDataUrl } from '../documents/html';
import { deleteVersioned, insertAudited, updateAudited, updateVersioned, type RecordKind } from '../versioned';
import type { IndicatorRow, IndicatorValueRow, MilestoneRow, PhaseRow, ProjectRow, TargetRow } from '../../../db/rows';

const KIND: RecordKind = { table: 'projects', what: 'projekt', related: projectDetailsOf };
/** Rows per multi-row insert: SQLite allows at most 500 terms in a compound select. */
const BATCH = 100;

type Fields = Omit<ProjectSave, 'id' | 'version' | 'phases' | 'milestones' | 'indicators'>;

function toRow(fields: Fields) {
  return {
    name: fields.name,
    macroregion: fields.macroregion,
    gmina_kind: fields.gminaKind,
    start_date: fields.startDate,
    end_date: fields.endDate,
    cofinancing_clause: fields.cofinancingClause,
    certificate_rule: fields.certificateRule,
    certificate_min_share: fields.certificateMinShare,
    notes: fields.notes,
  };
}

function storedLogo(row: ProjectRow, variant: LogoVariant): StoredFile | null {
  const path = row[`logo_${variant}_path`];
  const name = row[`logo_${variant}_name`];
  const sha256 = row[`logo_${variant}_sha256`];
  return path && name && sha256 ? { path, name, sha256 } : null;
}

/** The stored measure of an indicator; one that cannot be read (never written so) is "entered by hand". */
export function storedMeasure(json: string | null): IndicatorMeasure {
  if (!json) return { kind: 'manual' };
  try {
    const parsed = indicatorMeasure.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : { kind: 'manual' };
  } catch {
    return { kind: 'manual' };
  }
}

function logoInfo(row: ProjectRow, variant: LogoVariant): StoredFileInfo | null {
  const stored = storedLogo(row, variant);
  return stored ? { name: stored.name, sha256: stored.sha256 } : null;
}

async function chunkedWhereIn<T>(db: Knex, table: string, column: string, ids: string[], order: string[] = []): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const q = db(table).whereIn(column, ids.slice(i, i + 500)).select('*');
    for (const by of order) q.orderBy(by);
    rows.push(...((await q) as T[]));
  }
  return rows;
}

/** Projects with their phases and indicators, in a fixed number of queries whatever their count. */
async function withDetails(db: Knex, rows: ProjectRow[]): Promise<Project[]> {
  const ids = rows.map((row) => row.id);
  const phases = await chunkedWhereIn<PhaseRow>(db, 'project_phases', 'project_id', ids, ['project_id', 'position']);
  const milestones = await chunkedWhereIn<MilestoneRow>(db, 'project_milestones', 'project_id', ids, ['project_id', 'position']);
  const milestonesOf = new Map<string, MilestoneRow[]>();
  for (const milestone of milestones) milestonesOf.set(milestone.project_id, [...(milestonesOf.get(milestone.project_id) ?? []), milestone]);
  const indicators = await chunkedWhereIn<IndicatorRow>(db, 'project_indicators', 'project_id', ids, ['project_id', 'position']);
  const targets = await chunkedWhereIn<TargetRow>(db, 'indicator_phase_targets', 'indicator_id', indicators.map((row) => row.id));
  const values = await chunkedWhereIn<IndicatorValueRow>(db, 'indicator_values', 'indicator_id', indicators.map((row) => row.id), ['indicator_id', 'position']);
  const valuesOf = new Map<string, IndicatorValueRow[]>();
  for (const value of values) valuesOf.set(value.indicator_id, [...(valuesOf.get(value.indicator_id) ?? []), value]);

  const phasesOf = new Map<string, PhaseRow[]>();
  for (const phase of phases) phasesOf.set(phase.project_id, [...(phasesOf.get(phase.project_id) ?? []), phase]);
  const phaseIndex = new Map<string, number>();
  for (const list of phasesOf.values()) list.forEach((phase, i) => phaseIndex.set(phase.id, i));
  const targetsOf = new Map<string, TargetRow[]>();
  for (const target of targets) targetsOf.set(target.indicator_id, [...(targetsOf.get(target.indicator_id) ?? []), target]);
  const indicatorsOf = new Map<string, IndicatorRow[]>();
  for (const indicator of indicators) indicatorsOf.set(indicator.project_id, [...(indicatorsOf.get(indicator.project_id) ?? []), indicator]);

  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    name: row.name,
    macroregion: row.macroregion,
    gminaKind: row.gmina_kind,
    startDate: row.start_date,
    endDate: row.end_date,
    cofinancingClause: row.cofinancing_clause,
    certificateRule: row.certificate_rule === 'every_day' ? 'every_day' : 'share',
    certificateMinShare: Number(row.certificate_min_share),
    notes: row.notes,
    phases: (phasesOf.get(row.id) ?? []).map(
      (phase): ProjectPhase => ({ id: phase.id, name: phase.name, startDate: phase.start_date, endDate: phase.end_date }),
    ),
    milestones: (milestonesOf.get(row.id) ?? []).map(
      (milestone): ProjectMilestone => ({
        id: milestone.id,
        name: milestone.name,
        dueDate: milestone.due_date,
        reachedOn: milestone.reached_on,
        phaseId: milestone.phase_id,
        phaseIndex: milestone.phase_id === null ? null : (phaseIndex.get(milestone.phase_id) ?? null),
        notes: milestone.notes,
      }),
    ),
    indicators: (indicatorsOf.get(row.id) ?? []).map(
      (indicator): ProjectIndicator => ({
        id: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        target: Number(indicator.target ?? 0),
        measure: storedMeasure(indicator.measure),
        measureOrigin: indicator.measure_origin === 'guessed' || indicator.measure_origin === 'unknown' ? indicator.measure_origin : null,
        values: (valuesOf.get(indicator.id) ?? []).map((value) => ({ from: value.period_from, to: value.period_to, value: Number(value.value), note: value.note })),
        phaseTargets: (targetsOf.get(indicator.id) ?? [])
          .map((target) => ({ phaseId: target.phase_id, phaseIndex: phaseIndex.get(target.phase_id) ?? 0, target: Number(target.target) }))
          .sort((a, b) => a.phaseIndex - b.phaseIndex),
      }),
    ),
    logos: { color: logoInfo(row, 'color'), mono: logoInfo(row, 'mono') },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

async function projectRow(db: Knex, id: string): Promise<ProjectRow> {
  const row = (await db<ProjectRow>('projects').where({ id }).first()) as ProjectRow | undefined;
  if (!row) throw notFound('projekt');
  return row;
}

/** Projects by name in Polish order; the search ignores case and diacritics. */
export async function listProjects(db: Knex, query: ProjectListQuery): Promise<Project[]> {
  const q = db<ProjectRow>('projects').select('*');
  if (query.macroregion) q.where('macroregion', query.macroregion);
  let rows = (await q) as ProjectRow[];
  if (query.search) {
    const words = foldForSearch(query.search).split(' ');
    rows = rows.filter((row) => words.every((word) => foldForSearch(row.name).includes(word)));
  }
  rows.sort((a, b) => comparePolish(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return withDetails(db, rows);
}

export async function getProject(db: Knex, id: string): Promise<Project> {
  const [project] = await withDetails(db, [await projectRow(db, id)]);
  return project!;
}

function invalid(fieldErrors: Record<string, string>): ServiceError {
  const count = Object.keys(fieldErrors).length;
  return new ServiceError('validation', count === 1 ? 'Popraw zaznaczone pole.' : `Popraw zaznaczone pola (${count}).`, fieldErrors);
}

async function insertInBatches(trx: Knex, table: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await trx(table).insert(rows.slice(i, i + BATCH));
}

/** Replaces the project's phases and indicators with those of the save; ids that are kept keep their rows. */
async function replaceDetails(trx: Knex, projectId: string, input: Pick<ProjectSave, 'phases' | 'milestones' | 'indicators'>): Promise<void> {
  const existingMilestones = new Set((await trx('project_milestones').where({ project_id: projectId }).pluck('id')) as string[]);
  const existingPhases = new Set((await trx('project_phases').where({ project_id: projectId }).pluck('id')) as string[]);
  const existingIndicators = new Set((await trx('project_indicators').where({ project_id: projectId }).pluck('id')) as string[]);
  const errors: Record<string, string> = {};
  input.phases.forEach((phase, i) => {
    if (phase.id !== undefined && !existingPhases.has(phase.id)) errors[`phases.${i}.id`] = 'Ta faza nie należy do tego projektu (mogła zostać usunięta): odśwież dane';
  });
  input.indicators.forEach((indicator, i) => {
    if (indicator.id !== undefined && !existingIndicators.has(indicator.id)) {
      errors[`indicators.${i}.id`] = 'Ten wskaźnik nie należy do tego projektu (mógł zostać usunięty): odśwież dane';
    }
  });
  input.milestones.forEach((milestone, i) => {
    if (milestone.id !== undefined && !existingMilestones.has(milestone.id)) errors[`milestones.${i}.id`] = 'Ten kamień milowy nie należy do tego projektu (mógł zostać usunięty): odśwież dane';
  });
  if (Object.keys(errors).length) throw invalid(errors);

  const phaseIds = input.phases.map((phase) => phase.id ?? newId('faz'));
  const indicatorIds = input.indicators.map((indicator) => indicator.id ?? newId('wsk'));

  // Targets are rewritten whole; phases and indicators the save no longer lists go (their targets with them).
  if (existingIndicators.size) {
    await trx('indicator_phase_targets').whereIn('indicator_id', [...existingIndicators]).delete();
    await trx('indicator_values').whereIn('indicator_id', [...existingIndicators]).delete();
  }
  await trx('project_indicators').where({ project_id: projectId }).whereNotIn('id', indicatorIds).delete();
  await trx('project_phases').where({ project_id: projectId }).whereNotIn('id', phaseIds).delete();

  const newPhases: object[] = [];
  for (const [i, phase] of input.phases.entries()) {
    const row = { position: i, name: phase.name, start_date: phase.startDate, end_date: phase.endDate };
    if (phase.id !== undefined) await trx('project_phases').where({ id: phase.id }).update(row);
    else newPhases.push({ id: phaseIds[i], project_id: projectId, ...row });
  }
  await insertInBatches(trx, 'project_phases', newPhases);

  const milestoneIds = input.milestones.map((milestone) => milestone.id ?? newId('kam'));
  await trx('project_milestones').where({ project_id: projectId }).whereNotIn('id', milestoneIds).delete();
  const newMilestones: object[] = [];
  for (const [i, milestone] of input.milestones.entries()) {
    const row = {
      position: i,
      name: milestone.name,
      due_date: milestone.dueDate,
      reached_on: milestone.reachedOn,
      phase_id: milestone.phaseIndex === null ? null : (phaseIds[milestone.phaseIndex] ?? null),
      notes: milestone.notes,
    };
    if (milestone.id !== undefined) await trx('project_milestones').where({ id: milestone.id }).update(row);
    else newMilestones.push({ id: milestoneIds[i], project_id: projectId, ...row });
  }
  await insertInBatches(trx, 'project_milestones', newMilestones);

  const newIndicators: object[] = [];
  const targets: TargetRow[] = [];
  const values: IndicatorValueRow[] = [];
  for (const [i, indicator] of input.indicators.entries()) {
    // A saved indicator's measure is the user's: what the update guessed (measure_origin) is settled.
    const row = { position: i, code: indicator.code, name: indicator.name, unit: indicator.unit, target: indicator.target, measure: JSON.stringify(indicator.measure), measure_origin: null };
    indicator.values.forEach((value, j) => {
      values.push({ id: newId('wwr'), indicator_id: indicatorIds[i]!, position: j, period_from: value.from, period_to: value.to, value: value.value, note: value.note });
    });
    if (indicator.id !== undefined) await trx('project_indicators').where({ id: indicator.id }).update(row);
    else newIndicators.push({ id: indicatorIds[i], project_id: projectId, ...row });
    for (const phaseTarget of indicator.phaseTargets) {
      targets.push({ indicator_id: indicatorIds[i]!, phase_id: phaseIds[phaseTarget.phaseIndex]!, target: phaseTarget.target });
    }
  }
  await insertInBatches(trx, 'project_indicators', newIndicators);
  await insertInBatches(trx, 'indicator_phase_targets', targets);
  await insertInBatches(trx, 'indicator_values', values);
}

/** Phases and indicators of a save as the audit log keeps them. */
function auditedDetails(input: Pick<ProjectSave, 'phases' | 'milestones' | 'indicators'>) {
  return {
    ...projectDetails(
      input.phases.map((phase) => ({ name: phase.name, start_date: phase.startDate, end_date: phase.endDate })),
      input.indicators.map((indicator) => ({ code: indicator.code, name: indicator.name, unit: indicator.unit, target: indicator.target, measure: JSON.stringify(indicator.measure) })),
      (index) => input.indicators[index]!.values,
    ),
    ...milestoneDetails(
      input.milestones.map((milestone) => ({
        name: milestone.name,
        due_date: milestone.dueDate,
        reached_on: milestone.reachedOn,
        phase: milestone.phaseIndex === null ? null : (input.phases[milestone.phaseIndex]?.name ?? null),
        notes: milestone.notes,
      })),
    ),
  };
}

/** Creates or updates a project with its phases and indicators, all or nothing. */
export async function saveProject(db: Knex, input: ProjectSave): Promise<Project> {
  const { id, version, phases, milestones, indicators, ...fields } = input;
  const projectId = await db.transaction(async (trx) => {
    if (id === undefined) {
      const created = newId('prj');
      const now = nowIso();
      await insertAudited(trx, KIND, { id: created, version: 1, ...toRow(fields), created_at: now, updated_at: now }, auditedDetails({ phases, milestones, indicators }));
      await replaceDetails(trx, created, { phases, milestones, indicators });
      return created;
    }
    await updateVersioned(trx, KIND, id, version!, toRow(fields), async (locked) => ({ before: await projectDetailsOf(locked, id), after: auditedDetails({ phases, milestones, indicators }) }));
    await replaceDetails(trx, id, { phases, milestones, indicators });
    return id;
  });
  return getProject(db, projectId);
}

function named(items: string[], limit = 3): string {
  const shown = items.slice(0, limit).map((item) => `„${item}”`).join(', ');
  return items.length > limit ? `${shown} i ${items.length - limit} innych` : shown;
}

/**
 * Deletes a project with its phases and indicators; refused while partnerships or agreements refer to it.
 * Its logo files stay in the data folder: they are content-addressed and may be another project's logo too.
 */
export async function deleteProject(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await db.transaction(async (trx) => {
    const row = await projectRow(trx, id);
    const partnerships = (await trx('partnerships').where({ project_id: id }).orderBy('name').pluck('name')) as string[];
    const agreements = (await trx('agreements').where({ project_id: id }).orderBy('number').pluck('number')) as string[];
    const studies = (await trx('studies').where({ project_id: id }).orderBy('title').pluck('title')) as string[];
    if (partnerships.length || agreements.length || studies.length) {
      const blockers = [
        partnerships.length ? `partnerstwa (${partnerships.length}: ${named(partnerships)})` : null,
        agreements.length ? `porozumienia (${agreements.length}: nr ${named(agreements)})` : null,
        studies.length ? `opracowania (${studies.length}: ${named(studies)})` : null,
      ].filter(Boolean);
      throw new ServiceError(
        'conflict',
        `Nie można usunąć projektu „${row.name}”: odwołują się do niego ${blockers.join(' oraz ')}. Najpierw przypisz je do innego projektu albo usuń.`,
      );
    }
    await deleteVersioned(trx, KIND, id, version);
  });
  return { id };
}

/**
 * Stores a logo strip (PNG, JPG or SVG, checked by content) and points the project at it. Not a new version of
 * the project: the logo is not a field of its form, so an open form can still be saved without losing it.
 */
export async function setProjectLogo(db: Knex, filesDir: string, input: ProjectLogoUpload): Promise<Project> {
  await projectRow(db, input.projectId);
  const stored = await storeFile(filesDir, 'logo', input.file);
  const updated = await updateAudited(db, KIND, input.projectId, {
    [`logo_${input.variant}_path`]: stored.path,
    [`logo_${input.variant}_name`]: stored.name,
    [`logo_${input.variant}_sha256`]: stored.sha256,
    updated_at: nowIso(),
  });
  if (updated === 0) throw notFound('projekt');
  return getProject(db, input.projectId);
}

/** The logo strip with its original name, checksum verified; `file` is null when the project has none. */
export async function getProjectLogo(db: Knex, filesDir: string, input: ProjectLogoRef): Promise<{ file: ExportedFile | null }> {
  const stored = storedLogo(await projectRow(db, input.projectId), input.variant);
  return { file: stored ? await exportStoredFile(filesDir, stored) : null };
}

/** The project no longer has this logo strip; the file stays in the data folder (another project may use it). */
export async function clearProjectLogo(db: Knex, input: ProjectLogoRef): Promise<Project> {
  await projectRow(db, input.projectId);
  await updateAudited(db, KIND, input.projectId, { [`logo_${input.variant}_path`]: null, [`logo_${input.variant}_name`]: null, [`logo_${input.variant}_sha256`]: null, updated_at: nowIso() });
  return getProject(db, input.projectId);
}

/** Both logo strips of a project as stored files (for the document engine), null where none is set. */
export async function projectLogoFiles(db: Knex, projectId: string): Promise<Record<LogoVariant, StoredFile | null>> {
  const row = await projectRow(db, projectId);
  return Object.fromEntries(LOGO_VARIANT_KEYS.map((variant) => [variant, storedLogo(row, variant)])) as Record<LogoVariant, StoredFile | null>;
}

/** The project's logo strip: the monochrome one for black-and-white prints (ESF rules), else the full-colour one. */
export async function projectLogo(ctx: ServiceContext, projectId: string | null, monochrome: boolean): Promise<Uint8Array | null> {
  if (!projectId) return null;
  const logos = await projectLogoFiles(ctx.db, projectId);
  const logo = monochrome ? (logos.mono ?? null) : (logos.color ?? null);
  return logo ? readStoredFile(ctx.filesDir, logo.path, logo.sha256, logo.name) : null;
}

/** The logo strip as a data: URL, as printed HTML embeds it; null where there is none. */
export async function projectLogoDataUrl(ctx: ServiceContext, projectId: string | null, monochrome: boolean): Promise<string | null> {
  const logo = await projectLogo(ctx, projectId, monochrome);
  if (!logo) return null;
  if (logo.length === 0) throw new ServiceError('validation', 'Pasek logotypów projektu nie jest obrazem PNG, JPG ani SVG.');
  return imageDataUrl(logo);
}
