/** A period summary with a row in every table, for tests of the documents made from it. */
import { EVENT_TYPE_KEYS, type EventFigures, type EventType, type ReportSummary, type SessionFigures } from '../../preload/contract';

const NONE: EventFigures = { count: 0, hours: { clock: 0, didactic: 0 }, clockEquivalent: 0, participants: 0, unnamed: 0, attendances: 0 };
const figures = (count: number, clock: number, didactic: number, participants: number, attendances: number): EventFigures => ({
  count,
  hours: { clock, didactic },
  clockEquivalent: clock + didactic * 0.75,
  participants,
  unnamed: 0,
  attendances,
});
const sessions = (individual: EventFigures, group: EventFigures): SessionFigures => ({ individual, group, total: individual, firstMonth: '2019-06', lastMonth: '2019-06', allSocialWorkers: true });

const events = Object.fromEntries(EVENT_TYPE_KEYS.map((type) => [type, NONE])) as Record<EventType, EventFigures>;
events.workshop = figures(3, 4, 18, 4, 6);
events.coaching = figures(1, 2, 0, 1, 1);

const gmina = { code: '2401011', name: 'Będzin', level: 'gmina' as const, powiatName: 'będziński', voivodeshipCode: '24', voivodeshipName: 'śląskie', events: 3, hours: { clock: 6, didactic: 18 }, clockEquivalent: 19.5, participants: 4, attendances: 7 };

/** One year of an office's work, with a row in every table (a two-day event, a percentage, 1 200 hours, a dash). */
export const SAMPLE_SUMMARY: ReportSummary = {
  from: '2019-01-01',
  to: '2019-12-31',
  scope: { kind: 'territory', code: '24', projectId: null, name: 'województwo śląskie', level: 'voivodeship' },
  rounding: 'exact',
  readOn: '2020-01-15',
  title: 'Podsumowanie roku 2019 – województwo śląskie',
  events,
  eventTotals: figures(4, 6, 18, 4, 7),
  coaching: sessions(figures(1, 2, 0, 1, 1), NONE),
  supervision: sessions(NONE, figures(2, 1200, 0, 12, 24)),
  partnerships: { pzk: { formed: 1, active: 2, initiated: 1 }, gpzk: { formed: 0, active: 0, initiated: 0 }, zzk: { formed: 0, active: 1, initiated: 0 } },
  agreements: { signed: 1, gminas: 1, powiats: 0 },
  gminas: [gmina],
  voivodeships: [{ ...gmina, code: '24', name: 'śląskie', level: 'voivodeship', partnershipsFormed: 1, partnershipsActive: 3, agreementsSigned: 1 }],
  subregions: [{ ...gmina, subregionId: 'sub-centralny', code: null, name: 'Subregion centralny', level: null, powiatName: null }],
  audiences: { workshop: { byAudience: { management: 1, social_workers: 2 }, groups: [{ audiences: ['management'], count: 1 }, { audiences: ['social_workers'], count: 2 }], without: 0 } },
  indicators: [
    { id: 'wsk-1', projectId: 'prj-1', projectName: 'Kooperacje 3D', code: 'W-WAR', name: 'Liczba warsztatów', unit: 'szt.', target: 4, measure: { kind: 'events', eventTypes: ['workshop'] }, measureOrigin: null, achieved: 3, percent: 75, basis: 'liczba odbytych wydarzeń: „Warsztat kooperacyjny”' },
    { id: 'wsk-2', projectId: 'prj-1', projectName: 'Kooperacje 3D', code: 'W-X', name: 'Inny wskaźnik', unit: 'os.', target: 10, measure: { kind: 'manual' }, measureOrigin: 'unknown', achieved: 0, percent: 0, basis: 'wartość wpisana ręcznie za okres' },
  ],
  signedAgreements: [{ id: 'a1', number: 'ROPS/1/2019', signedOn: '2019-03-01', jsts: ['Gmina Będzin'], parties: ['Województwo Śląskie', 'Gmina Będzin'], projectName: 'Kooperacje 3D', partnershipName: null }],
  teams: [
    {
      id: 'gpzk-1',
      kind: 'gpzk',
      name: 'G-PZK Będzin',
      territory: 'Będzin',
      people: 10,
      onDay: '2019-12-31',
      sectors: ['social_assistance', 'labour_market', 'education'],
      missingSectors: ['health', 'security'],
      target: 2,
      meetings: 15,
      perMonth: 1.5,
      judged: true,
      behind: true,
    },
  ],
  formedPartnerships: [
    { id: 'pzk', kind: 'pzk', name: 'PZK Będzin', territory: 'Będzin / Powiat Będziński', terytCode: '2401011', leaderName: 'MOPS w Będzinie', strategicPartnerName: null, initiatedOn: null, formalisedOn: '2019-05-15', formedOn: '2019-05-15' },
  ],
  monthly: [{ month: '2019-03', events: { workshop: 1 } }],
  chronicle: [{ month: '2019-03', heading: 'MARZEC', sentences: ['Podpisano porozumienie o współpracy nr ROPS/1/2019 (Gmina Będzin).'] }],
  plan: {
    from: '2020-01-01',
    to: '2020-12-31',
    events: [
      { id: 'e1', type: 'conference', title: 'Konferencja podsumowująca', startDay: '2020-03-10', endDay: '2020-03-11', place: null, territoryName: 'Katowice', hours: 12.5, hourUnit: 'clock' },
      { id: 'e2', type: 'workshop', title: 'Warsztat', startDay: '2020-04-02', endDay: '2020-04-02', place: 'Sala 1', territoryName: null, hours: null, hourUnit: 'didactic' },
    ],
    byType: { conference: 1, workshop: 1 },
  },
  leftOut: [],
  cancelled: [],
  countedEvents: [
    {
      id: 'e3',
      type: 'workshop',
      title: 'Warsztat otwarty',
      startDay: '2019-06-12',
      endDay: '2019-06-13',
      place: null,
      territoryName: 'Będzin',
      named: 4,
      unnamedByDay: [{ day: '2019-06-12', count: 6 }, { day: '2019-06-13', count: 5 }],
      unnamed: 6,
      people: 10,
    },
  ],
  phases: [{ projectId: 'prj-1', projectName: 'Kooperacje 3D', number: 2, numeral: 'II', name: 'FAZA PILOTAŻU', startDate: '2019-04-01', endDate: '2020-09-30' }],
  milestones: [{ projectName: 'Kooperacje 3D', name: 'II Kamień Milowy', phaseName: 'FAZA PILOTAŻU', dueDate: '2019-12-31', reachedOn: '2019-12-20', status: 'reached', notes: null }],
  studies: [{ id: 'opr-1', title: 'Katalog dobrych praktyk', kind: 'catalogue', status: 'accepted', contractor: 'Fundacja Badań Społecznych', projectName: 'Kooperacje 3D', periodFrom: '2019-06-01', periodTo: '2019-11-30' }],
  photos: [],
  narrative: {
    intro: 'W 2019 roku w województwie śląskim:',
    items: ['zorganizowano 3 warsztaty kooperacyjne'],
    planIntro: 'W 2020 roku zaplanowano:',
    planItems: ['1 konferencję', '1 warsztat'],
    stage: ['W tym okresie projekt „Kooperacje 3D” znajdował się w fazie II – FAZA PILOTAŻU (01.04.2019–30.09.2020).'],
    paragraphs: [],
  },
};
