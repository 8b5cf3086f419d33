/** Helpers of the tests that export and compare exchange documents. */
import type { ExchangeDocument } from '../../preload/contract';

/** An export of the whole register: no period, no territory. */
export const NO_FILTER = { from: null, to: null, teryt: null };

/** A document without its export time, which differs between any two exports. */
export function withoutExportedAt(document: ExchangeDocument): Omit<ExchangeDocument, 'exportedAt'> {
  const { exportedAt: _ignored, ...rest } = document;
  return rest;
}
