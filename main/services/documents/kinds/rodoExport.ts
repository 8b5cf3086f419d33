/**
 * Dane osobowe: everything the register keeps about one person (art. 15 RODO), as a PDF: the person, their
 * memberships, events, certificates and the history of changes about them.
 */
import {
  ATTENDANCE_STATUSES,
  AUDIT_ACTIONS,
  AUDIT_FIELDS,
  AUDIT_TABLES,
  AUDIT_VOCABULARIES,
  EVENT_LEADER_ROLES,
  EVENT_STATUSES,
  EVENT_TYPES,
  FORMS_OF_ADDRESS,
  PERSON_ROLES,
  TEAM_ROLES,
  type AuditValues,
  type Label,
  type RodoPersonData,
} from '../../../../preload/contract';
import { formatCount, formatDayDots, inWarsaw } from '../../language';
import type { PrintedDocument } from '../printable';
import { escapeHtml, printDocumentHtml } from '../render';

const h = (value: unknown) => escapeHtml(value === null || value === undefined || value === '' ? '—' : String(value));

function labelled(vocabulary: Record<string, Label>, key: string): string {
  return vocabulary[key]?.pl ?? key;
}

/** A calendar day (YYYY-MM-DD) as Polish documents write it: 01.05.2026. */
const day = (value: string | null | undefined) => h(value ? formatDayDots(value) : value);

function when(instant: string): string {
  const wall = inWarsaw(instant);
  return `${formatDayDots(wall.slice(0, 10))} ${wall.slice(11, 16)}`;
}

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>Brak.</p>';
  return `<table><thead><tr>${headers.map((header) => `<th>${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/**
 * A recorded value as a person reads it: a name for an id, a day as 01.05.2026, "tak"/"nie", and for a list (an event's participants or
 * leaders, with other people's ids) only how many items it had, never the program's own notation.
 */
function auditValue(value: unknown, names: Record<string, string>, vocabulary: Record<string, Label> | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    if (vocabulary?.[value]) return vocabulary[value].pl;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDayDots(value);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return when(value);
    return names[value] ?? value;
  }
  if (typeof value === 'boolean') return value ? 'tak' : 'nie';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (Array.isArray(value) && vocabulary && value.every((item) => typeof item === 'string')) return value.length === 0 ? 'brak' : value.map((item: string) => vocabulary[item]?.pl ?? item).join(', ');
  if (Array.isArray(value)) return value.length === 0 ? 'brak' : formatCount(value.length, ['pozycja', 'pozycje', 'pozycji']);
  return formatCount(Object.keys(value as object).length, ['pole', 'pola', 'pól']);
}

function auditValues(values: AuditValues | null, names: Record<string, string>, table: string): string {
  if (!values) return '—';
  return Object.entries(values)
    .map(([column, value]) => {
      const text = auditValue(value, names, AUDIT_VOCABULARIES[table]?.[column]);
      return `${escapeHtml(AUDIT_FIELDS[column]?.pl ?? column)}: ${escapeHtml(text.length > 300 ? `${text.slice(0, 300)}…` : text)}`;
    })
    .join('<br>');
}

function personHtml(data: RodoPersonData): string {
  const p = data.person;
  return [
    `<h1>Dane osobowe: ${h(`${p.firstName} ${p.lastName}`)}</h1>`,
    `<p>Zestawienie wszystkich danych o osobie przechowywanych w rejestrze (art. 15 RODO), sporządzone ${h(when(data.exportedAt))}.</p>`,
    '<h2>Osoba</h2>',
    table(
      ['Pole', 'Wartość'],
      [
        ['Imię', h(p.firstName)],
        ['Nazwisko', h(p.lastName)],
        ['Forma grzecznościowa', h(p.formOfAddress ? FORMS_OF_ADDRESS[p.formOfAddress].pl : 'nie podano')],
        ['Instytucja', h(p.institution?.name)],
        ['Stanowisko', h(p.position)],
        ['E-mail', h(p.email)],
        ['Telefon', h(p.phone)],
        ['Role', h(p.roles.map((role) => labelled(PERSON_ROLES, role)).join(', '))],
        ['Uwagi', h(p.notes)],
        ['Wpisano do rejestru', h(when(p.createdAt))],
        ['Ostatnia zmiana', h(when(p.updatedAt))],
      ],
    ),
    '<h2>Przedstawicielstwo w zespołach</h2>',
    table(
      ['Zespół', 'Instytucja', 'Od', 'Do', 'Deklaracja'],
      data.memberships.map((m) => [h(m.partnershipName), h(m.institutionName), day(m.joinedOn), day(m.leftOn), day(m.declarationSignedOn)]),
    ),
    '<h2>Role w zespołach</h2>',
    table(
      ['Zespół', 'Instytucja', 'Rola', 'Od', 'Do'],
      data.teamRoles.map((t) => [h(t.partnershipName), h(t.institutionName), h(labelled(TEAM_ROLES, t.role)), day(t.fromOn), day(t.toOn)]),
    ),
    '<h2>Animator zespołów</h2>',
    table(['Zespół'], data.animatorOf.map((a) => [h(a.partnershipName)])),
    '<h2>Udział w wydarzeniach</h2>',
    table(
      ['Wydarzenie', 'Rodzaj', 'Termin', 'Projekt', 'Instytucja', 'Obecność'],
      data.participations.map((e) => [
        `${h(e.title)} (${h(labelled(EVENT_STATUSES, e.status))})`,
        h(labelled(EVENT_TYPES, e.type)),
        h(when(e.startsAt)),
        h(e.projectName),
        h(e.institutionName),
        h(e.attendance.map((a) => `${formatDayDots(a.day)}: ${labelled(ATTENDANCE_STATUSES, a.status)}`).join(', ')),
      ]),
    ),
    '<h2>Prowadzenie wydarzeń</h2>',
    table(['Wydarzenie', 'Termin', 'Rola'], data.leaderRoles.map((l) => [h(l.title), h(when(l.startsAt)), h(labelled(EVENT_LEADER_ROLES, l.role))])),
    '<h2>Zaświadczenia</h2>',
    table(['Numer', 'Data wydania', 'Wydarzenie'], data.certificates.map((c) => [h(c.number), day(c.issuedOn), h(c.eventTitle)])),
    '<h2>Historia zmian</h2>',
    table(
      ['Kiedy', 'Kto', 'Co', 'Przed', 'Po'],
      data.audit.map((a) => [
        h(when(a.at)),
        h(a.userName),
        h(`${labelled(AUDIT_ACTIONS, a.action)}: ${labelled(AUDIT_TABLES, a.table)}`),
        auditValues(a.before, a.names, a.table),
        auditValues(a.after, a.names, a.table),
      ]),
    ),
  ].join('\n');
}


/** The name (without extension) of the person's export, as PDF and as JSON. */
export function rodoExportFileStem(data: RodoPersonData): string {
  return `dane osoby ${data.person.firstName} ${data.person.lastName} ${data.exportedAt.slice(0, 10)}`;
}

export function rodoExportDocument(data: RodoPersonData): PrintedDocument {
  const title = `Dane osobowe: ${data.person.firstName} ${data.person.lastName}`;
  return { title, fileStem: rodoExportFileStem(data), html: printDocumentHtml({ title, bodyHtml: personHtml(data), footerText: 'Zestawienie danych osoby (art. 15 RODO)' }) };
}
