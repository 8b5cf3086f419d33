import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELECTRON = { name: 'electron', message: 'Only main/electron/, main/index.ts and preload/index.ts may import electron: services must run without it.' };
const ELECTRON_LAYER = ['main/electron/**', 'main/index.ts', 'preload/index.ts'];

/**
 * Arrows point down only (renderer → contract ← main → db; services below the drivers). tests/unit/architecture.test.ts
 * checks the whole import graph; these show it in the editor at the import. A later layer (main/services) repeats what
 * an earlier one (main) forbids, because its block replaces the rule's options.
 */
const LAYERS = [
  { folder: 'renderer', forbidden: ['main', 'db'], message: 'renderer/ imports only renderer/ and preload/contract/.' },
  { folder: 'preload/contract', forbidden: ['main', 'db', 'renderer'], node: true, message: 'preload/contract/ imports nothing of main/, db/, renderer/ nor node: modules.' },
  { folder: 'db', forbidden: ['main', 'renderer'], message: 'db/ imports nothing of main/ nor renderer/.' },
  { folder: 'main', forbidden: ['renderer'], message: 'main/ never imports renderer/.' },
  {
    folder: 'main/services',
    forbidden: ['renderer', 'main/platform', 'main/electron', 'main/ipc', 'main/cli', 'main/serve', 'main/runtime', 'main/index'],
    message: 'main/services/ never imports renderer/, the drivers (platform, electron), the join (ipc), the entry points (cli, serve, index) nor the composition (runtime).',
  },
];
/** How many folders below its layer's own a file may be and still be checked here. */
const DEEPEST = 5;

/**
 * A relative specifier that, from a file `below` folders under `folder`, reaches one of `targets` (root-relative):
 * climbing k folders lands on an ancestor whose path is known, and the rest of the target must follow.
 */
function reaching(folder, below, targets) {
  const segments = folder.split('/');
  const ways = segments.flatMap((_, i) => {
    const kept = segments.length - i - 1;
    const landing = segments.slice(0, kept).join('/');
    const climb = `(\\.\\./){${segments.length + below - kept}}`;
    return targets.filter((target) => !landing || target.startsWith(`${landing}/`)).map((target) => climb + target.slice(landing ? landing.length + 1 : 0));
  });
  return `^(${ways.join('|')})(/|$)`;
}

function restrictedImports(patterns, electron) {
  return { 'no-restricted-imports': ['error', { paths: electron ? [ELECTRON] : [], patterns }] };
}

/** One block per depth of a layer's files; inside the Electron layer the same block without the electron rule. */
function layerBlocks({ folder, forbidden, node, message }) {
  const electronLayer = ELECTRON_LAYER.filter((layer) => layer.startsWith(`${folder}/`));
  return Array.from({ length: DEEPEST }, (_, below) => {
    const glob = `${folder}/${'*/'.repeat(below)}*.{ts,tsx}`;
    const patterns = [{ regex: reaching(folder, below, forbidden), message }, ...(node ? [{ regex: '^node:', message }] : [])];
    const inElectronLayer = electronLayer.length ? [{ files: electronLayer.map((layer) => [glob, layer]), rules: restrictedImports(patterns, false) }] : [];
    return [{ files: [glob], rules: restrictedImports(patterns, true) }, ...inElectronLayer];
  }).flat();
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      ...restrictedImports([], true),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['preload/index.ts'], rules: { 'no-restricted-imports': 'off' } },
  ...LAYERS.flatMap(layerBlocks),
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
