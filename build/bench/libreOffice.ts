/**
 * What offices do today: the attendance list written as a Word document and turned into PDF by LibreOffice. The
 * DOCX carries what the app's PDF carries (title, the event's facts, one signature column per day, the leaders'
 * signatures, the RODO clause) and is made by the app's own DOCX writer; LibreOffice runs headless with its own
 * fresh profile folder, never the user's (and never an empty path: see `freshProfile`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServiceContext } from '../../main/services/context';
import { escapeMarkdown, markdownToDocx } from '../../main/services/documents';
import { eventLeaders, eventParticipants, eventSetting, loadEvent } from '../../main/services/eventDocuments/eventData';
import { rodoClause } from '../../main/services/eventDocuments/rodo';
import { eventDays, eventTypeLabel, formatDayDots, hoursText } from '../../main/services/language';

/** The LibreOffice program, or null when it is not installed. */
export function findLibreOffice(): string | null {
  const candidates = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'];
  return candidates.find((file): file is string => Boolean(file) && fs.existsSync(file!)) ?? null;
}

export function libreOfficeVersion(soffice: string, profile: string): string {
  const result = spawnSync(soffice, [profileArgument(profile), '--version'], { encoding: 'utf8', timeout: 60_000 });
  return (result.stdout ?? '').trim().split('\n')[0] ?? 'unknown';
}

/** A new, empty profile folder of our own for LibreOffice, under the system's temporary folder. */
export function freshProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kooperator-bench-lo-'));
  checkProfile(dir);
  return dir;
}

/**
 * `-env:UserInstallation=` must name a real folder of ours: an empty or root value makes LibreOffice set up its
 * profile there (it once changed / to mode 0700). Refuse anything else.
 */
function checkProfile(dir: string): void {
  const resolved = path.resolve(dir);
  if (!dir || resolved === path.parse(resolved).root || !path.basename(resolved).startsWith('kooperator-bench-lo-') || !fs.statSync(resolved).isDirectory()) {
    throw new Error(`refusing LibreOffice profile folder "${dir}"`);
  }
}

function profileArgument(profile: string): string {
  checkProfile(profile);
  return `-env:UserInstallation=${pathToFileURL(path.resolve(profile)).href}`;
}

/** The attendance list as Markdown for the app's DOCX writer. */
export async function attendanceListMarkdown(ctx: ServiceContext, eventId: string): Promise<{ title: string; markdown: string }> {
  const event = await loadEvent(ctx.db, eventId);
  const days = eventDays(event.startsAt, event.endsAt);
  const [setting, leaders, participants] = await Promise.all([eventSetting(ctx.db, event), eventLeaders(ctx.db, event.id), eventParticipants(ctx.db, event.id)]);
  const clause = await rodoClause(ctx.db, setting.project?.name ?? null);
  const cell = (text: string) => escapeMarkdown(text).replace(/\|/g, '\\|');
  const facts = [
    ['Rodzaj', eventTypeLabel(event.type)],
    ['Termin', `${setting.dates}, godz. ${setting.time}`],
    ['Miejsce', event.place],
    ['Liczba godzin', hoursText(event)],
    ['Organizator', setting.organiserName ?? setting.officeName],
    ['Projekt', setting.project?.name ?? null],
    ['Prowadzący', leaders.map((leader) => leader.name).join(', ') || null],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]));
  const lines = [
    setting.project?.clause ? `*${escapeMarkdown(setting.project.clause)}*\n` : '',
    '# LISTA OBECNOŚCI\n',
    `**${escapeMarkdown(event.title)}**\n`,
    ...facts.map(([label, value]) => `**${label}:** ${escapeMarkdown(value)}  `),
    '',
    `| Lp. | Imię i nazwisko | Instytucja | ${days.map((day) => `Podpis – ${formatDayDots(day)}`).join(' | ')} |`,
    `|---:|---|---|${days.map(() => '---').join('|')}|`,
    ...participants.map((p, i) => `| ${i + 1}. | ${cell(p.name)} | ${cell(p.institutionName ?? '')} | ${days.map(() => ' ').join(' | ')} |`),
    '',
    ...leaders.map((leader) => `\n\n……………………………………\n\n${escapeMarkdown(leader.name)} (${escapeMarkdown(leader.roleLabel)})`),
    '',
    ...clause.split(/\n+/).map((paragraph) => `${escapeMarkdown(paragraph)}\n`),
  ];
  return { title: `Lista obecności – ${event.title}`, markdown: lines.join('\n') };
}

export async function attendanceListDocx(ctx: ServiceContext, eventId: string): Promise<Uint8Array> {
  const { title, markdown } = await attendanceListMarkdown(ctx, eventId);
  return markdownToDocx({ title, markdown, footerText: title });
}

/** Converts a DOCX to PDF with LibreOffice headless and that profile; returns the PDF's path. */
export function convertWithLibreOffice(soffice: string, profile: string, docx: string, outDir: string): string {
  const result = spawnSync(soffice, [profileArgument(profile), '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx], { encoding: 'utf8', timeout: 300_000 });
  const pdf = path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
  if (result.status !== 0 || !fs.existsSync(pdf)) {
    throw new Error(`LibreOffice could not convert ${docx}: ${(result.stderr || result.stdout || String(result.error ?? '')).trim().slice(0, 400)}`);
  }
  return pdf;
}
