/** Channels of the app itself: its version and where its data lives. */
import { channel, none } from '../channel';
import type { AppInfo } from '../schemas/app';

export const appChannels = {
  'app.info': channel<AppInfo>()(none),
} as const;
