/**
 * The layering rules, checked on the source: arrows point down only (renderer → contract ← main → db), services
 * never reach up into the process drivers, nothing imports in a circle, and every contract domain has its one
 * name on every layer. Only the thin Electron layer may import 'electron'; services stay testable without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contract, DOMAINS } from '../../preload/contract/channels';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['main', 'preload', 'db', 'renderer/src'];
const ELECTRON_LAYER = ['main/electron', 'main/index.ts', 'preload/index.ts'];
const IMPORTS_ELECTRON = /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/;
const RESOLVED_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

/** Every module specifier of a file, type-only imports, re-exports, require() and import() included. */
function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
}

/** A relative specifier as a root-relative path: the file itself when it is one of `files`, else the bare path. */
function resolveRelative(from: string, specifier: string, files: ReadonlySet<string>): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return RESOLVED_SUFFIXES.map((suffix) => base + suffix).find((candidate) => files.has(candidate)) ?? base;
}

/** One import: `to` is a root-relative path for a relative specifier, else the package's name (`zod`, `node:fs`). */
interface Arrow {
  from: string;
  to: string;
  relative: boolean;
}

/** The import graph of a set of files (root-relative path → source text). */
function importArrows(sources: ReadonlyMap<string, string>): Arrow[] {
  const files = new Set(sources.keys());
  return [...sources].flatMap(([from, text]) =>
    specifiersOf(text).map((specifier) => {
      const relative = specifier.startsWith('.');
      return { from, to: relative ? resolveRelative(from, specifier, files) : specifier, relative };
    }),
  );
}

const under = (prefix: string) => (file: string) => file === prefix || file.startsWith(`${prefix}/`);
const anyOf =
  (...tests: ((file: string) => boolean)[]) =>
  (file: string) =>
    tests.some((test) => test(file));

interface DirectionRule {
  rule: string;
  from: (file: string) => boolean;
  forbidden: (arrow: Arrow) => boolean;
}

const DIRECTION_RULES: DirectionRule[] = [
  {
    rule: 'renderer/ imports only renderer/ and preload/contract/',
    from: under('renderer'),
    forbidden: ({ to, relative }) => relative && !under('renderer')(to) && !under('preload/contract')(to),
  },
  {
    rule: 'preload/contract/ imports nothing of main/, db/, renderer/ nor node: modules',
    from: under('preload/contract'),
    forbidden: ({ to }) => anyOf(under('main'), under('db'), under('renderer'), (name) => name.startsWith('node:'))(to),
  },
  { rule: 'db/ imports nothing of main/ nor renderer/', from: under('db'), forbidden: ({ to }) => anyOf(under('main'), under('renderer'))(to) },
  { rule: 'main/ never imports renderer/', from: under('main'), forbidden: ({ to }) => under('renderer')(to) },
  {
    rule: 'main/services/ never imports the composition, the drivers or the entry points',
    from: under('main/services'),
    forbidden: ({ to }) => anyOf(...['main/platform', 'main/electron', 'main/ipc', 'main/cli', 'main/serve', 'main/runtime.ts', 'main/index.ts'].map(under))(to),
  },
];

/** Every arrow that points the wrong way, as `from → to (rule)`. */
function directionViolations(arrows: Arrow[]): string[] {
  return arrows.flatMap((arrow) =>
    DIRECTION_RULES.filter((rule) => rule.from(arrow.from) && rule.forbidden(arrow)).map((rule) => `${arrow.from} → ${arrow.to} (${rule.rule})`),
  );
}

/** Strongly connected components of a graph (Tarjan), each a set of files that import one another in a circle. */
function knots(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const knot: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      knot.push(member);
    } while (member !== node);
    found.push(knot.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** The shortest way from `start` back to itself inside `members` (breadth first), as the files passed through. */
function shortestCycle(graph: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const chain = [node];
        while (chain[0] !== start) chain.unshift(cameFrom.get(chain[0]!)!);
        return [...chain, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [];
}

/** Every import cycle as a chain `a → b → a`: within each knot, one shortest cycle through each file not yet shown. */
function importCycles(arrows: Arrow[]): string[] {
  const graph = new Map<string, string[]>();
  for (const { from, to } of arrows) graph.set(from, [...(graph.get(from) ?? []), to]);
  return knots(graph).flatMap((knot) => {
    const members = new Set(knot);
    const shown = new Set<string>();
    const chains: string[] = [];
    for (const file of knot) {
      if (shown.has(file)) continue;
      const cycle = shortestCycle(graph, members, file);
      if (!cycle.length) continue;
      cycle.forEach((member) => shown.add(member));
      chains.push(cycle.join(' → '));
    }
    return chains;
  }).sort();
}

/** What a domain's layers are missing: its contract and schema files, channels under its own name, its service's handlers. */
function domainProblems(domains: readonly string[], files: ReadonlySet<string>, channelsOf: (domain: string) => string[]): string[] {
  return domains.flatMap((domain) => {
    const contractFile = `preload/contract/domains/${domain}.ts`;
    const schemaFile = `preload/contract/schemas/${domain}.ts`;
    const handlersFile = `main/services/${domain}/handlers.ts`;
    return [
      ...(files.has(contractFile) ? [] : [`${domain}: no ${contractFile}`]),
      ...(files.has(schemaFile) ? [] : [`${domain}: no ${schemaFile}`]),
      ...(files.has(contractFile) && !channelsOf(domain).length ? [`${domain}: ${contractFile} declares no channel`] : []),
      ...(files.has(contractFile) ? channelsOf(domain).filter((name) => !name.startsWith(`${domain}.`)) : []).map(
        (name) => `${domain}: channel ${name} is not named ${domain}.<verb>`,
      ),
      ...(files.has(handlersFile) ? [] : [`${domain}: no ${handlersFile}`]),
    ];
  });
}

/** Renderer features that are screens of their own rather than a domain of the contract. */
const SCREEN_FEATURES = ['calendar', 'firstRun', 'help', 'settings'];

/** A renderer feature is named as its domain (or is a screen of its own) and keeps its texts in messages.ts. */
function featureProblems(domains: readonly string[], files: ReadonlySet<string>): string[] {
  const features = new Set([...files].filter(under('renderer/src/features')).map((file) => file.split('/')[3]!).filter((name) => !name.includes('.')));
  return [...features].sort().flatMap((feature) => [
    ...(domains.includes(feature) || SCREEN_FEATURES.includes(feature) ? [] : [`renderer/src/features/${feature}/ is named after no domain of the contract`]),
    ...(files.has(`renderer/src/features/${feature}/messages.ts`) ? [] : [`renderer/src/features/${feature}/ keeps no messages.ts`]),
  ]);
}

/** main/ipc/ is only the join of the contract with the services' handlers. */
function ipcProblems(files: Iterable<string>): string[] {
  return [...files].filter((file) => under('main/ipc')(file) && !['main/ipc/dispatch.ts', 'main/ipc/handlers.ts'].includes(file)).map((file) => `${file} does not belong in main/ipc/`);
}

const realFiles = FOLDERS.flatMap(sourceFiles);
const realArrows = importArrows(new Map(realFiles.map((file) => [file, fs.readFileSync(path.join(ROOT, file), 'utf8')])));

/** A small graph with one arrow of each wrong kind and two cycles, to show that every check can fail. */
const PLANTED = new Map([
  ['renderer/src/page.tsx', "import { rows } from '../../db/rows';\nimport type { Ctx } from '../../main/services/context';\nimport { contract } from '../../preload/contract';"],
  ['preload/contract/domains/things.ts', "import fs from 'node:fs';\nimport type { Row } from '../../../db/rows';"],
  ['db/rows.ts', "export { ServiceError } from '../main/services/errors';"],
  ['main/services/context.ts', "import { ipcMain } from '../ipc/dispatch';\nimport type { Page } from '../../renderer/src/page';"],
  ['main/services/errors.ts', "export class ServiceError extends Error {}"],
  ['main/ipc/dispatch.ts', "import '../services/context';"],
  ['main/ipc/extra.ts', ''],
  ['main/services/a/index.ts', "export * from './b';\nimport { runtime } from '../../runtime';"],
  ['main/services/a/b.ts', "import type { A } from '.';"],
  ['main/runtime.ts', "const self = require('./runtime');"],
  ['preload/contract/index.ts', "import { z } from 'zod';"],
]);

describe('architecture', () => {
  it('keeps electron out of services, database, contract, command line, harness and renderer', () => {
    expect(realFiles.length).toBeGreaterThan(20);
    const offenders = realFiles.filter(
      (file) => !ELECTRON_LAYER.some((allowed) => file === allowed || file.startsWith(`${allowed}/`)) && IMPORTS_ELECTRON.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('the Electron layer really does import electron (the check above can see an import)', () => {
    expect(IMPORTS_ELECTRON.test(fs.readFileSync(path.join(ROOT, 'main/electron/ipc.ts'), 'utf8'))).toBe(true);
  });

  it('resolves every relative import of main/, preload/, db/ and renderer/src/ to a file (no arrow goes unseen)', () => {
    const arrows = realArrows;
    expect(arrows.length).toBeGreaterThan(500);
    const unresolved = arrows.filter(({ to, relative }) => relative && !fs.existsSync(path.join(ROOT, to)));
    expect(unresolved).toEqual([]);
  });

  it('has no arrow up or sideways: renderer → contract ← main → db, services below the drivers', () => {
    expect(directionViolations(realArrows)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(realArrows)).toEqual([]);
  });

  it('gives every contract domain its contract and schema files, channels under its name and its handlers; main/ipc/ only joins; renderer features are named after domains', async () => {
    const channels = new Map<string, string[]>();
    for (const domain of DOMAINS) {
      const module: Record<string, object> = await import(path.join(ROOT, `preload/contract/domains/${domain}.ts`));
      channels.set(domain, Object.values(module).flatMap((value) => Object.keys(value)));
    }
    expect(domainProblems(DOMAINS, new Set(realFiles), (domain) => channels.get(domain) ?? [])).toEqual([]);
    expect([...channels.values()].flat().sort()).toEqual(Object.keys(contract).sort());
    expect(ipcProblems(fs.readdirSync(path.join(ROOT, 'main/ipc')).map((name) => `main/ipc/${name}`))).toEqual([]);
    expect(featureProblems(DOMAINS, new Set(realFiles))).toEqual([]);
  });

  it('can fail: a planted graph shows each wrong arrow and each cycle', () => {
    const arrows = importArrows(PLANTED);
    expect(directionViolations(arrows)).toEqual([
      'renderer/src/page.tsx → db/rows.ts (renderer/ imports only renderer/ and preload/contract/)',
      'renderer/src/page.tsx → main/services/context.ts (renderer/ imports only renderer/ and preload/contract/)',
      'preload/contract/domains/things.ts → node:fs (preload/contract/ imports nothing of main/, db/, renderer/ nor node: modules)',
      'preload/contract/domains/things.ts → db/rows.ts (preload/contract/ imports nothing of main/, db/, renderer/ nor node: modules)',
      'db/rows.ts → main/services/errors.ts (db/ imports nothing of main/ nor renderer/)',
      'main/services/context.ts → main/ipc/dispatch.ts (main/services/ never imports the composition, the drivers or the entry points)',
      'main/services/context.ts → renderer/src/page.tsx (main/ never imports renderer/)',
      'main/services/a/index.ts → main/runtime.ts (main/services/ never imports the composition, the drivers or the entry points)',
    ]);
    expect(importCycles(arrows)).toEqual([
      'main/ipc/dispatch.ts → main/services/context.ts → main/ipc/dispatch.ts',
      'main/runtime.ts → main/runtime.ts',
      'main/services/a/b.ts → main/services/a/index.ts → main/services/a/b.ts',
      'renderer/src/page.tsx → main/services/context.ts → renderer/src/page.tsx',
    ]);
  });

  it('can fail: a domain without its files or with a channel under another name, a stray file in main/ipc/, a feature named after no domain', () => {
    const files = new Set(['preload/contract/domains/things.ts', 'preload/contract/schemas/things.ts', 'main/services/things/handlers.ts', 'preload/contract/domains/stuff.ts']);
    const channels: Record<string, string[]> = { things: ['things.list', 'stuff.list'], stuff: [] };
    expect(domainProblems(['things', 'stuff', 'ghosts'], files, (domain) => channels[domain] ?? [])).toEqual([
      'things: channel stuff.list is not named things.<verb>',
      'stuff: no preload/contract/schemas/stuff.ts',
      'stuff: preload/contract/domains/stuff.ts declares no channel',
      'stuff: no main/services/stuff/handlers.ts',
      'ghosts: no preload/contract/domains/ghosts.ts',
      'ghosts: no preload/contract/schemas/ghosts.ts',
      'ghosts: no main/services/ghosts/handlers.ts',
    ]);
    const features = new Set(['renderer/src/features/routes.tsx', 'renderer/src/features/things/messages.ts', 'renderer/src/features/help/Page.tsx', 'renderer/src/features/privacy/messages.ts']);
    expect(featureProblems(['things'], features)).toEqual([
      'renderer/src/features/help/ keeps no messages.ts',
      'renderer/src/features/privacy/ is named after no domain of the contract',
    ]);
    expect(ipcProblems(PLANTED.keys())).toEqual(['main/ipc/extra.ts does not belong in main/ipc/']);
  });
});
