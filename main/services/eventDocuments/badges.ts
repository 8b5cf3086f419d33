/** Name badges of an event's leaders (with their role) and participants, loaded and made by their document kind (documents/kinds/badges). */
import type { ExportedFile } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { badgesDocument } from '../documents/kinds';
import { pdfFile } from '../documents';
import { ServiceError } from '../errors';
import { projectLogoDataUrl } from '../projects';
import { eventLeaders, eventParticipants, loadEvent } from './eventData';

export interface BadgesOptions {
  eventId: string;
  monochrome?: boolean;
}

export async function printBadges(ctx: ServiceContext, options: BadgesOptions): Promise<ExportedFile> {
  const event = await loadEvent(ctx.db, options.eventId);
  const [leaders, participants] = await Promise.all([eventLeaders(ctx.db, event.id), eventParticipants(ctx.db, event.id)]);
  if (participants.length === 0 && leaders.length === 0) {
    throw new ServiceError('validation', 'Wydarzenie nie ma jeszcze prowadzących ani uczestników: dodaj ich, zanim wydrukujesz identyfikatory.');
  }
  const logoDataUrl = await projectLogoDataUrl(ctx, event.projectId, options.monochrome ?? false);
  // The leaders first, each with their role („trener”, „superwizorka”), then the participants.
  const people = [
    ...leaders.map((leader) => ({ firstName: leader.firstName, lastName: leader.lastName, institutionName: leader.institutionName, role: leader.badgeRoleLabel })),
    ...participants.map((participant) => ({ ...participant, role: null })),
  ];
  return pdfFile(ctx, badgesDocument({ event, participants: people, logoDataUrl }));
}
