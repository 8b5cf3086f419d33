/** Channels of cooperation agreements: the agreement with its parties, the suggested parties, the signed scan. */
import { byId, byIdAndVersion, channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import {
  agreementListQuery,
  agreementPartySuggestionQuery,
  agreementSave,
  agreementScanRef,
  agreementPrint,
  agreementScanUpload,
  type Agreement,
  type AgreementListItem,
  type AgreementPartyFields,
} from '../schemas/agreements';

export const agreementChannels = {
  /** Filtered by status, project, partnership, expiry within N days and a search of number and parties. */
  'agreements.list': channel<AgreementListItem[]>()(agreementListQuery),
  'agreements.get': channel<Agreement>()(byId),
  /** The agreement with its parties (at least two), in one transaction. */
  'agreements.save': channel<Agreement>()(agreementSave),
  'agreements.delete': channel<{ id: string }>()(byIdAndVersion),
  /** The usual parties of a project agreement for a gmina: voivodeship, gmina and, for a land county, powiat. */
  'agreements.suggestParties': channel<AgreementPartyFields[]>()(agreementPartySuggestionQuery),
  /** Stores the signed scan (PDF, JPG or PNG) in the data folder; a new version of the agreement. */
  'agreements.attachScan': channel<Agreement>()(agreementScanUpload),
  /** The signed scan with its original file name, checksum verified. */
  'agreements.getScan': channel<ExportedFile>()(agreementScanRef),
  /** The agreement filled into its template, as PDF or DOCX. */
  'agreements.print': channel<ExportedFile>()(agreementPrint),
} as const;
