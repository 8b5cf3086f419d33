/** Name badges of an event's participants, loaded and made by their document kind (documents/kinds/badges). */
import type { ExportedFile } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { badgesDocument } from '../documents/kinds';
import { pdfFile } from '../documents';
import { ServiceError } from '../errors';
import { projectLogoDataUrl } from '../projects';
import { eventParticipants, loadEvent } from './eventData';

export interface BadgesOptions {
  eventId: string;
  monochrome?: boolean;
}

export async function printBadges(ctx: ServiceContext, options: BadgesOptions): Promise<ExportedFile> {
  const event = await loadEvent(ctx.db, options.eventId);
  const participants = await eventParticipants(ctx.db, event.id);
  if (participants.length === 0) throw new ServiceError('validation', 'Wydarzenie nie ma jeszcze uczestników: dodaj ich, zanim wydrukujesz identyfikatory.');
  const logoDataUrl = await projectLogoDataUrl(ctx, event.projectId, options.monochrome ?? false);
  return pdfFile(ctx, badgesDocument({ event, participants, logoDataUrl }));
}
