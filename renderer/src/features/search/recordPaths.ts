import type { RecordKindName } from '../../../../preload/contract';

/** Where each kind of record opens. */
export const RECORD_PATHS: Record<RecordKindName, (id: string) => string> = {
  institution: (id) => `/instytucje/${encodeURIComponent(id)}`,
  person: (id) => `/osoby/${encodeURIComponent(id)}`,
  partnership: (id) => `/partnerstwa/${encodeURIComponent(id)}`,
  event: (id) => `/wydarzenia/${encodeURIComponent(id)}`,
  agreement: (id) => `/porozumienia/${encodeURIComponent(id)}`,
};
