/**
 * Where the projects of a summary stand, as seeds 000 and 001 say it: the phase the period falls in ("znajdował się
 * w fazie I – FAZA MODELU"), the milestones reached ("osiągnięto I Kamień Milowy", "W ramach I Kamienia Milowego …"),
 * and the studies and deliverables of the period ("zrealizowano diagnozę pn. „Diagnoza stanu …”"), in the list of
 * what was done and in the chronicle's month.
 */
import type { Knex } from 'knex';
import {
  milestoneStatus,
  phaseLabel,
  quoted,
  romanNumeral,
  STUDY_KINDS,
  type ReportMilestoneRow,
  type ReportPhaseRow,
  type ReportStudyRow,
} from '../../../preload/contract';
import type { MilestoneRow, PhaseRow } from '../../../db/rows';
import { formatDayDots } from '../language/dates';
import { studiesInPeriod } from '../studies';

/** Which projects the summary speaks of: one project, or (null) every project. */
export interface StageScope {
  projectId: string | null;
}

/** The phases of the projects in scope that overlap [from, to], in each project's order. */
export async function loadPhases(db: Knex, from: string, to: string, scope: StageScope): Promise<ReportPhaseRow[]> {
  const q = db('project_phases as f').join('projects as p', 'p.id', 'f.project_id').select('f.*', { project_name: 'p.name' }).orderBy('p.name').orderBy('f.project_id').orderBy('f.position');
  if (scope.projectId) q.where('f.project_id', scope.projectId);
  const rows = (await q) as (PhaseRow & { project_name: string })[];
  const numberOf = new Map<string, number>();
  const phases: ReportPhaseRow[] = [];
  for (const row of rows) {
    const number = (numberOf.get(row.project_id) ?? 0) + 1;
    numberOf.set(row.project_id, number);
    if (!row.start_date && !row.end_date) continue;
    if ((row.start_date && row.start_date > to) || (row.end_date && row.end_date < from)) continue;
    phases.push({ projectId: row.project_id, projectName: row.project_name, number, numeral: romanNumeral(number), name: row.name, startDate: row.start_date, endDate: row.end_date });
  }
  return phases;
}

/** Milestones reached in [from, to], and those due in it and not reached by `to`. */
export async function loadMilestones(db: Knex, from: string, to: string, scope: StageScope, today: string): Promise<ReportMilestoneRow[]> {
  const q = db('project_milestones as m')
    .join('projects as p', 'p.id', 'm.project_id')
    .leftJoin('project_phases as f', 'f.id', 'm.phase_id')
    .select('m.*', { project_name: 'p.name', phase_name: 'f.name' })
    .orderBy('p.name')
    .orderBy('m.project_id')
    .orderBy('m.position');
  if (scope.projectId) q.where('m.project_id', scope.projectId);
  const rows = (await q) as (MilestoneRow & { project_name: string; phase_name: string | null })[];
  const within = (day: string | null) => day !== null && day >= from && day <= to;
  return rows
    .filter((row) => within(row.reached_on) || (within(row.due_date) && (row.reached_on === null || row.reached_on > to)))
    .map((row) => ({
      projectName: row.project_name,
      name: row.name,
      phaseName: row.phase_name,
      dueDate: row.due_date,
      reachedOn: row.reached_on,
      status: milestoneStatus({ dueDate: row.due_date, reachedOn: row.reached_on }, today),
      notes: row.notes,
    }));
}

export async function loadStudies(db: Knex, from: string, to: string, scope: StageScope): Promise<ReportStudyRow[]> {
  return (await studiesInPeriod(db, from, to, scope.projectId)).map((study) => ({
    id: study.id,
    title: study.title,
    kind: study.kind,
    status: study.status,
    contractor: study.contractor,
    projectName: study.projectName,
    periodFrom: study.periodFrom,
    periodTo: study.periodTo,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Phrases

function dates(from: string | null, to: string | null): string | null {
  if (from && to) return `${formatDayDots(from)}–${formatDayDots(to)}`;
  if (from) return `od ${formatDayDots(from)}`;
  if (to) return `do ${formatDayDots(to)}`;
  return null;
}

/** "w fazie I – FAZA MODELU (01.07.2018–31.03.2019)" */
function inPhase(phase: ReportPhaseRow): string {
  const span = dates(phase.startDate, phase.endDate);
  return `w fazie ${phaseLabel(phase)}${span ? ` (${span})` : ''}`;
}

/**
 * "W tym okresie projekt „Kooperacje 3D” znajdował się w fazie I – FAZA MODELU (01.07.2018–31.03.2019)", with
 * ", a następnie w fazie II – …" for each further phase; one sentence per project.
 */
export function phaseSentences(phases: ReportPhaseRow[]): string[] {
  const byProject = new Map<string, ReportPhaseRow[]>();
  for (const phase of phases) byProject.set(phase.projectId, [...(byProject.get(phase.projectId) ?? []), phase]);
  return [...byProject.values()].map((list) => {
    const [first, ...rest] = list;
    const further = rest.map((phase) => `, a następnie ${inPhase(phase)}`).join('');
    return `W tym okresie projekt ${quoted(first!.projectName)} znajdował się ${inPhase(first!)}${further}.`;
  });
}

/** "I Kamienia Milowego" for "I Kamień Milowy"; another name as "kamienia milowego „…”". */
export function milestoneGenitive(name: string): string {
  const trimmed = name.trim();
  if (/kamień milowy/i.test(trimmed)) {
    return trimmed.replace(/(k)amień(\s+)(m)ilowy/i, (_all, k: string, space: string, m: string) => `${k}amienia${space}${m}ilowego`);
  }
  return `kamienia milowego ${quoted(trimmed)}`;
}

/** A milestone's name as the object of "osiągnięto": "I Kamień Milowy" stays; another name is quoted. */
function milestoneAccusative(name: string): string {
  const trimmed = name.trim();
  return /kamień milowy/i.test(trimmed) ? trimmed : `kamień milowy ${quoted(trimmed)}`;
}

/**
 * "W okresie sprawozdawczym osiągnięto I Kamień Milowy (30.09.2018)." and, where the milestone says what it covered,
 * "W ramach I Kamienia Milowego …"; milestones due in the period and not reached are said too.
 */
export function milestoneSentences(milestones: ReportMilestoneRow[], from: string, to: string, withProject: boolean): string[] {
  const sentences: string[] = [];
  const isReached = (m: ReportMilestoneRow) => m.reachedOn !== null && m.reachedOn >= from && m.reachedOn <= to;
  const reached = milestones.filter(isReached);
  // Missed: due in the period and not reached by the day the summary is read (a due date still ahead is not missed),
  // or reached only after its due date.
  const notReached = milestones.filter((m) => !isReached(m) && m.dueDate !== null && (m.reachedOn === null ? m.status === 'missed' : m.reachedOn > m.dueDate));
  const ofProject = (m: ReportMilestoneRow) => (withProject ? ` w projekcie ${quoted(m.projectName)}` : '');
  const join = (list: string[]) => (list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} i ${list[list.length - 1]!}`);
  if (reached.length > 0) {
    sentences.push(`W okresie sprawozdawczym osiągnięto ${join(reached.map((m) => `${milestoneAccusative(m.name)}${ofProject(m)} (${formatDayDots(m.reachedOn!)})`))}.`);
    for (const m of reached) {
      if (m.notes) sentences.push(`W ramach ${milestoneGenitive(m.name)} ${m.notes.trim().replace(/[.;,\s]+$/, '')}.`);
    }
  }
  if (notReached.length > 0) {
    sentences.push(`W terminie przypadającym na ten okres nie osiągnięto: ${join(notReached.map((m) => `${milestoneAccusative(m.name)}${ofProject(m)} (termin ${formatDayDots(m.dueDate!)})`))}.`);
  }
  return sentences;
}

function contractorPart(study: ReportStudyRow): string {
  const span = dates(study.periodFrom, study.periodTo);
  // A semicolon: a contractor's name may have commas of its own ("Uniwersytet Śląski, Instytut Socjologii").
  const parts = [study.contractor ? `wykonawca: ${study.contractor}` : null, span].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

const DONE = new Set(['delivered', 'accepted']);

/**
 * A study as an item of the list of what was done: "zrealizowano diagnozę pn. „…” (wykonawca: …, 01.07.2018–30.11.2018)",
 * "rozpoczęto opracowanie katalogu pn. „…”", "kontynuowano opracowanie …"; null for one only planned.
 */
export function studyItem(study: ReportStudyRow, from: string, to: string): string | null {
  const kind = STUDY_KINDS[study.kind];
  const title = `pn. ${quoted(study.title)}${contractorPart(study)}`;
  if (DONE.has(study.status) && study.periodTo !== null && study.periodTo >= from && study.periodTo <= to) return `zrealizowano ${kind.acc} ${title}`;
  if (study.status === 'planned') return null;
  if (study.periodFrom !== null && study.periodFrom >= from) return `rozpoczęto opracowanie ${kind.gen} ${title}`;
  return `kontynuowano opracowanie ${kind.gen} ${title}`;
}

/** The chronicle's sentence of a month: the study delivered in it, else begun in it; null when neither. */
export function chronicleStudySentence(study: ReportStudyRow, month: string): string | null {
  const kind = STUDY_KINDS[study.kind];
  const title = `${quoted(study.title)}${contractorPart(study)}`;
  if (DONE.has(study.status) && study.periodTo?.startsWith(month)) return `Zakończono opracowanie ${kind.gen} ${title}.`;
  if (study.status !== 'planned' && study.periodFrom?.startsWith(month) && !study.periodTo?.startsWith(month)) return `Rozpoczęto opracowanie ${kind.gen} ${title}.`;
  return null;
}
