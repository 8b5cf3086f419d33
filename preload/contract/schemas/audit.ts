/**
 * The audit log (historia zmian): who changed which record, when, and the values of the changed columns before
 * and after. Written by main in the same transaction as every change of the registers; read per record and
 * exported as XLSX.
 */
import { z } from 'zod';
import {
  AGREEMENT_STATUSES,
  ATTACHMENT_KINDS,
  ATTENDANCE_STATUSES,
  EVENT_AUDIENCES,
  EVENT_STATUSES,
  EVENT_TYPES,
  HOUR_UNITS,
  INSTITUTION_TYPES,
  PARTNERSHIP_KINDS,
  PERSON_ROLES,
  SESSION_MODES,
  STUDY_KINDS,
  STUDY_STATUSES,
  TEAM_ROLES,
  type Label,
} from '../vocabulary';
import * as f from './fields';

/** Enumerated values shown by their labels wherever the log is read (the screen, the RODO export): table → column → vocabulary. */
export const AUDIT_VOCABULARIES: Record<string, Record<string, Record<string, Label>>> = {
  institutions: { type: INSTITUTION_TYPES },
  people: { roles: PERSON_ROLES },
  partnerships: { kind: PARTNERSHIP_KINDS },
  agreements: { status: AGREEMENT_STATUSES },
  events: { type: EVENT_TYPES, status: EVENT_STATUSES, hour_unit: HOUR_UNITS, mode: SESSION_MODES, audiences: EVENT_AUDIENCES },
  attendance: { status: ATTENDANCE_STATUSES },
  event_attachments: { kind: ATTACHMENT_KINDS },
  studies: { kind: STUDY_KINDS, status: STUDY_STATUSES },
  partnership_team_people: { role: TEAM_ROLES },
};

export const AUDIT_ACTIONS = {
  create: { pl: 'Utworzenie', en: 'Created' },
  update: { pl: 'Zmiana', en: 'Changed' },
  delete: { pl: 'Usunięcie', en: 'Deleted' },
  // A record added or changed by importing an exchange file (before: null when it was added).
  import: { pl: 'Import z pliku wymiany', en: 'Imported from an exchange file' },
} as const satisfies Record<string, Label>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_KEYS = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

/** Every table whose rows are audited, with what a row of it is. Child tables name their parent record too. */
export const AUDIT_TABLES = {
  institutions: { pl: 'Instytucja', en: 'Institution' },
  people: { pl: 'Osoba', en: 'Person' },
  projects: { pl: 'Projekt', en: 'Project' },
  partnerships: { pl: 'Zespół (PZK, G-PZK, ZZK)', en: 'Partnership (PZK, G-PZK, ZZK)' },
  partnership_members: { pl: 'Członkostwo w zespole', en: 'Membership' },
  partnership_team_people: { pl: 'Osoba w zespole', en: 'Team person' },
  service_offers: { pl: 'Usługa w koszyku', en: 'Service offer' },
  zzk_cases: { pl: 'Sprawa ZZK', en: 'ZZK case' },
  agreements: { pl: 'Porozumienie', en: 'Agreement' },
  agreement_parties: { pl: 'Strona porozumienia', en: 'Agreement party' },
  events: { pl: 'Wydarzenie', en: 'Event' },
  event_participants: { pl: 'Uczestnik wydarzenia', en: 'Event participant' },
  attendance: { pl: 'Obecność', en: 'Attendance' },
  event_attachments: { pl: 'Załącznik wydarzenia', en: 'Event attachment' },
  document_templates: { pl: 'Szablon dokumentu', en: 'Document template' },
  studies: { pl: 'Opracowanie (diagnoza, raport, katalog, ekspertyza)', en: 'Study or deliverable' },
  subregions: { pl: 'Subregion', en: 'Subregion' },
} as const satisfies Record<string, Label>;

export type AuditTable = keyof typeof AUDIT_TABLES;

/** The records that have a page, and so a "Historia zmian" on it. */
export const AUDIT_RECORD_TABLES = ['institutions', 'people', 'projects', 'partnerships', 'agreements', 'events', 'document_templates', 'studies'] as const;
export type AuditRecordTable = (typeof AUDIT_RECORD_TABLES)[number];

/** Names of the audited columns as the user knows them; a column not listed is shown by its own name. */
export const AUDIT_FIELDS: Record<string, Label> = {
  name: { pl: 'Nazwa', en: 'Name' },
  short_name: { pl: 'Nazwa skrócona', en: 'Short name' },
  type: { pl: 'Rodzaj', en: 'Type' },
  kind: { pl: 'Rodzaj', en: 'Kind' },
  teryt_code: { pl: 'Kod TERYT', en: 'TERYT code' },
  street: { pl: 'Ulica i numer', en: 'Street' },
  postal_code: { pl: 'Kod pocztowy', en: 'Postal code' },
  city: { pl: 'Miejscowość', en: 'Town' },
  nip: { pl: 'NIP', en: 'NIP' },
  regon: { pl: 'REGON', en: 'REGON' },
  email: { pl: 'E-mail', en: 'E-mail' },
  phone: { pl: 'Telefon', en: 'Phone' },
  website: { pl: 'Strona www', en: 'Website' },
  notes: { pl: 'Uwagi', en: 'Notes' },
  audiences: { pl: 'Odbiorcy', en: 'Audiences' },
  powiats: { pl: 'Powiaty', en: 'Powiats' },
  voivodeship_code: { pl: 'Województwo', en: 'Voivodeship' },
  active: { pl: 'Aktywna', en: 'Active' },
  first_name: { pl: 'Imię', en: 'First name' },
  last_name: { pl: 'Nazwisko', en: 'Last name' },
  institution_id: { pl: 'Instytucja', en: 'Institution' },
  position: { pl: 'Stanowisko / kolejność', en: 'Position' },
  roles: { pl: 'Role', en: 'Roles' },
  macroregion: { pl: 'Makroregion', en: 'Macroregion' },
  gmina_kind: { pl: 'Rodzaj gmin', en: 'Kind of gminas' },
  start_date: { pl: 'Początek', en: 'Start' },
  end_date: { pl: 'Koniec', en: 'End' },
  cofinancing_clause: { pl: 'Klauzula o współfinansowaniu', en: 'Co-financing clause' },
  logo_color_name: { pl: 'Logo (kolor)', en: 'Logo (colour)' },
  logo_mono_name: { pl: 'Logo (czarno-białe)', en: 'Logo (black and white)' },
  project_id: { pl: 'Projekt', en: 'Project' },
  partnership_id: { pl: 'Zespół', en: 'Partnership' },
  leader_institution_id: { pl: 'Lider', en: 'Leader' },
  strategic_partner_institution_id: { pl: 'Partner strategiczny', en: 'Strategic partner' },
  animator_person_id: { pl: 'Animator', en: 'Animator' },
  parent_partnership_id: { pl: 'Zespół nadrzędny', en: 'Parent partnership' },
  initiated_on: { pl: 'Spotkanie inicjujące', en: 'Initiated on' },
  formalised_on: { pl: 'Sformalizowanie', en: 'Formalised on' },
  ended_on: { pl: 'Zakończenie działalności', en: 'Ended on' },
  representative_person_id: { pl: 'Przedstawiciel', en: 'Representative' },
  joined_on: { pl: 'Przystąpienie', en: 'Joined on' },
  left_on: { pl: 'Wystąpienie', en: 'Left on' },
  declaration_signed_on: { pl: 'Deklaracja podpisana', en: 'Declaration signed on' },
  meetings_per_month_target: { pl: 'Planowane spotkania w miesiącu', en: 'Planned meetings a month' },
  member_id: { pl: 'Członkostwo instytucji', en: 'Membership' },
  from_on: { pl: 'W zespole od', en: 'In the team from' },
  to_on: { pl: 'W zespole do', en: 'In the team until' },
  service: { pl: 'Usługa', en: 'Service' },
  target_group: { pl: 'Grupa docelowa', en: 'Target group' },
  contact: { pl: 'Kontakt', en: 'Contact' },
  terms: { pl: 'Warunki', en: 'Terms' },
  case_code: { pl: 'Kod sprawy', en: 'Case code' },
  has_ipw: { pl: 'IPW', en: 'IPW' },
  opened_on: { pl: 'Otwarcie sprawy', en: 'Opened on' },
  closed_on: { pl: 'Zamknięcie sprawy', en: 'Closed on' },
  outcome: { pl: 'Wynik', en: 'Outcome' },
  problems: { pl: 'Problemy', en: 'Problems' },
  goals: { pl: 'Cele', en: 'Goals' },
  number: { pl: 'Numer', en: 'Number' },
  template_id: { pl: 'Szablon', en: 'Template' },
  subject: { pl: 'Przedmiot', en: 'Subject' },
  status: { pl: 'Stan', en: 'Status' },
  drafted_on: { pl: 'Data sporządzenia', en: 'Drafted on' },
  signed_on: { pl: 'Data podpisania', en: 'Signed on' },
  valid_until: { pl: 'Obowiązuje do', en: 'Valid until' },
  terminated_on: { pl: 'Rozwiązanie', en: 'Terminated on' },
  scan_name: { pl: 'Skan', en: 'Scan' },
  agreement_id: { pl: 'Porozumienie', en: 'Agreement' },
  acting_through_institution_id: { pl: 'Działa przez', en: 'Acting through' },
  address: { pl: 'Adres', en: 'Address' },
  representative_name: { pl: 'Reprezentant', en: 'Representative' },
  representative_function: { pl: 'Funkcja reprezentanta', en: 'Representative’s function' },
  representatives: { pl: 'Reprezentanci', en: 'Representatives' },
  title: { pl: 'Tytuł', en: 'Title' },
  place: { pl: 'Miejsce', en: 'Place' },
  organiser_institution_id: { pl: 'Organizator', en: 'Organiser' },
  starts_at: { pl: 'Początek', en: 'Starts' },
  ends_at: { pl: 'Koniec', en: 'Ends' },
  hours: { pl: 'Godziny', en: 'Hours' },
  hour_unit: { pl: 'Rodzaj godzin', en: 'Hour unit' },
  mode: { pl: 'Forma', en: 'Mode' },
  series_id: { pl: 'Seria', en: 'Series' },
  detached_from_series: { pl: 'Zmienione poza serią', en: 'Detached from series' },
  leaders: { pl: 'Prowadzący', en: 'Leaders' },
  unnamed_by_day: { pl: 'Osoby spoza listy (w dniach)', en: 'People not on the list (by day)' },
  participants: { pl: 'Uczestnicy', en: 'Participants' },
  parties: { pl: 'Strony', en: 'Parties' },
  phases: { pl: 'Fazy', en: 'Phases' },
  indicators: { pl: 'Wskaźniki', en: 'Indicators' },
  event_id: { pl: 'Wydarzenie', en: 'Event' },
  person_id: { pl: 'Osoba', en: 'Person' },
  participant_id: { pl: 'Uczestnik', en: 'Participant' },
  walk_in: { pl: 'Dopisany na miejscu', en: 'Walk-in' },
  day: { pl: 'Dzień', en: 'Day' },
  caption: { pl: 'Podpis', en: 'Caption' },
  taken_on: { pl: 'Data wykonania', en: 'Taken on' },
  in_summary: { pl: 'Do sprawozdania', en: 'For the report' },
  body: { pl: 'Treść', en: 'Body' },
  is_default: { pl: 'Domyślny', en: 'Default' },
  rodo: { pl: 'RODO', en: 'GDPR' },
  milestones: { pl: 'Kamienie milowe', en: 'Milestones' },
  contractor_institution_id: { pl: 'Wykonawca (instytucja)', en: 'Contractor (institution)' },
  contractor_name: { pl: 'Wykonawca', en: 'Contractor' },
  period_from: { pl: 'Początek realizacji', en: 'Work from' },
  period_to: { pl: 'Koniec realizacji', en: 'Work to' },
  file_name: { pl: 'Plik', en: 'File' },
};

export const auditForRecord = z.object({
  table: z.enum(AUDIT_RECORD_TABLES, { error: 'Nieznany rodzaj rekordu' }),
  id: f.id,
});

export const auditExport = z
  .object({ from: f.optionalCalendarDate, to: f.optionalCalendarDate })
  .refine((range) => !range.from || !range.to || range.from <= range.to, { path: ['to'], message: 'Koniec okresu nie może być wcześniejszy niż jego początek' });

export type AuditValues = Record<string, unknown>;

export interface AuditEntry {
  id: number;
  /** ISO 8601 instant, UTC. */
  at: string;
  userName: string;
  table: string;
  recordId: string;
  /** For a row of a child table (a member, a participant, an attendance mark): the record it belongs to. */
  parentTable: string | null;
  parentId: string | null;
  action: AuditAction;
  /** The changed columns before (null for a create) and after (null for a delete). */
  before: AuditValues | null;
  after: AuditValues | null;
  /** Names of the records the values refer to by id (institutions, people, partnerships…), as they are now. */
  names: Record<string, string>;
}
