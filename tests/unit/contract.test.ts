/** The contract is the single list of channels: handlers and the preload bridge are derived from it. */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, eventDraft, eventSave, exchangeTemplate, partnershipSave, templateSave, TEMPLATE_BODY_MAX_CHARS } from '../../preload/contract';
import { handlers } from '../../main/ipc/handlers';

describe('IPC contract', () => {
  it('has a handler for every channel and no handler without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('names channels as domain.action', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('the built preload exposes exactly the contract channels, each forwarding to ipcRenderer.invoke', async () => {
    // Runs the bundled preload (as Electron's sandbox would) against a recording stand-in for the electron module.
    const exposed: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (input: unknown) => Promise<unknown>>) => (exposed[key] = api) },
      ipcRenderer: { invoke: async (...args: unknown[]) => invoked.push(args) },
    };
    const code = fs.readFileSync(path.resolve(__dirname, '../../dist/preload.js'), 'utf8');
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    };
    vm.runInNewContext(code, { require: sandboxRequire, module: { exports: {} }, exports: {}, console });
    const bridge = exposed.kooperator!;
    expect(Object.keys(bridge).sort()).toEqual([...CHANNEL_NAMES].sort());
    await bridge['institutions.get']!({ id: 'ins-1' });
    expect(invoked).toEqual([['institutions.get', { id: 'ins-1' }]]);
  });
});

describe('limits the same in every layer', () => {
  it('a template the form saves is one the exchange file carries, and one character more is refused by both', () => {
    const body = `# Porozumienie\n${'x'.repeat(TEMPLATE_BODY_MAX_CHARS - 15)}`;
    expect(body).toHaveLength(TEMPLATE_BODY_MAX_CHARS);
    const saved = templateSave.safeParse({ kind: 'agreement', name: 'Wzór', body });
    const carried = exchangeTemplate.safeParse({ id: 'szb-1', kind: 'agreement', name: 'Wzór', body });
    expect([saved.success, carried.success]).toEqual([true, true]);
    const longer = `${body}x`;
    expect(templateSave.safeParse({ kind: 'agreement', name: 'Wzór', body: longer }).success).toBe(false);
    expect(exchangeTemplate.safeParse({ id: 'szb-1', kind: 'agreement', name: 'Wzór', body: longer }).success).toBe(false);
  });
});

describe('rules across fields', () => {
  const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

  it('tell "end before start" on the first save, beside the other errors of the form, in the form and in main alike', () => {
    const input = { title: '', type: 'training', startsAt: '2026-03-10T11:00:00+01:00', endsAt: '2026-03-10T09:00:00+01:00' };
    const expected = { title: 'Pole „Tytuł” jest wymagane', endsAt: 'Koniec wydarzenia musi być późniejszy niż jego początek' };
    expect(issues(eventDraft.safeParse(input))).toEqual(expected);
    expect(issues(eventSave.safeParse(input))).toEqual(expected);
    // A rule does not judge a field that is wrong itself: a start that is no time gets its own message only.
    expect(issues(eventSave.safeParse({ ...input, title: 'Szkolenie', startsAt: 'wtorek' }))).toEqual({ startsAt: expect.stringMatching(/^Nieprawidłowa data i godzina/) });
    // Coaching without its mode is told together with a missing title too.
    expect(issues(eventSave.safeParse({ ...input, type: 'coaching', endsAt: '2026-03-10T12:00:00+01:00' }))).toEqual({
      title: 'Pole „Tytuł” jest wymagane',
      mode: 'Dla coachingu i superwizji wybierz formę: indywidualna lub grupowa',
    });
  });

  it('tell a partnership ended before it was formalised on the first save, beside a kind not chosen yet', () => {
    const input = { name: 'PZK w Żorach', formalisedOn: '2026-04-10', endedOn: '2026-03-01' };
    expect(issues(partnershipSave.safeParse(input))).toEqual({ kind: expect.any(String), endedOn: 'Data zakończenia nie może być wcześniejsza niż data formalizacji' });
  });
});
