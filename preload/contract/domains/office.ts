/** Channels of the office this installation belongs to, set up by the first-run wizard. */
import { channel, none } from '../channel';
import { officeSave, type Office } from '../schemas/office';

export const officeChannels = {
  /** The office and the user of this computer; every field null before the first-run wizard. */
  'office.get': channel<Office>()(none),
  'office.save': channel<Office>()(officeSave),
} as const;
