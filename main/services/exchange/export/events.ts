import { attendanceSummary, type AttendanceStatus } from '../../../../preload/contract';
import { groupBy } from '../rows';
import { audiencesOf } from '../../events/read';
import { eventDays, toWarsawIso } from '../time';
import { opt, type Item, type Scope, type Tables } from './tables';

/** The event series in the file. */
export function seriesRecords(t: Tables, scope: Scope): Item<'eventSeries'>[] {
  return t.series.filter((row) => scope.series.has(row.id)).map((row): Item<'eventSeries'> => ({ id: row.id, rule: row.rule }));
}

/** The events in the file, with their leaders, people counted but not named day by day, participants and attendance. */
export function eventRecords(t: Tables, scope: Scope): Item<'events'>[] {
  const leadersOf = groupBy(t.leaders, (row) => row.event_id);
  const headcountsOf = groupBy(t.headcounts, (row) => row.event_id);
  const participantsOf = groupBy(t.participants, (row) => row.event_id);
  const attendanceOf = groupBy(t.attendance, (row) => row.participant_id);
  const attachmentsOf = groupBy(t.attachments, (row) => row.event_id);
  return t.events
    .filter((row) => scope.events.has(row.id))
    .map((row): Item<'events'> => {
      const days = eventDays(row.starts_at, row.ends_at);
      const leaders = leadersOf.get(row.id) ?? [];
      const headcounts = headcountsOf.get(row.id) ?? [];
      const attachments = attachmentsOf.get(row.id) ?? [];
      return {
        id: row.id,
        projectId: row.project_id,
        type: row.type as Item<'events'>['type'],
        status: row.status as Item<'events'>['status'],
        title: row.title,
        start: toWarsawIso(row.starts_at),
        end: toWarsawIso(row.ends_at),
        ...opt('place', row.place),
        ...opt('teryt', row.teryt_code),
        ...opt('partnershipId', row.partnership_id),
        ...opt('organiserInstitutionId', row.organiser_institution_id),
        hours: row.hours === null ? null : Number(row.hours),
        hourUnit: row.hour_unit as Item<'events'>['hourUnit'],
        ...opt('mode', row.mode as Item<'events'>['mode']),
        ...opt('certificateRule', row.certificate_rule as Item<'events'>['certificateRule']),
        ...opt('certificateMinShare', row.certificate_min_share === null ? null : Number(row.certificate_min_share)),
        ...(audiencesOf(row.audiences).length ? { audiences: audiencesOf(row.audiences) } : {}),
        ...opt('notes', row.notes),
        ...opt('cancellationReason', row.cancellation_reason ?? null),
        ...(headcounts.length ? { unnamedByDay: Object.fromEntries(headcounts.map((headcount) => [headcount.day, Number(headcount.count)])) } : {}),
        ...opt('seriesId', row.series_id),
        ...(row.detached_from_series ? { detachedFromSeries: true } : {}),
        ...(leaders.length ? { leaders: leaders.map((leader) => ({ personId: leader.person_id, role: leader.role as 'trainer' })) } : {}),
        participants: (participantsOf.get(row.id) ?? []).map((participant) => {
          const marks = attendanceOf.get(participant.id) ?? [];
          const statuses = marks.map((mark) => mark.status as AttendanceStatus);
          const simple = days.length === 1 && marks.length === 1 && marks[0]!.day === days[0];
          return {
            personId: participant.person_id,
            ...opt('attendance', attendanceSummary(statuses)),
            ...(marks.length && !simple ? { attendanceByDay: Object.fromEntries(marks.map((mark) => [mark.day, mark.status as AttendanceStatus])) } : {}),
            ...opt('institutionId', participant.institution_id),
            ...(participant.walk_in ? { walkIn: true } : {}),
            ...opt('hours', participant.hours === null ? null : Number(participant.hours)),
          };
        }),
        ...(attachments.length
          ? {
              attachments: attachments.map((attachment) => ({
                id: attachment.id,
                name: attachment.name,
                sha256: attachment.sha256,
                kind: attachment.kind as 'photo',
                ...opt('caption', attachment.caption),
                ...opt('takenOn', attachment.taken_on),
                ...(attachment.in_summary ? { inSummary: true } : {}),
              })),
            }
          : {}),
      };
    });
}
