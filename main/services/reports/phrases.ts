/**
 * The Polish of the summary: its nouns counted in the case each construction needs (language/nouns.ts), and the
 * sentence builders the narrative and the chronicle are made of. Sentences use the impersonal forms the offices write (zorganizowano,
 * przeprowadzono, podpisano, zrealizowano, zawiązano) so the verb never agrees with the number; where a verb
 * must agree (odbyć się, wziąć udział, działać) its three forms are chosen like a noun's. GLOSSARY.md, "Counting
 * nouns: three forms": the form follows Intl.PluralRules('pl') through `pluralForm`; masculine-personal nouns
 * (uczestnik, pracownik socjalny) take the many form after 2–4 ("2 uczestników", "24 pracowników socjalnych").
 *
 * Every tuple is [for 1, for 2–4 (22–24…), for 5+ (also 0, 11–14, 25…), for fractions (genitive singular)].
 */
import {
  EVENT_AUDIENCE_KEYS,
  EVENT_AUDIENCES,
  EVENT_TYPES,
  orderedAudiences,
  meetingRhythmPhrase,
  quoted,
  SECTOR_KEYS,
  sectorsInWords,
  type EventAudience,
  type EventType,
  type HourUnit,
  type PartnershipKind,
  type PluralForms,
  type RoundingStyle,
  type Sector,
  type SessionMode,
} from '../../../preload/contract';
import { agreeing, counted, sameAcc, type CountedNoun, type Gender } from '../language/nouns';
import { formatNumberPl } from '../language/plural';
import { formatQuantityWithNoun } from './rounding';

export const NOUNS = {
  osoba: { gender: 'f', nom: ['osoba', 'osoby', 'osób'], acc: ['osobę', 'osoby', 'osób'], gen: ['osoby', 'osób', 'osób'] },
  pracownikSocjalny: {
    gender: 'm',
    nom: ['pracownik socjalny', 'pracowników socjalnych', 'pracowników socjalnych'],
    acc: ['pracownika socjalnego', 'pracowników socjalnych', 'pracowników socjalnych'],
    gen: ['pracownika socjalnego', 'pracowników socjalnych', 'pracowników socjalnych'],
  },
  porozumienie: sameAcc('n', ['porozumienie o współpracy', 'porozumienia o współpracy', 'porozumień o współpracy'], 'porozumienia o współpracy'),
  gmina: { gender: 'f', nom: ['gmina', 'gminy', 'gmin'], acc: ['gminę', 'gminy', 'gmin'], gen: ['gminy', 'gmin', 'gmin'] },
  powiat: sameAcc('m', ['powiat', 'powiaty', 'powiatów'], 'powiatu'),
  sesja: { gender: 'f', nom: ['sesja', 'sesje', 'sesji'], acc: ['sesję', 'sesje', 'sesji'], gen: ['sesji', 'sesji', 'sesji'] },
  wydarzenie: sameAcc('n', ['wydarzenie', 'wydarzenia', 'wydarzeń'], 'wydarzenia'),
} as const satisfies Record<string, CountedNoun>;

/** Hours: "1 godzina", "2 godziny dydaktyczne", "5 godzin zegarowych", "2,5 godziny dydaktycznej". */
export const HOURS: Record<HourUnit | 'plain', CountedNoun> = {
  plain: { gender: 'f', nom: ['godzina', 'godziny', 'godzin', 'godziny'], acc: ['godzinę', 'godziny', 'godzin', 'godziny'], gen: ['godziny', 'godzin', 'godzin', 'godziny'] },
  didactic: {
    gender: 'f',
    nom: ['godzina dydaktyczna', 'godziny dydaktyczne', 'godzin dydaktycznych', 'godziny dydaktycznej'],
    acc: ['godzinę dydaktyczną', 'godziny dydaktyczne', 'godzin dydaktycznych', 'godziny dydaktycznej'],
    gen: ['godziny dydaktycznej', 'godzin dydaktycznych', 'godzin dydaktycznych', 'godziny dydaktycznej'],
  },
  clock: {
    gender: 'f',
    nom: ['godzina zegarowa', 'godziny zegarowe', 'godzin zegarowych', 'godziny zegarowej'],
    acc: ['godzinę zegarową', 'godziny zegarowe', 'godzin zegarowych', 'godziny zegarowej'],
    gen: ['godziny zegarowej', 'godzin zegarowych', 'godzin zegarowych', 'godziny zegarowej'],
  },
};

/** The accusative singular of the feminine event nouns (masculine inanimate and neuter ones keep the nominative). */
const ACCUSATIVE_ONE: Partial<Record<EventType, string>> = {
  conference: 'konferencję',
  coaching: 'sesję coachingową',
  supervision: 'superwizję',
  study_visit: 'wizytę studyjną',
};

const GENITIVE_ONE: Record<EventType, string> = {
  conference: 'konferencji',
  training: 'szkolenia',
  workshop: 'warsztatu kooperacyjnego',
  coaching: 'sesji coachingowej',
  supervision: 'superwizji',
  consultation: 'spotkania konsultacyjnego',
  pzk_initiating_meeting: 'spotkania inicjującego',
  pzk_meeting: 'spotkania PZK',
  zzk_meeting: 'spotkania ZZK',
  focus_group: 'badania fokusowego',
  study_visit: 'wizyty studyjnej',
  expert_team_meeting: 'spotkania Zespołu ds. Modelu',
  education_meeting: 'spotkania edukacyjnego',
};

const EVENT_GENDER: Record<EventType, Gender> = {
  conference: 'f',
  training: 'n',
  workshop: 'm',
  coaching: 'f',
  supervision: 'f',
  consultation: 'n',
  pzk_initiating_meeting: 'n',
  pzk_meeting: 'n',
  zzk_meeting: 'n',
  focus_group: 'n',
  study_visit: 'f',
  expert_team_meeting: 'n',
  education_meeting: 'n',
};

/** The counted noun of an event type, from the vocabulary's three forms (EVENT_TYPES[type].forms). */
export function eventNoun(type: EventType): CountedNoun {
  const nom = EVENT_TYPES[type].forms;
  return {
    gender: EVENT_GENDER[type],
    nom,
    acc: [ACCUSATIVE_ONE[type] ?? nom[0], nom[1], nom[2]],
    gen: [GENITIVE_ONE[type], nom[2], nom[2]],
  };
}

/** Bodies of the model, with their abbreviation: "15 Partnerskich Zespołów Kooperacyjnych (PZK)". */
export const PARTNERSHIP_NOUNS: Record<PartnershipKind, CountedNoun & { short: string }> = {
  pzk: {
    ...sameAcc('m', ['Partnerski Zespół Kooperacyjny', 'Partnerskie Zespoły Kooperacyjne', 'Partnerskich Zespołów Kooperacyjnych'], 'Partnerskiego Zespołu Kooperacyjnego'),
    short: 'PZK',
  },
  gpzk: {
    ...sameAcc('m', ['Gminno-Powiatowy Zespół Kooperacji', 'Gminno-Powiatowe Zespoły Kooperacji', 'Gminno-Powiatowych Zespołów Kooperacji'], 'Gminno-Powiatowego Zespołu Kooperacji'),
    short: 'G-PZK',
  },
  zzk: {
    ...sameAcc('m', ['Zadaniowy Zespół Kooperacyjny', 'Zadaniowe Zespoły Kooperacyjne', 'Zadaniowych Zespołów Kooperacyjnych'], 'Zadaniowego Zespołu Kooperacyjnego'),
    short: 'ZZK',
  },
};

/** "odbył się / odbyła się / odbyło się" for one (by gender), "odbyły się" for 2–4, "odbyło się" for 5+. */
export function tookPlace(count: number, gender: Gender): string {
  const one = gender === 'm' ? 'odbył się' : gender === 'f' ? 'odbyła się' : 'odbyło się';
  return agreeing(count, [one, 'odbyły się', 'odbyło się']);
}

/** How the narrative says that events of a type happened. */
interface EventVerb {
  /** An impersonal verb taking the accusative ("zorganizowano 1 konferencję"), or 'took-place' for "odbyło się 9 spotkań". */
  verb: string | 'took-place';
  /** Words after the noun ("spotkań inicjujących PZK"). */
  suffix?: string;
}

const EVENT_VERBS: Record<EventType, EventVerb> = {
  conference: { verb: 'zorganizowano' },
  training: { verb: 'zorganizowano' },
  workshop: { verb: 'zorganizowano' },
  coaching: { verb: 'przeprowadzono' },
  supervision: { verb: 'przeprowadzono' },
  consultation: { verb: 'zorganizowano' },
  pzk_initiating_meeting: { verb: 'took-place', suffix: 'PZK' },
  pzk_meeting: { verb: 'took-place' },
  zzk_meeting: { verb: 'took-place' },
  focus_group: { verb: 'przeprowadzono' },
  study_visit: { verb: 'zorganizowano' },
  expert_team_meeting: { verb: 'took-place' },
  education_meeting: { verb: 'zorganizowano' },
};

/* The sentence builders below start in lower case and end without punctuation: they are items of a list or parts of a sentence. */

/** "zorganizowano 42 warsztaty kooperacyjne", "zorganizowano 1 konferencję", "odbyło się 9 spotkań Zespołu ds. Modelu". */
export function eventsHeldPhrase(type: EventType, count: number): string {
  const noun = eventNoun(type);
  const how = EVENT_VERBS[type];
  const suffix = how.suffix ? ` ${how.suffix}` : '';
  if (how.verb === 'took-place') return `${tookPlace(count, noun.gender)} ${counted(count, noun.nom)}${suffix}`;
  return `${how.verb} ${counted(count, noun.acc)}${suffix}`;
}

/** Plans: the accusative after "zaplanowano:" — "12 warsztatów kooperacyjnych", "1 konferencję". */
export function eventsPlannedPhrase(type: EventType, count: number): string {
  const suffix = EVENT_VERBS[type].suffix ? ` ${EVENT_VERBS[type].suffix}` : '';
  return `${counted(count, eventNoun(type).acc)}${suffix}`;
}

/** "udział wzięło 211 osób", "udział wzięła 1 osoba", "udział wzięły 22 osoby". */
export function participantsPhrase(people: number, named: number = people): string {
  const onList = named < people ? `, w tym ${formatNumberPl(named)} z listy uczestników` : '';
  return `udział ${agreeing(people, ['wzięła', 'wzięły', 'wzięło'])} ${counted(people, NOUNS.osoba.nom)}${onList}`;
}

/** An event named with its day in a list: "„Warsztat w Będzinie” (12.03.2019)", with the reason of a cancelled one. */
function listedEvent(e: { title: string; startDay: string; cancellationReason?: string | null }): string {
  const [y, m, d] = e.startDay.split('-');
  const reason = e.cancellationReason ? ` – ${e.cancellationReason}` : '';
  return `„${e.title.trim()}” (${d}.${m}.${y})${reason}`;
}

/** "Poza zestawieniem pozostają 2 wydarzenia, które nadal mają status „planowane”, choć się zakończyły: …". */
export function leftOutPhrase(events: { title: string; startDay: string }[]): string {
  const n = events.length;
  return `Poza zestawieniem ${agreeing(n, ['pozostaje', 'pozostają', 'pozostaje'])} ${counted(n, NOUNS.wydarzenie.nom)} z tego okresu, ${agreeing(n, ['które nadal ma', 'które nadal mają', 'które nadal mają'])} status „planowane”, choć ${agreeing(n, ['się zakończyło', 'się zakończyły', 'się zakończyły'])} – do rozliczenia (oznaczenia jako odbyte albo odwołane): ${events.map(listedEvent).join(', ')}.`;
}

/** "Odwołano 2 wydarzenia: „…” (12.03.2019) – brak zgłoszeń, …". */
export function cancelledPhrase(events: { title: string; startDay: string; cancellationReason: string | null }[]): string {
  return `Odwołano ${counted(events.length, NOUNS.wydarzenie.acc)}: ${events.map(listedEvent).join('; ')}.`;
}

/**
 * Hours in a case: "168 godzin dydaktycznych", "blisko 1 200 godzin zegarowych"; `unit` null when the hours were
 * recorded in both units (then they are given as clock hours).
 */
export function hoursPhrase(hours: number, unit: HourUnit, style: RoundingStyle, kase: 'nom' | 'acc' | 'gen' = 'nom'): string {
  return formatQuantityWithNoun(hours, style, HOURS[unit][kase]);
}

const COACHING_MODE: Record<SessionMode, string> = { individual: 'indywidualnego', group: 'grupowego' };

/** "przeprowadzono blisko 1 200 godzin indywidualnego coachingu dla 30 pracowników socjalnych (600 sesji)". */
export function coachingPhrase(input: { mode: SessionMode; hours: number; sessions: number; people: number; socialWorkers: boolean; style: RoundingStyle; span?: string | null }): string {
  const whom = input.people > 0 ? ` dla ${counted(input.people, input.socialWorkers ? NOUNS.pracownikSocjalny.gen : NOUNS.osoba.gen)}` : '';
  const span = input.span ? ` ${input.span}` : '';
  if (input.hours <= 0) return `przeprowadzono ${counted(input.sessions, NOUNS.sesja.acc)} ${COACHING_MODE[input.mode]} coachingu${whom}${span}`;
  const hours = formatQuantityWithNoun(input.hours, input.style, HOURS.plain.acc);
  return `przeprowadzono ${hours} ${COACHING_MODE[input.mode]} coachingu${whom}${span} (${counted(input.sessions, NOUNS.sesja.nom)})`;
}

/** "zrealizowano ponad 550 godzin superwizji indywidualnej i grupowej od października 2019 r. do listopada 2020 r.". */
export function supervisionPhrase(input: { modes: SessionMode[]; hours: number; sessions: number; people: number; socialWorkers: boolean; style: RoundingStyle; span?: string | null }): string {
  const kinds = input.modes.map((mode) => (mode === 'individual' ? 'indywidualnej' : 'grupowej')).join(' i ');
  const what = `superwizji${kinds ? ` ${kinds}` : ''}`;
  const whom = input.people > 0 ? ` dla ${counted(input.people, input.socialWorkers ? NOUNS.pracownikSocjalny.gen : NOUNS.osoba.gen)}` : '';
  const span = input.span ? ` ${input.span}` : '';
  if (input.hours <= 0) return `zrealizowano ${counted(input.sessions, NOUNS.sesja.acc)} ${what}${whom}${span}`;
  return `zrealizowano ${formatQuantityWithNoun(input.hours, input.style, HOURS.plain.acc)} ${what}${whom}${span} (${counted(input.sessions, NOUNS.sesja.nom)})`;
}

/** "zawiązano 15 Partnerskich Zespołów Kooperacyjnych (PZK)"; ZZK are "powołano". */
export function partnershipsFormedPhrase(kind: PartnershipKind, count: number): string {
  const noun = PARTNERSHIP_NOUNS[kind];
  return `${kind === 'zzk' ? 'powołano' : 'zawiązano'} ${counted(count, noun.acc)} (${noun.short})`;
}

/** "działało łącznie 17 PZK", "działał łącznie 1 PZK", "działały łącznie 2 PZK". */
export function partnershipsActivePhrase(kind: PartnershipKind, count: number): string {
  return `${agreeing(count, ['działał', 'działały', 'działało'])} łącznie ${formatNumberPl(count)} ${PARTNERSHIP_NOUNS[kind].short}`;
}

/** "działało 17 Partnerskich Zespołów Kooperacyjnych (PZK)" when none was formed in the period. */
export function partnershipsOnlyActivePhrase(kind: PartnershipKind, count: number): string {
  const noun = PARTNERSHIP_NOUNS[kind];
  return `${agreeing(count, ['działał', 'działały', 'działało'])} ${counted(count, noun.nom)} (${noun.short})`;
}

/** "podpisano 22 porozumienia o współpracy z jednostkami samorządu terytorialnego (15 gmin, 7 powiatów)". */
export function agreementsSignedPhrase(signed: number, gminas: number, powiats: number): string {
  const jsts = [gminas > 0 ? counted(gminas, NOUNS.gmina.nom) : null, powiats > 0 ? counted(powiats, NOUNS.powiat.nom) : null].filter(Boolean);
  const withJst = jsts.length > 0 ? ` z jednostkami samorządu terytorialnego (${jsts.join(', ')})` : '';
  return `podpisano ${counted(signed, NOUNS.porozumienie.acc)}${withJst}`;
}

/** "łącznie 84 godziny dydaktyczne" etc. for one type's hours; null without hours. */
export function typeHoursPhrase(hours: { clock: number; didactic: number }, clockEquivalent: number, style: RoundingStyle, kase: 'nom' | 'acc' = 'nom'): string | null {
  if (clockEquivalent <= 0) return null;
  if (hours.clock > 0 && hours.didactic > 0) return hoursPhrase(clockEquivalent, 'clock', style, kase);
  return hours.didactic > 0 ? hoursPhrase(hours.didactic, 'didactic', style, kase) : hoursPhrase(hours.clock, 'clock', style, kase);
}

/** "kadry kierowniczej", "kadry kierowniczej i pracowników OPS", "kadry kierowniczej, ekspertów i mieszkańców". */
export function forWhomPhrase(audiences: readonly EventAudience[], last = ' i '): string {
  const words = orderedAudiences(audiences).map((code) => EVENT_AUDIENCES[code].forWhom);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')}${last}${words[words.length - 1]}`;
}

/**
 * What follows the count of a type's events, after seed 001 ("5 spotkań konsultacyjnych, w tym 1 dla kadry
 * kierowniczej i 4 dla pracowników OPS"): " dla pracowników OPS" when every event was for the same audiences,
 * ", w tym 1 dla … i 4 dla …" otherwise (a group for several audiences names them with "oraz"); '' when none was given.
 * The counts stand without their noun, so the sentence is right for any number.
 */
export function audiencesPhrase(total: number, groups: readonly { audiences: readonly EventAudience[]; count: number }[]): string {
  const rank = (group: { audiences: readonly EventAudience[] }) => EVENT_AUDIENCE_KEYS.indexOf(orderedAudiences(group.audiences)[0]!);
  const named = groups
    .filter((group) => group.count > 0 && group.audiences.length > 0)
    .sort((a, b) => rank(a) - rank(b) || a.audiences.length - b.audiences.length);
  if (named.length === 0) return '';
  if (named.length === 1 && named[0]!.count === total) return ` dla ${forWhomPhrase(named[0]!.audiences)}`;
  const parts = named.map((group) => `${formatNumberPl(group.count)} dla ${forWhomPhrase(group.audiences, ' oraz ')}`);
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} i ${parts[parts.length - 1]}`;
  return `, w tym ${list}`;
}

/** "śląskie" → "śląskiego" (every voivodeship's name is an adjective in -ie). */
export function voivodeshipGenitive(name: string): string {
  return name.replace(/ie$/, 'iego');
}

/** Seed 001's " w 4 subregionach województwa śląskiego"; '' for fewer than two subregions. */
export function subregionsPhrase(subregions: number, voivodeshipName: string | null): string {
  if (subregions < 2) return '';
  return ` w ${formatNumberPl(subregions)} subregionach${voivodeshipName ? ` województwa ${voivodeshipGenitive(voivodeshipName)}` : ''}`;
}

/** "G-PZK „Wodzisław”"; a name that already says its kind stays alone: "„G-PZK Będzin”". */
function teamName(kind: PartnershipKind, name: string): string {
  const short = PARTNERSHIP_NOUNS[kind].short;
  return name.includes(short) ? quoted(name) : `${short} ${quoted(name)}`;
}

const SECTOR_GEN: PluralForms = ['sektora', 'sektorów', 'sektorów'];
/** "liczy 1 osobę, 2 osoby, 10 osób" (accusative); "po 1 osobie, po 2 osoby, po 10 osób". */
const PEOPLE_ACC: PluralForms = ['osobę', 'osoby', 'osób'];
const PEOPLE_EACH: PluralForms = ['osobie', 'osoby', 'osób'];
/** "do 2 osób, do 12 osób" (genitive). */
const PEOPLE_GEN: PluralForms = ['osoby', 'osób', 'osób'];
const TEAM_LOC: PluralForms = ['zespole', 'zespołach', 'zespołach'];

/** One team: "G-PZK „Wodzisław” liczy 10 osób z 5 sektorów (brak: zdrowie, bezpieczeństwo)". */
export function teamPeoplePhrase(team: { kind: PartnershipKind; name: string; people: number; sectors: readonly Sector[]; missingSectors: readonly Sector[] }): string {
  const missing = team.missingSectors.length ? ` (brak: ${sectorsInWords(team.missingSectors)})` : '';
  return `${teamName(team.kind, team.name)} liczy ${counted(team.people, PEOPLE_ACC)} z ${counted(team.sectors.length, SECTOR_GEN)}${missing}`;
}

/**
 * Several teams of a kind, as seed 004 says it ("G-PZK liczą po ok. 10 osób"): "4 G-PZK liczą po 10 osób", or
 * "4 G-PZK liczą od 8 do 12 osób (średnio 10)", then the expected sectors some lack: "brak przedstawicieli sektorów:
 * zdrowie (w 2 zespołach), bezpieczeństwo (w 1 zespole)".
 */
export function teamsPeoplePhrase(kind: PartnershipKind, teams: readonly { people: number; missingSectors: readonly Sector[] }[]): string {
  const counts = teams.map((team) => team.people);
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  const average = Math.round(counts.reduce((sum, n) => sum + n, 0) / counts.length);
  const verb = agreeing(teams.length, ['liczy', 'liczą', 'liczy']);
  const size = min === max ? `po ${counted(min, PEOPLE_EACH)}` : `od ${formatNumberPl(min)} do ${counted(max, PEOPLE_GEN)} (średnio ${formatNumberPl(average)})`;
  const lacking = SECTOR_KEYS.map((sector) => [sector, teams.filter((team) => team.missingSectors.includes(sector)).length] as const).filter(([, n]) => n > 0);
  const missing = lacking.length ? `, brak przedstawicieli sektorów: ${lacking.map(([sector, n]) => `${sectorsInWords([sector])} (w ${counted(n, TEAM_LOC)})`).join(', ')}` : '';
  return `${formatNumberPl(teams.length)} ${PARTNERSHIP_NOUNS[kind].short} ${verb} ${size}${missing}`;
}

/** "G-PZK „Wodzisław” – średnio 1,5 spotkania w miesiącu wobec planowanych 2 (poniżej planu)". */
export function teamRhythmPhrase(team: { kind: PartnershipKind; name: string; perMonth: number; target: number | null; behind: boolean }): string {
  return `${teamName(team.kind, team.name)} – ${meetingRhythmPhrase(team.perMonth, team.target)}${team.behind ? ' (poniżej planu)' : ''}`;
}
