/** Channels of the exchange file (Ustawienia → Wymiana danych): the whole register out, a file in. */
import { channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import { exchangeExportQuery, exchangeImportRequest, type ExchangeImportResult } from '../schemas/exchange';

export const exchangeChannels = {
  /** The register (events optionally limited by dates, everything by a territory) as "kooperator-<date>.json". */
  'exchange.export': channel<ExportedFile>()(exchangeExportQuery),
  /**
   * Checks the whole file, then imports it in one transaction (after a backup). Any problem: a validation error
   * whose fieldErrors map each JSON path (`events[12].participants[3].personId`) to its message; nothing written.
   */
  'exchange.import': channel<ExchangeImportResult>()(exchangeImportRequest),
} as const;
