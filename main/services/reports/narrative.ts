/**
 * The summary in words, the way the offices write it (seeds 000–004): an opening with the period and the place,
 * a list of what was done ("zawiązano 15 Partnerskich Zespołów Kooperacyjnych (PZK)", "zorganizowano
 * 42 warsztaty kooperacyjne", "przeprowadzono blisko 1 200 godzin indywidualnego coachingu…"), the chronicle by
 * month under headings in the nominative in capitals (CZERWIEC – …) and the plan for the next period.
 */
import {
  EVENT_TYPE_KEYS,
  monthSpanPhrase,
  PARTNERSHIP_KIND_KEYS,
  PARTNERSHIP_KINDS,
  toClockHours,
  type ChronicleMonth,
  type EventFigures,
  type EventType,
  type FormedPartnershipRow,
  type PartnershipFigures,
  type PartnershipKind,
  type ReportNarrative,
  type ReportStudyRow,
  type RoundingStyle,
  type SessionFigures,
  type SessionMode,
  type SignedAgreementRow,
  type AudienceSplit,
  type SubregionSpread,
  type TeamRow,
  endSentence,
  quoted,
} from '../../../preload/contract';
import { formatDaySpan } from '../documents';
import { monthHeading, monthsBetween, periodPhrase, wholeYears } from './calendar';
import type { ReportEvent, Units } from './data';
import {
  agreementsSignedPhrase,
  audiencesPhrase,
  forWhomPhrase,
  subregionsPhrase,
  coachingPhrase,
  eventNoun,
  eventsHeldPhrase,
  eventsPlannedPhrase,
  NOUNS,
  PARTNERSHIP_NOUNS,
  participantsPhrase,
  leftOutPhrase,
  cancelledPhrase,
  partnershipsActivePhrase,
  partnershipsFormedPhrase,
  partnershipsOnlyActivePhrase,
  supervisionPhrase,
  teamPeoplePhrase,
  teamRhythmPhrase,
  teamsPeoplePhrase,
  tookPlace,
  typeHoursPhrase,
} from './phrases';
import { agreeing, capitalise, counted } from '../language/nouns';
import { countDistinct } from './presence';
import { chronicleStudySentence } from './projectStage';
import type { HeldEvent } from './types';

const SESSION_TYPES = new Set<EventType>(['coaching', 'supervision']);
const MODES: SessionMode[] = ['individual', 'group'];

/** "od października 2019 r. do listopada 2020 r." when sessions ran over part of the period only; null otherwise. */
function sessionSpan(figures: SessionFigures, from: string, to: string): string | null {
  const { firstMonth, lastMonth } = figures;
  if (!firstMonth || !lastMonth || firstMonth === lastMonth) return null;
  if (firstMonth === from.slice(0, 7) && lastMonth === to.slice(0, 7)) return null;
  return monthSpanPhrase(firstMonth, lastMonth);
}

/**
 * "zorganizowano 8 szkoleń w 4 subregionach województwa śląskiego (łącznie 168 godzin dydaktycznych); udział wzięło
 * 211 osób", "zorganizowano 5 spotkań konsultacyjnych, w tym 1 dla kadry kierowniczej i 4 dla pracowników OPS".
 * The subregions are named only when every event of the type lies in one of the office's subregions.
 */
export function eventItem(type: EventType, figures: EventFigures, style: RoundingStyle, audiences?: AudienceSplit, spread?: SubregionSpread): string {
  const hours = typeHoursPhrase(figures.hours, figures.clockEquivalent, style);
  const total = figures.participants + figures.unnamed;
  const people = total > 0 ? `; ${participantsPhrase(total, figures.participants)}` : '';
  const where = spread && spread.placed === figures.count ? subregionsPhrase(spread.subregions, spread.voivodeshipName) : '';
  const forWhom = audiences ? audiencesPhrase(figures.count, audiences.groups) : '';
  return `${eventsHeldPhrase(type, figures.count)}${where}${forWhom}${hours ? ` (łącznie ${hours})` : ''}${people}`;
}

/** The coaching items: one per mode, individual first. */
export function coachingItems(figures: SessionFigures, style: RoundingStyle, span: string | null): string[] {
  return MODES.filter((mode) => figures[mode].count > 0).map((mode) =>
    coachingPhrase({ mode, hours: figures[mode].clockEquivalent, sessions: figures[mode].count, people: figures[mode].participants, socialWorkers: figures.allSocialWorkers, style, span }),
  );
}

/** The supervision item: both modes together, as seed 000 writes it ("superwizji indywidualnej i grupowej"). */
export function supervisionItem(figures: SessionFigures, style: RoundingStyle, span: string | null): string | null {
  const modes = MODES.filter((mode) => figures[mode].count > 0);
  if (modes.length === 0) return null;
  return supervisionPhrase({
    modes,
    hours: figures.total.clockEquivalent,
    sessions: figures.total.count,
    people: figures.total.participants,
    socialWorkers: figures.allSocialWorkers,
    style,
    span,
  });
}

/** "zawiązano 15 Partnerskich Zespołów Kooperacyjnych (PZK); działało łącznie 17 PZK" */
export function partnershipItem(kind: PartnershipKind, figures: PartnershipFigures): string | null {
  if (figures.formed > 0) return `${partnershipsFormedPhrase(kind, figures.formed)}${figures.active > figures.formed ? `; ${partnershipsActivePhrase(kind, figures.active)}` : ''}`;
  if (figures.active > 0) return partnershipsOnlyActivePhrase(kind, figures.active);
  return null;
}

interface NarrativeInput {
  from: string;
  to: string;
  rounding: RoundingStyle;
  scopeLocative: string;
  events: Record<EventType, EventFigures>;
  coaching: SessionFigures;
  supervision: SessionFigures;
  partnerships: Record<PartnershipKind, PartnershipFigures>;
  agreements: { signed: number; gminas: number; powiats: number };
  plan: { from: string; to: string };
  planned: ReportEvent[];
  leftOut: { title: string; startDay: string }[];
  cancelled: { title: string; startDay: string; cancellationReason: string | null }[];
  /** Items of the studies and deliverables of the period (projectStage.ts). */
  studyItems?: string[];
  /** Sentences on the projects' phases and milestones (projectStage.ts). */
  stage?: string[];
  audiences?: Partial<Record<EventType, AudienceSplit>>;
  subregionSpread?: Partial<Record<EventType, SubregionSpread>>;
  teams: TeamRow[];
}

/** At most this many teams are named one by one in the rhythm's sentence; beyond it, only those behind. */
const RHYTHM_NAMED = 5;

/**
 * The teams' people ("4 G-PZK liczą od 8 do 12 osób (średnio 10)…", one team by name) and their meeting rhythm
 * against the plan ("rytm spotkań: G-PZK „Wodzisław” – średnio 1,5 spotkania w miesiącu wobec planowanych 2 (poniżej
 * planu)"): only teams with people named, and only teams with a target judged over the period.
 */
export function teamItems(teams: TeamRow[]): string[] {
  const items: string[] = [];
  for (const kind of PARTNERSHIP_KIND_KEYS) {
    const withPeople = teams.filter((team) => team.kind === kind && team.people > 0);
    if (withPeople.length === 1) items.push(teamPeoplePhrase(withPeople[0]!));
    else if (withPeople.length > 1) items.push(teamsPeoplePhrase(kind, withPeople));
  }
  const judged = teams.filter((team) => team.target !== null && team.judged && team.perMonth !== null);
  const behind = judged.filter((team) => team.behind);
  const phrase = (team: TeamRow) => teamRhythmPhrase({ ...team, perMonth: team.perMonth! });
  if (judged.length > 0 && judged.length <= RHYTHM_NAMED) items.push(`rytm spotkań: ${judged.map(phrase).join(', ')}`);
  else if (judged.length > RHYTHM_NAMED) {
    const onPlan = judged.length - behind.length;
    const met = agreeing(onPlan, ['spotykał się', 'spotykały się', 'spotykało się']);
    const rarer =
      behind.length === 0 ? '' : behind.length <= RHYTHM_NAMED ? `, rzadziej niż planowano: ${behind.map(phrase).join(', ')}` : `, ${behind.length} – rzadziej niż planowano (zob. tabela „Skład zespołów i rytm spotkań”)`;
    items.push(`rytm spotkań: zgodnie z planem ${met} ${onPlan} z ${counted(judged.length, ['zespołu', 'zespołów', 'zespołów'])}${rarer}`);
  }
  return items;
}

export function buildNarrative(input: NarrativeInput): ReportNarrative {
  const style = input.rounding;
  const items: string[] = [];
  for (const kind of PARTNERSHIP_KIND_KEYS) {
    const item = partnershipItem(kind, input.partnerships[kind]);
    if (item) items.push(item);
  }
  items.push(...teamItems(input.teams));
  if (input.agreements.signed > 0) items.push(agreementsSignedPhrase(input.agreements.signed, input.agreements.gminas, input.agreements.powiats));
  items.push(...(input.studyItems ?? []));
  for (const type of EVENT_TYPE_KEYS) {
    if (SESSION_TYPES.has(type) || input.events[type].count === 0) continue;
    items.push(eventItem(type, input.events[type], style, input.audiences?.[type], input.subregionSpread?.[type]));
  }
  items.push(...coachingItems(input.coaching, style, sessionSpan(input.coaching, input.from, input.to)));
  const supervision = supervisionItem(input.supervision, style, sessionSpan(input.supervision, input.from, input.to));
  if (supervision) items.push(supervision);

  const opening = [periodPhrase(input.from, input.to), input.scopeLocative].filter(Boolean).join(' ');
  const paragraphs: string[] = [];
  let intro: string;
  if (items.length === 0) {
    intro = `${opening} nie odnotowano odbytych wydarzeń, zawiązanych zespołów ani podpisanych porozumień.`;
    paragraphs.push(intro);
  } else {
    intro = `${opening}:`;
    paragraphs.push(endSentence(`${opening} ${items.join('; ')}`));
  }
  const stage = input.stage ?? [];
  if (stage.length > 0) paragraphs.push(stage.join(' '));

  // The plan: planned events by type, with their hours.
  const planItems: string[] = [];
  for (const type of EVENT_TYPE_KEYS) {
    const ofType = input.planned.filter((e) => e.type === type);
    if (ofType.length === 0) continue;
    const clock = ofType.filter((e) => e.unit === 'clock').reduce((sum, e) => sum + (e.hours ?? 0), 0);
    const didactic = ofType.filter((e) => e.unit === 'didactic').reduce((sum, e) => sum + (e.hours ?? 0), 0);
    const hours = typeHoursPhrase({ clock, didactic }, toClockHours(clock, 'clock') + toClockHours(didactic, 'didactic'), style);
    planItems.push(`${eventsPlannedPhrase(type, ofType.length)}${hours ? ` (łącznie ${hours})` : ''}`);
  }
  const planYears = wholeYears(input.plan.from, input.plan.to);
  const planOpening = planYears && planYears.first === planYears.last ? `Na ${planYears.first} rok` : periodPhrase(input.plan.from, input.plan.to);
  const planIntro = planItems.length > 0 ? `${[planOpening, input.scopeLocative].filter(Boolean).join(' ')} zaplanowano:` : null;
  if (planIntro) paragraphs.push(endSentence(`${planIntro.slice(0, -1)} ${planItems.join(', ')}`));

  // Nothing drops out silently: events left "planned" after their end, and cancelled ones with their reasons.
  if (input.leftOut.length) paragraphs.push(leftOutPhrase(input.leftOut));
  if (input.cancelled.length) paragraphs.push(cancelledPhrase(input.cancelled));

  return { intro, items, planIntro, planItems, stage, paragraphs };
}

// ---------------------------------------------------------------------------------------------------------
// The chronicle

interface ChronicleInput {
  from: string;
  to: string;
  rounding: RoundingStyle;
  held: HeldEvent[];
  formedPartnerships: FormedPartnershipRow[];
  signedAgreements: SignedAgreementRow[];
  units: Units;
  /** Studies and deliverables of the period: named in the month they were delivered or begun. */
  studies?: ReportStudyRow[];
}

/** Up to six names, then "i in.". */
function names(list: string[]): string {
  const unique = [...new Set(list.filter(Boolean))];
  return unique.length > 6 ? `${unique.slice(0, 6).join(', ')} i in.` : unique.join(', ');
}

function placeOf(event: HeldEvent, units: Units): string | null {
  const unit = event.terytCode ? units.get(event.terytCode) : undefined;
  return unit ? (unit.level === 'voivodeship' ? `województwo ${unit.name}` : unit.name) : (event.place ?? null);
}

/** One month's sentences about events of one type. */
export function chronicleEventSentence(type: EventType, events: HeldEvent[], units: Units, style: RoundingStyle): string {
  const figures = (() => {
    let clock = 0;
    let didactic = 0;
    for (const e of events) {
      if (e.unit === 'clock') clock += e.deliveredHours;
      else didactic += e.deliveredHours;
    }
    const unnamed = events.reduce((sum, e) => sum + e.unnamed, 0);
    return { hours: { clock, didactic }, clockEquivalent: toClockHours(clock, 'clock') + toClockHours(didactic, 'didactic'), people: countDistinct(events.map((e) => e.people)), unnamed };
  })();
  const hours = typeHoursPhrase(figures.hours, figures.clockEquivalent, style);
  const people = figures.people + figures.unnamed > 0 ? `; ${participantsPhrase(figures.people + figures.unnamed, figures.people)}` : '';
  if (events.length === 1) {
    const event = events[0]!;
    const noun = eventNoun(type);
    const place = placeOf(event, units);
    const title = event.title.trim() ? ` ${quoted(event.title)}` : '';
    const forWhom = event.audiences.length ? ` dla ${forWhomPhrase(event.audiences)}` : '';
    return endSentence(`${formatDaySpan(event.startDay, event.endDay)} ${tookPlace(1, noun.gender)} ${noun.nom[0]}${title}${forWhom}${place ? ` (${place})` : ''}${hours ? ` – ${hours}` : ''}${people}`);
  }
  const places = names(events.map((e) => placeOf(e, units) ?? ''));
  const groups = new Map<string, { audiences: HeldEvent['audiences']; count: number }>();
  for (const e of events) {
    if (e.audiences.length === 0) continue;
    const key = e.audiences.join(' ');
    groups.set(key, { audiences: e.audiences, count: (groups.get(key)?.count ?? 0) + 1 });
  }
  const forWhom = audiencesPhrase(events.length, [...groups.values()]);
  return endSentence(`${capitalise(eventsHeldPhrase(type, events.length))}${places ? ` (${places})` : ''}${forWhom}${hours ? ` – łącznie ${hours}` : ''}${people}`);
}

export function chroniclePartnershipSentence(kind: PartnershipKind, formed: FormedPartnershipRow[]): string {
  const verb = kind === 'zzk' ? 'Powołano' : 'Zawiązano';
  if (formed.length === 1) return endSentence(`${verb} ${PARTNERSHIP_NOUNS[kind].acc[0]} (${PARTNERSHIP_KINDS[kind].short}): ${formed[0]!.name}`);
  return endSentence(`${verb} ${counted(formed.length, PARTNERSHIP_NOUNS[kind].acc)} (${PARTNERSHIP_KINDS[kind].short}): ${names(formed.map((p) => p.name))}`);
}

export function chronicleAgreementSentence(signed: SignedAgreementRow[]): string {
  const jsts = names(signed.flatMap((a) => (a.jsts.length > 0 ? a.jsts : a.parties)));
  if (signed.length === 1) return endSentence(`Podpisano porozumienie o współpracy nr ${signed[0]!.number}${jsts ? ` (${jsts})` : ''}`);
  return endSentence(`Podpisano ${counted(signed.length, NOUNS.porozumienie.acc)}${jsts ? ` (${jsts})` : ''}`);
}

export function buildChronicle(input: ChronicleInput): ChronicleMonth[] {
  const withYear = input.from.slice(0, 4) !== input.to.slice(0, 4);
  const chronicle: ChronicleMonth[] = [];
  // Grouped once: filtering every held event per month and type was most of the chronicle's time on big registers.
  const heldByMonthAndType = new Map<string, HeldEvent[]>();
  for (const event of input.held) {
    const key = `${event.startDay.slice(0, 7)} ${event.type}`;
    const group = heldByMonthAndType.get(key);
    if (group) group.push(event);
    else heldByMonthAndType.set(key, [event]);
  }
  for (const month of monthsBetween(input.from, input.to)) {
    const sentences: string[] = [];
    for (const kind of PARTNERSHIP_KIND_KEYS) {
      const formed = input.formedPartnerships.filter((p) => p.kind === kind && p.formedOn.startsWith(month));
      if (formed.length > 0) sentences.push(chroniclePartnershipSentence(kind, formed));
    }
    const signed = input.signedAgreements.filter((a) => a.signedOn.startsWith(month));
    if (signed.length > 0) sentences.push(chronicleAgreementSentence(signed));
    for (const study of input.studies ?? []) {
      const sentence = chronicleStudySentence(study, month);
      if (sentence) sentences.push(sentence);
    }
    for (const type of EVENT_TYPE_KEYS) {
      const events = heldByMonthAndType.get(`${month} ${type}`) ?? [];
      if (events.length > 0) sentences.push(chronicleEventSentence(type, events, input.units, input.rounding));
    }
    if (sentences.length > 0) chronicle.push({ month, heading: monthHeading(month, withYear), sentences });
  }
  return chronicle;
}
