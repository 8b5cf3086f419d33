import { type Item, type Scope, type Tables } from './tables';

/** The templates in the file (never the app's own, unchanged ones). */
export function templateRecords(t: Tables, scope: Scope): Item<'templates'>[] {
  return t.templates
    .filter((row) => scope.templates.has(row.id))
    .map((row): Item<'templates'> => ({
      id: row.id,
      kind: row.kind as Item<'templates'>['kind'],
      name: row.name,
      body: row.body,
      ...(row.is_default ? { isDefault: true } : {}),
    }));
}
