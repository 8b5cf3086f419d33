/** Kinds that must fit: an agreement's template, a template's kind and body, one default per kind, a ZZK's parent. */
import type { Knex } from 'knex';
import { ServiceError } from '../../errors';
import { validateTemplateBody } from '../../templates';
import type { Problems } from '../problems';
import { rowsWhereIn } from '../rows';
import type { Collected } from './collect';

export async function checkTemplates(db: Knex, c: Collected, problems: Problems): Promise<void> {
  const fileTemplates = new Map(c.templates.map(({ value }) => [value.id, value.kind as string]));
  const storedTemplates = new Map(
    (await rowsWhereIn<{ id: string; kind: string }>(db, 'document_templates', 'id', [...c.agreementTemplates.map((a) => a.templateId), ...fileTemplates.keys()])).map((row) => [row.id, row.kind]),
  );
  for (const { index, templateId } of c.agreementTemplates) {
    const kind = fileTemplates.get(templateId) ?? storedTemplates.get(templateId);
    if (kind && kind !== 'agreement') problems.add(['agreements', index, 'templateId'], `szablon "${templateId}" nie jest szablonem porozumienia (rodzaj: ${kind})`);
  }
  for (const { index, value } of c.templates) {
    const stored = storedTemplates.get(value.id);
    if (stored && stored !== value.kind) problems.add(['templates', index, 'kind'], `szablon "${value.id}" jest w bazie rodzaju „${stored}”; rodzaju szablonu nie można zmienić`);
    try {
      validateTemplateBody(value.kind, value.body);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      problems.add(['templates', index, 'body'], error.fieldErrors?.body ?? error.message);
    }
  }
  const defaults = new Map<string, number>();
  for (const { index, value } of c.templates) {
    if (!value.isDefault) continue;
    if (defaults.has(value.kind)) problems.add(['templates', index, 'isDefault'], `szablonem domyślnym rodzaju „${value.kind}” jest już templates[${defaults.get(value.kind)}]`);
    else defaults.set(value.kind, index);
  }
}

/** A ZZK's parent (in the file or in the register) is a PZK or a G-PZK. */
export async function checkParents(db: Knex, c: Collected, problems: Problems): Promise<void> {
  const parentIds = c.parents.map((p) => p.parentId).filter((id) => !c.partnershipKinds.has(id));
  const storedKinds = new Map((await rowsWhereIn<{ id: string; kind: string }>(db, 'partnerships', 'id', parentIds)).map((row) => [row.id, row.kind === 'zzk' ? 'ZZK' : row.kind]));
  for (const { index, parentId } of c.parents) {
    const kind = c.partnershipKinds.get(parentId) ?? storedKinds.get(parentId);
    if (kind === 'ZZK') problems.add(['partnerships', index, 'parentId'], `zespołem nadrzędnym ZZK może być tylko PZK lub G-PZK ("${parentId}" to ZZK)`);
  }
}

/** A subregion of the file does not take the name of another subregion of the register in the same voivodeship. */
export async function checkSubregionNames(db: Knex, c: Collected, problems: Problems): Promise<void> {
  if (c.subregions.length === 0) return;
  const stored = (await db('subregions').select('id', 'name', 'voivodeship_code')) as { id: string; name: string; voivodeship_code: string }[];
  const fileIds = new Set(c.subregions.map(({ value }) => value.id));
  const taken = new Map(stored.filter((row) => !fileIds.has(row.id)).map((row) => [`${row.voivodeship_code} ${row.name.toLocaleLowerCase('pl')}`, row]));
  for (const { index, value } of c.subregions) {
    const other = taken.get(`${value.voivodeship} ${value.name.toLocaleLowerCase('pl')}`);
    if (other) problems.add(['subregions', index, 'name'], `w bazie jest już inny subregion o nazwie „${other.name}” w tym województwie ("${other.id}")`);
  }
}
