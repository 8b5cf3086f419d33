/**
 * The ordered list of migrations. Listed by hand (not read from a folder) so they work the same
 * from source in tests, bundled in the app and packed in an asar archive.
 * Migrations only add: never edit one that has shipped; write a new one, with a `down` that undoes exactly its `up`.
 * tests/db/migrations.test.ts holds them to it on each engine, against the committed db/schema.snapshot.<engine>.json.
 */
import type { Knex } from 'knex';
import * as territory from './20261123_001_territory';
import * as institutions from './20261123_002_institutions';
import * as people from './20261123_003_people';
import * as partnerships from './20261123_004_partnerships';
import * as events from './20261123_005_events';
import * as audit from './20261123_006_audit';
import * as sortKeys from './20261123_007_sort_keys';
import * as agreementRepresentatives from './20261207_008_agreement_representatives';
import * as personFormOfAddress from './20261207_009_person_form_of_address';
import * as certificateRule from './20261207_010_certificate_rule';
import * as indicatorMeasures from './20261207_013_indicator_measures';
import * as eventHeadcount from './20261207_014_event_headcount_cancel_reason';
import * as eventDayHeadcount from './20261207_015_event_day_headcount';
import * as audiencesSubregions from './20261207_016_audiences_subregions';
import * as teamPeopleRhythm from './20261207_017_team_people_rhythm';
import * as milestonesStudies from './20261207_018_milestones_studies';
import * as attachmentCaptions from './20261207_019_attachment_captions';
import * as hotJoinKeys from './20261207_020_hot_join_keys';

export const MIGRATIONS: Record<string, Knex.Migration> = {
  '20261123_001_territory': territory,
  '20261123_002_institutions': institutions,
  '20261123_003_people': people,
  '20261123_004_partnerships': partnerships,
  '20261123_005_events': events,
  '20261123_006_audit': audit,
  '20261123_007_sort_keys': sortKeys,
  '20261207_008_agreement_representatives': agreementRepresentatives,
  '20261207_009_person_form_of_address': personFormOfAddress,
  '20261207_010_certificate_rule': certificateRule,
  '20261207_013_indicator_measures': indicatorMeasures,
  '20261207_014_event_headcount_cancel_reason': eventHeadcount,
  '20261207_015_event_day_headcount': eventDayHeadcount,
  '20261207_016_audiences_subregions': audiencesSubregions,
  '20261207_017_team_people_rhythm': teamPeopleRhythm,
  '20261207_018_milestones_studies': milestonesStudies,
  '20261207_019_attachment_captions': attachmentCaptions,
  '20261207_020_hot_join_keys': hotJoinKeys,
};
