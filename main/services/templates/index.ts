/**
 * Editable document templates (agreement, declaration): Markdown with {{placeholders}}, one default per kind.
 * The body is checked by the document engine (main/services/documents) before it is saved.
 */
import type { Knex } from 'knex';
import type { TemplateRow } from '../../../db/rows';
import { comparePolish, TEMPLATE_KIND_KEYS, type DocumentTemplate, type DocumentTemplateSummary, type TemplateKind, type TemplateListQuery, type TemplateSave } from '../../../preload/contract';
import { assertValidTemplate, DEFAULT_TEMPLATES, isEarlierBuiltInBody } from '../documents/template';
import { notFound, ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import { deleteVersioned, insertAudited, updateAudited, updateVersioned, type RecordKind } from '../versioned';

const KIND: RecordKind = { table: 'document_templates', what: 'szablon dokumentu' };

function summary(row: TemplateRow): DocumentTemplateSummary {
  return { id: row.id, version: row.version, kind: row.kind, name: row.name, isDefault: Boolean(row.is_default), createdAt: row.created_at, updatedAt: row.updated_at };
}

/**
 * The one place a template's body is checked before saving: syntax, and only placeholders the document engine
 * knows for the kind, each in its place (throws a 'validation' ServiceError with the field `body`).
 */
export function validateTemplateBody(kind: TemplateKind, body: string): void {
  assertValidTemplate(kind, body);
}

/** Templates by kind, the default first, then by name in Polish order. */
export async function listTemplates(db: Knex, query: TemplateListQuery): Promise<DocumentTemplateSummary[]> {
  const q = db<TemplateRow>('document_templates').select('id', 'version', 'kind', 'name', 'is_default', 'created_at', 'updated_at');
  if (query.kind) q.where({ kind: query.kind });
  const rows = (await q) as TemplateRow[];
  return rows
    .map(summary)
    .sort(
      (a, b) =>
        TEMPLATE_KIND_KEYS.indexOf(a.kind) - TEMPLATE_KIND_KEYS.indexOf(b.kind) ||
        Number(b.isDefault) - Number(a.isDefault) ||
        comparePolish(a.name, b.name) ||
        (a.id < b.id ? -1 : 1),
    );
}

export async function getTemplate(db: Knex, id: string): Promise<DocumentTemplate> {
  const row = (await db<TemplateRow>('document_templates').where({ id }).first()) as TemplateRow | undefined;
  if (!row) throw notFound(KIND.what);
  return { ...summary(row), body: row.body };
}

/** The default template of a kind, if any exists. */
export async function defaultTemplate(db: Knex, kind: TemplateKind): Promise<DocumentTemplate | null> {
  const row = (await db<TemplateRow>('document_templates').where({ kind, is_default: true }).first('id')) as { id: string } | undefined;
  return row ? getTemplate(db, row.id) : null;
}

/** Creates or updates a template; the first template of a kind becomes its default. The kind is fixed once created. */
export async function saveTemplate(db: Knex, input: TemplateSave): Promise<DocumentTemplate> {
  const { id, version, kind, name, body } = input;
  const templateId = await db.transaction(async (trx) => {
    if (id === undefined) {
      validateTemplateBody(kind, body);
      const created = newId('szb');
      const now = nowIso();
      const hasDefault = (await trx('document_templates').where({ kind, is_default: true }).first('id')) !== undefined;
      await insertAudited(trx, KIND, { id: created, version: 1, kind, name, body, is_default: !hasDefault, created_at: now, updated_at: now });
      return created;
    }
    const before = (await trx('document_templates').where({ id }).first('kind')) as { kind: TemplateKind } | undefined;
    if (!before) throw notFound(KIND.what);
    if (before.kind !== kind) {
      const message = 'Rodzaju istniejącego szablonu nie można zmienić: utwórz nowy szablon tego rodzaju.';
      throw new ServiceError('validation', 'Popraw zaznaczone pole.', { kind: message });
    }
    validateTemplateBody(kind, body);
    await updateVersioned(trx, KIND, id, version!, { name, body });
    return id;
  });
  return getTemplate(db, templateId);
}

/** Deletes a template that is not its kind's default; agreements that named it fall back to the default. */
export async function deleteTemplate(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await db.transaction(async (trx) => {
    const row = (await trx('document_templates').where({ id }).first('is_default', 'name')) as { is_default: boolean | number; name: string } | undefined;
    if (!row) throw notFound(KIND.what);
    if (row.is_default) {
      throw new ServiceError('conflict', `Nie można usunąć szablonu domyślnego „${row.name}”. Najpierw ustaw jako domyślny inny szablon tego rodzaju.`);
    }
    await deleteVersioned(trx, KIND, id, version);
  });
  return { id };
}

/**
 * Makes a template its kind's default (and the previous default an ordinary one). Not a new version of either:
 * being the default is not part of what the template's form edits.
 */
export async function setDefaultTemplate(db: Knex, id: string): Promise<DocumentTemplate> {
  await db.transaction(async (trx) => {
    const row = (await trx('document_templates').where({ id }).first('kind')) as { kind: TemplateKind } | undefined;
    if (!row) throw notFound(KIND.what);
    await updateAudited(trx, KIND, (q) => q.where({ kind: row.kind, is_default: true }).whereNot({ id }), { is_default: false });
    await updateAudited(trx, KIND, id, { is_default: true });
  });
  return getTemplate(db, id);
}

/**
 * Adds the document engine's built-in template for every kind that has none yet (as that kind's default), and brings
 * a built-in template nobody has edited (its body is an earlier built-in one, word for word) up to date: a new version,
 * in the audit log. Idempotent; meant for the start of the app, after migrations.
 */
export async function ensureDefaultTemplates(db: Knex): Promise<void> {
  for (const kind of TEMPLATE_KIND_KEYS) {
    const named = (await db<TemplateRow>('document_templates').where({ kind, name: DEFAULT_TEMPLATES[kind].name }).select('id', 'version', 'body')) as (TemplateRow & { body: string })[];
    const stale = named.filter((row) => isEarlierBuiltInBody(kind, row.body));
    for (const row of stale) {
      await updateVersioned(db, KIND, row.id, row.version, { body: DEFAULT_TEMPLATES[kind].body });
    }
    if (await db('document_templates').where({ kind }).first('id')) continue;
    const now = nowIso();
    const builtIn = DEFAULT_TEMPLATES[kind];
    await db('document_templates').insert({ id: newId('szb'), version: 1, kind, name: builtIn.name, body: builtIn.body, is_default: true, created_at: now, updated_at: now });
  }
}

/** The body of the chosen template, or of the default one of its kind. */
export async function templateBody(db: Knex, kind: TemplateKind, templateId: string | null): Promise<string> {
  const template = templateId ? await getTemplate(db, templateId) : await defaultTemplate(db, kind);
  if (!template) throw new ServiceError('not_found', 'Brak szablonu dokumentu: dodaj szablon w Ustawieniach → Szablony dokumentów.');
  return template.body;
}

