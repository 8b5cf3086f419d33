/** Channels of printing on paper. */
import { channel } from '../channel';
import { paperPrint, type PaperPrintResult } from '../schemas/printing';

export const printingChannels = {
  /** "Drukuj": an attendance list, an agreement or certificates on paper, through the system's print dialog. */
  'printing.paper': channel<PaperPrintResult>()(paperPrint),
} as const;
