import { rowsWhereIn, type TemplateRow } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, upsert, type Writing } from './writing';

/** Document templates; one becoming the default of its kind takes that from the one before. */
export async function writeTemplates(w: Writing, doc: CheckedFile): Promise<void> {
  const { db, count } = w;
  for (const chunk of chunksOf(doc, 'templates')) {
    const storedTemplates = new Map((await rowsWhereIn<TemplateRow>(db, 'document_templates', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
      const stored = storedTemplates.get(value.id);
      const becomesDefault = value.isDefault && !(stored && stored.is_default);
      if (becomesDefault) await db('document_templates').where({ kind: value.kind, is_default: true }).update({ is_default: false });
      const wanted = { kind: value.kind, name: value.name, body: value.body, ...(stored && !becomesDefault ? {} : { is_default: value.isDefault }) };
      count('templates', await upsert(w, 'document_templates', value.id, wanted, {}, stored as never, becomesDefault, {}, false));
    }
  }
}
