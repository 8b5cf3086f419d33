/** A member's declaration of joining (filled into its template) and the partnership's basket of services. */
import type { Knex } from 'knex';
import { addressedName, type ExportedFile, type PartnershipDetail, type PrintFormat } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { markdownFile, type DeclarationData } from '../documents';
import { basketDocument, declarationDocument } from '../documents/kinds';
import { ServiceError } from '../errors';
import { projectLogo } from '../projects';
import { templateBody } from '../templates';
import { getPartnership } from '.';

function formOf(stored: string | null | undefined): 'ms' | 'mr' | null {
  return stored === 'ms' || stored === 'mr' ? stored : null;
}

function memberOf(partnership: PartnershipDetail, memberId: string) {
  const member = partnership.members.find((m) => m.id === memberId);
  if (!member) throw new ServiceError('not_found', 'Nie znaleziono członkostwa w tym partnerstwie.');
  return member;
}

/** What the declaration's placeholders read: the institution, its representative and its offer to the basket. */
export async function declarationData(db: Knex, partnership: PartnershipDetail, memberId: string, today: string): Promise<DeclarationData> {
  const member = memberOf(partnership, memberId);
  const institution = await db('institutions').where({ id: member.institutionId }).first('name', 'street', 'postal_code', 'city', 'nip');
  const representative = member.representativePersonId ? await db('people').where({ id: member.representativePersonId }).first('position', 'form_of_address') : null;
  const delegated = await db('people').where({ institution_id: member.institutionId }).whereNot('id', member.representativePersonId ?? '').orderBy('last_name');
  const address = [institution?.street, [institution?.postal_code, institution?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return {
    partnerstwo: { nazwa: partnership.name },
    gmina: { nazwa: partnership.territoryName },
    instytucja: { nazwa: member.institutionName, adres: address || null, nip: institution?.nip ?? null },
    przedstawiciel: {
      imie_nazwisko: member.representativeName,
      funkcja: representative?.position ?? null,
      z_forma: member.representativeName ? addressedName(formOf(representative?.form_of_address), member.representativeName) : null,
    },
    delegowani: delegated.map((person: { first_name: string; last_name: string; position: string | null; form_of_address: string | null }) => ({
      osoba: {
        imie_nazwisko: `${person.first_name} ${person.last_name}`,
        stanowisko: person.position ?? '—',
        z_forma: addressedName(formOf(person.form_of_address), `${person.first_name} ${person.last_name}`),
      },
    })),
    uslugi: partnership.offers
      .filter((offer) => offer.institutionId === member.institutionId)
      .map((offer) => ({ usluga: { nazwa: offer.service, grupa_docelowa: offer.targetGroup ?? '—', kontakt: offer.contact ?? '—', warunki: offer.terms ?? '—' } })),
    data: member.declarationSignedOn ?? today,
  };
}

export async function printDeclaration(ctx: ServiceContext, input: { partnershipId: string; memberId: string; format: PrintFormat }, today = new Date().toISOString().slice(0, 10)): Promise<ExportedFile> {
  const partnership = await getPartnership(ctx.db, input.partnershipId);
  const data = await declarationData(ctx.db, partnership, input.memberId, today);
  const document = declarationDocument({
    partnershipName: partnership.name,
    institutionName: memberOf(partnership, input.memberId).institutionName,
    template: await templateBody(ctx.db, 'declaration', null),
    data,
    logo: await projectLogo(ctx, partnership.projectId, false),
  });
  return markdownFile(ctx, document, input.format);
}

/** The partnership's local basket of services, as a table by institution. */
export async function printBasket(ctx: ServiceContext, input: { partnershipId: string; format: PrintFormat }): Promise<ExportedFile> {
  const partnership = await getPartnership(ctx.db, input.partnershipId);
  return markdownFile(ctx, basketDocument({ partnership, logo: await projectLogo(ctx, partnership.projectId, false) }), input.format);
}
