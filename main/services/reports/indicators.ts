/**
 * Project indicators against the data: which figure of the summary an indicator is about, read from its code,
 * name and unit (folded: lower case, no diacritics). Offices name indicators freely, so the mapping is a short,
 * ordered list of keywords; an indicator that matches none shows achieved = null (entered by hand elsewhere).
 *
 * What is counted (first matching rule wins):
 *  1. the name of an event type — "warsztat" (workshop), "coach" (coaching), "superwiz" (supervision),
 *     "szkoleni" / "szkoła kooperacji" (training), "konferencj", "konsultac", "fokus"/"focus", "wizyt"/"wymian"
 *     (study visit), "zespół ds. modelu"/"ekspert", "edukacyjn"/"dialog" (education meeting), "inicjuj" (PZK
 *     initiating meeting), "spotkan…" together with "ZZK" or "PZK" (their meetings) — counts that type's held
 *     events; with "godz"/"h" in the text their hours instead (clock hours; didactic hours when it says
 *     "dydakty"); with "osob"/"uczestnik"/"pracownik" the distinct people present. For coaching and supervision
 *     "indywidual"/"grupow" narrows to one mode.
 *  2. "G-PZK"/"gminno-powiatow", "ZZK"/"zadaniow", "PZK"/"partnersk… zesp…" — partnerships of that kind formed in
 *     the period ("działając"/"aktywn": active in it).
 *  3. "porozumie" — agreements signed; with "gmin"/"powiat"/"JST"/"samorząd" the gminas and powiats that signed.
 * Achieved values are computed from the project's own data (events, partnerships and agreements linked to it,
 * directly or through their partnership) within the summary's period and scope.
 */
import { EVENT_TYPES, foldForSearch, PARTNERSHIP_KINDS, type EventFigures, type EventType, type IndicatorRow, type PartnershipFigures, type PartnershipKind, type SessionMode } from '../../../preload/contract';
import { round2 } from './rounding';

export type IndicatorMeasure =
  | { kind: 'events'; type: EventType; measure: 'count' | 'clockHours' | 'didacticHours' | 'participants'; mode: SessionMode | null }
  | { kind: 'partnerships'; partnershipKind: PartnershipKind; measure: 'formed' | 'active' }
  | { kind: 'agreements'; measure: 'signed' | 'jsts' };

/** The figures an indicator can be computed from: one project's data in the period and scope. */
export interface IndicatorFigures {
  events: Record<EventType, EventFigures>;
  sessions: Record<'coaching' | 'supervision', Record<SessionMode, EventFigures>>;
  partnerships: Record<PartnershipKind, PartnershipFigures>;
  agreements: { signed: number; gminas: number; powiats: number };
}

const EVENT_KEYWORDS: [RegExp, EventType][] = [
  [/warsztat/, 'workshop'],
  [/coach/, 'coaching'],
  [/superwiz/, 'supervision'],
  [/szkolen|szkol[aey] kooperacji/, 'training'],
  [/konferencj/, 'conference'],
  [/konsultac/, 'consultation'],
  [/fokus|focus/, 'focus_group'],
  [/wizyt|wymian/, 'study_visit'],
  [/zespol\w* ds\.? ?modelu|ekspert/, 'expert_team_meeting'],
  [/edukacyjn|dialog/, 'education_meeting'],
  [/inicjuj/, 'pzk_initiating_meeting'],
];

const MEETING = /spotkan|posiedzen/;
const GPZK = /g-?pzk|gminno-powiatow/;
const ZZK = /zzk|zadaniow/;
const PZK = /pzk|partnersk\w* zesp/;

/** What an indicator counts, or null when its words say nothing the data knows. */
export function indicatorMeasure(indicator: { code: string; name: string; unit: string }): IndicatorMeasure | null {
  const text = foldForSearch(`${indicator.code} ${indicator.name} ${indicator.unit}`);
  let type = EVENT_KEYWORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  if (!type && MEETING.test(text) && ZZK.test(text)) type = 'zzk_meeting';
  if (!type && MEETING.test(text) && (PZK.test(text) || GPZK.test(text))) type = 'pzk_meeting';
  if (type) {
    const measure = /godz|\bh\b/.test(text) ? (/dydakty/.test(text) ? 'didacticHours' : 'clockHours') : /osob|os\.|uczestnik|pracownik/.test(text) ? 'participants' : 'count';
    const mode: SessionMode | null = type === 'coaching' || type === 'supervision' ? (/indywidual/.test(text) ? 'individual' : /grupow/.test(text) ? 'group' : null) : null;
    return { kind: 'events', type, measure, mode };
  }
  const partnershipKind: PartnershipKind | null = GPZK.test(text) ? 'gpzk' : ZZK.test(text) ? 'zzk' : PZK.test(text) ? 'pzk' : null;
  if (partnershipKind) return { kind: 'partnerships', partnershipKind, measure: /dzialaj|aktywn/.test(text) ? 'active' : 'formed' };
  if (/porozumie/.test(text)) return { kind: 'agreements', measure: /gmin|powiat|jst|samorzad/.test(text) ? 'jsts' : 'signed' };
  return null;
}

/** The value of a measure in the figures. */
export function measureValue(measure: IndicatorMeasure, figures: IndicatorFigures): number {
  switch (measure.kind) {
    case 'events': {
      const source = measure.mode && (measure.type === 'coaching' || measure.type === 'supervision') ? figures.sessions[measure.type][measure.mode] : figures.events[measure.type];
      if (measure.measure === 'count') return source.count;
      if (measure.measure === 'participants') return source.participants;
      return round2(measure.measure === 'clockHours' ? source.clockEquivalent : source.clockEquivalent / 0.75);
    }
    case 'partnerships':
      return figures.partnerships[measure.partnershipKind][measure.measure];
    case 'agreements':
      return measure.measure === 'signed' ? figures.agreements.signed : figures.agreements.gminas + figures.agreements.powiats;
  }
}

const MODE_WORDS: Record<SessionMode, string> = { individual: 'indywidualne', group: 'grupowe' };

/** What was counted, in Polish, for the table's "sposób obliczenia" column. */
export function measureBasis(measure: IndicatorMeasure): string {
  switch (measure.kind) {
    case 'events': {
      const label = `„${EVENT_TYPES[measure.type].pl}”${measure.mode ? ` (${MODE_WORDS[measure.mode]})` : ''}`;
      if (measure.measure === 'count') return `liczba odbytych wydarzeń: ${label}`;
      if (measure.measure === 'participants') return `liczba osób obecnych na wydarzeniach: ${label}`;
      return `${measure.measure === 'clockHours' ? 'godziny zegarowe' : 'godziny dydaktyczne'} wydarzeń: ${label}`;
    }
    case 'partnerships':
      return `liczba ${measure.measure === 'formed' ? 'zawiązanych' : 'działających'} zespołów ${PARTNERSHIP_KINDS[measure.partnershipKind].short}`;
    case 'agreements':
      return measure.measure === 'signed' ? 'liczba podpisanych porozumień' : 'liczba gmin i powiatów – stron podpisanych porozumień';
  }
}

/** One indicator's row: the target, what the data say and the percentage of the target reached. */
export function indicatorRow(
  indicator: { projectId: string; projectName: string; code: string; name: string; unit: string; target: number | null },
  figures: IndicatorFigures,
): IndicatorRow {
  const measure = indicatorMeasure(indicator);
  const achieved = measure ? measureValue(measure, figures) : null;
  const percent = achieved !== null && indicator.target !== null && indicator.target > 0 ? Math.round((achieved / indicator.target) * 1000) / 10 : null;
  return { ...indicator, achieved, percent, basis: measure ? measureBasis(measure) : null };
}
