/**
 * A row of the register's main tables as the migrations define them and knex returns them (SQLite gives booleans
 * as 0/1, PostgreSQL true/false). The services and the exchange file read the same rows; what a query joins in
 * (a territory's name, a count) they add with `extends`.
 */
import type {
  AgreementStatus,
  EventStatus,
  EventType,
  HourUnit,
  InstitutionType,
  PartnershipKind,
  PartyKind,
  Project,
  SessionMode,
  TeamRole,
  TemplateKind,
} from '../preload/contract';

interface Stamped {
  created_at: string;
  updated_at: string;
}

export interface InstitutionRow extends Stamped {
  id: string;
  version: number;
  name: string;
  short_name: string | null;
  type: InstitutionType;
  teryt_code: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  nip: string | null;
  regon: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  notes: string | null;
  active: boolean | number;
  search_text: string;
}

export interface PersonRow extends Stamped {
  id: string;
  version: number;
  first_name: string;
  last_name: string;
  /** ms | mr; null where not known */
  form_of_address: string | null;
  institution_id: string | null;
  position: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  search_text: string;
}

export interface TemplateRow extends Stamped {
  id: string;
  version: number;
  kind: TemplateKind;
  name: string;
  body: string;
  is_default: boolean | number;
}

/** A membership of an institution in a partnership (partnership_members). */
export interface MemberRow {
  id: string;
  partnership_id: string;
  institution_id: string;
  representative_person_id: string | null;
  joined_on: string;
  left_on: string | null;
  declaration_signed_on: string | null;
  created_at: string;
}

/** A person of a member institution in a team, in a role, from a day to a day (partnership_team_people). */
export interface TeamPersonRow {
  id: string;
  version: number;
  partnership_id: string;
  member_id: string;
  person_id: string;
  role: TeamRole;
  from_on: string;
  to_on: string | null;
  created_at: string;
  updated_at: string;
}

/** An institution's service in a partnership's local basket of services (service_offers). */
export interface OfferRow extends Stamped {
  id: string;
  version: number;
  partnership_id: string;
  institution_id: string;
  service: string;
  target_group: string | null;
  contact: string | null;
  terms: string | null;
}

export interface ProjectRow extends Stamped {
  id: string;
  version: number;
  name: string;
  macroregion: Project['macroregion'];
  gmina_kind: Project['gminaKind'];
  start_date: string | null;
  end_date: string | null;
  cofinancing_clause: string | null;
  /** share | every_day */
  certificate_rule: string;
  certificate_min_share: number;
  logo_color_path: string | null;
  logo_color_name: string | null;
  logo_color_sha256: string | null;
  logo_mono_path: string | null;
  logo_mono_name: string | null;
  logo_mono_sha256: string | null;
  notes: string | null;
}

export interface PhaseRow {
  id: string;
  project_id: string;
  position: number;
  name: string;
  start_date: string | null;
  end_date: string | null;
}

/** A milestone of a project (migration 018); its status follows from `reached_on` and `due_date`. */
export interface MilestoneRow {
  id: string;
  project_id: string;
  phase_id: string | null;
  position: number;
  name: string;
  due_date: string | null;
  reached_on: string | null;
  notes: string | null;
}

/** A study or deliverable (migration 018). */
export interface StudyRow extends Stamped {
  id: string;
  version: number;
  project_id: string | null;
  title: string;
  kind: string;
  status: string;
  contractor_institution_id: string | null;
  contractor_name: string | null;
  period_from: string | null;
  period_to: string | null;
  notes: string | null;
  file_path: string | null;
  file_name: string | null;
  file_sha256: string | null;
}

export interface IndicatorRow {
  id: string;
  project_id: string;
  position: number;
  code: string;
  name: string;
  unit: string;
  target: number | null;
  /** JSON of the contract's IndicatorMeasure (migration 013). */
  measure: string | null;
  measure_origin: string | null;
}

/** A value of an indicator entered by hand for a period. */
export interface IndicatorValueRow {
  id: string;
  indicator_id: string;
  position: number;
  period_from: string;
  period_to: string;
  value: number;
  note: string | null;
}

export interface TargetRow {
  indicator_id: string;
  phase_id: string;
  target: number;
}

export interface PartnershipRow extends Stamped {
  id: string;
  version: number;
  kind: PartnershipKind;
  name: string;
  project_id: string | null;
  teryt_code: string | null;
  leader_institution_id: string | null;
  strategic_partner_institution_id: string | null;
  animator_person_id: string | null;
  parent_partnership_id: string | null;
  initiated_on: string | null;
  formalised_on: string | null;
  ended_on: string | null;
  /** Meetings a month the team plans (may come back from PostgreSQL as a string). */
  meetings_per_month_target?: number | string | null;
  notes: string | null;
}

export interface AgreementRow extends Stamped {
  id: string;
  version: number;
  number: string;
  project_id: string | null;
  partnership_id: string | null;
  template_id: string | null;
  subject: string | null;
  status: AgreementStatus;
  drafted_on: string | null;
  signed_on: string | null;
  valid_until: string | null;
  terminated_on: string | null;
  scan_path: string | null;
  scan_name: string | null;
  scan_sha256: string | null;
  notes: string | null;
}

export interface PartyRow {
  id: string;
  agreement_id: string;
  position: number;
  kind: PartyKind;
  teryt_code: string | null;
  institution_id: string | null;
  acting_through_institution_id: string | null;
  name: string;
  address: string | null;
  nip: string | null;
  regon: string | null;
  /** JSON: `[{ "name": "Jan Kowalski", "function": "Starosta" }, …]`, in their order (`parseRepresentatives`). */
  representatives: string;
  /** Superseded by `representatives` (migration 008): always null. */
  representative_name?: null;
  representative_function?: null;
}

export interface EventRow extends Stamped {
  id: string;
  version: number;
  title: string;
  type: EventType;
  status: EventStatus;
  project_id: string | null;
  partnership_id: string | null;
  teryt_code: string | null;
  place: string | null;
  organiser_institution_id: string | null;
  starts_at: string;
  ends_at: string;
  hours: number | null;
  hour_unit: HourUnit;
  mode: SessionMode | null;
  /** share | every_day; null: the project's rule */
  certificate_rule: string | null;
  certificate_min_share: number | null;
  notes: string | null;
  cancellation_reason?: string | null;
  /** Superseded by `event_day_headcounts` (migration 20261207_015 moved its numbers there): neither read nor written. */
  unnamed_participants?: number | string | null;
  /** JSON array of EVENT_AUDIENCES codes; null when not said. */
  audiences?: string | null;
  series_id: string | null;
  detached_from_series: boolean | number;
  search_text: string;
}

export interface ParticipantRow {
  id: string;
  event_id: string;
  person_id: string;
  institution_id: string | null;
  walk_in: boolean | number;
  hours: number | null;
}

/** How many took part on one day of an event without being named on its list. */
export interface HeadcountRow {
  event_id: string;
  day: string;
  count: number | string;
}

export interface AttendanceRow {
  participant_id: string;
  day: string;
  status: string;
}

export interface CertificateRow {
  id: string;
  number: string;
  year: number;
  sequence: number;
  issued_on: string;
  event_id: string;
  person_id: string;
}
