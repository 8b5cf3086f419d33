/** Handlers of the audit log's channels. */
import type { auditChannels } from '../../../preload/contract/domains/audit';
import { auditForRecord, exportAudit } from '.';
import type { HandlersOf } from '../handlerTypes';

export const auditHandlers: HandlersOf<typeof auditChannels> = {
  'audit.forRecord': (ctx, { table, id }) => auditForRecord(ctx.db, table, id),
  'audit.export': (ctx, range) => exportAudit(ctx.db, range),
};
