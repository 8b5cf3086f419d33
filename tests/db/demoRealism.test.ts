/**
 * The demo tells a believable story. Its conference counts most of its audience at the entrance (150 people, of
 * whom 49 on the list), so the headcount of people not on the list shows in the summary. Its four subregions of śląskie hold every powiat where a team works, so that the
 * lists filter by them and the summary can say "w 4 subregionach" (seed 001).
 *
 * Meeting rhythm: the demo tells a believable story about meeting rhythm: the teams that plan one meeting a month and meet on the
 * second Wednesday of every month since they were formed are on plan; only those planning two a month (seed 003)
 * while meeting once fall behind. Before, every team was formed a month before its first regular meeting and the
 * summary said 13 of 15 teams met less often than planned.
 */
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { openRuntime, type Runtime } from '../../main/runtime';
import { importExchangeDocument } from '../../main/services/exchange';
import { buildDemoDocument } from '../../main/services/exchange/demo';
import { meetingRhythms } from '../../main/services/partnerships/rhythm';
import { unwrap } from '../support/results';
import { makeTempDir } from '../support/tempDatabase';

let dir: string;
let runtime: Runtime | null = null;
beforeEach(() => {
  dir = makeTempDir('Kooperator demo rytm ');
});
afterEach(async () => {
  await runtime?.close().catch(() => undefined);
  runtime = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

// The demo's events are held up to mid-November and planned after it: judged on days after its last held meetings.
it.each(['2026-11-20', '2026-12-07'])('flags only the demo teams planning two meetings a month, on %s', async (today) => {
  runtime = await openRuntime(path.join(dir, 'demo.sqlite'));
  await importExchangeDocument(runtime, buildDemoDocument(), { backup: false });
  const rhythms = await meetingRhythms(runtime.db, { from: '2026-01-01', to: '2026-12-31' }, today);
  const pzk = rhythms.filter((r) => r.kind === 'pzk');
  expect(pzk).toHaveLength(15);
  const behind = pzk.filter((r) => r.behind);
  expect(behind.map((r) => r.target)).toEqual(behind.map(() => 2));
  expect(pzk.filter((r) => r.target === 1).every((r) => !r.behind && r.perMonth >= 1)).toBe(true);
  expect(behind.length).toBeLessThanOrEqual(5);
});

it('groups every powiat of the demo teams into one of the four subregions of śląskie', async () => {
  runtime = await openRuntime(path.join(dir, 'demo.sqlite'));
  await importExchangeDocument(runtime, buildDemoDocument(), { backup: false });
  const names = (await runtime.db('subregions').orderBy('name').pluck('name')) as string[];
  expect(names).toEqual(['Subregion centralny', 'Subregion południowy', 'Subregion północny', 'Subregion zachodni']);
  const teamPowiats = new Set(((await runtime.db('partnerships').pluck('teryt_code')) as string[]).map((code) => code.slice(0, 4)));
  const groupedCodes = (await runtime.db('subregion_powiats').pluck('powiat_code')) as string[];
  expect(new Set(groupedCodes).size).toBe(groupedCodes.length);
  for (const code of teamPowiats) expect(groupedCodes, code).toContain(code);
  // Every powiat of śląskie in exactly one, as the voivodeship draws them: myszkowski in the north, pszczyński central.
  const powiats = (await runtime.db('territorial_units').where({ level: 'powiat' }).where('code', 'like', '24%').pluck('code')) as string[];
  expect([...groupedCodes].sort()).toEqual([...powiats].sort());
  const db = runtime.db;
  const subregionOf = async (code: string) => (await db('subregion_powiats as sp').join('subregions as s', 's.id', 'sp.subregion_id').where('sp.powiat_code', code).first('s.name')) as { name: string };
  expect(await subregionOf('2409')).toEqual({ name: 'Subregion północny' });
  expect(await subregionOf('2410')).toEqual({ name: 'Subregion centralny' });
});

it('states the conference of 150 and the four subregions in the summary of the demo year', async () => {
  runtime = await openRuntime(path.join(dir, 'demo.sqlite'));
  await importExchangeDocument(runtime, buildDemoDocument(), { backup: false });
  const summary = unwrap<{ narrative: unknown }>(await dispatch(runtime, 'reports.summary', { from: '2026-01-01', to: '2026-12-31' }));
  const text = JSON.stringify(summary.narrative);
  expect(text).toContain('zorganizowano 1 konferencję');
  expect(text).toContain('udział wzięło 150 osób, w tym 49 z listy uczestników');
  expect(text).toContain('w 4 subregionach województwa śląskiego');
});
