/** What the summary's parts share: the held event, as summary.ts builds it and narrative.ts writes about it. */
import type { SessionMode } from '../../../preload/contract';
import type { ReportEvent } from './data';

/** A held event in the period with what happened at it. */
export interface HeldEvent extends ReportEvent {
  /** The people marked present, by their numbers in the summary's presence table (presence.ts). */
  people: Int32Array;
  attendances: number;
  /** Hours in the event's unit (per person for coaching and supervision where recorded, see summary.ts). */
  deliveredHours: number;
  /** For coaching and supervision: the mode, recorded or inferred. */
  sessionMode: SessionMode | null;
}
