/**
 * Loads the record a page's route names (`/…/:id`), shows "loading" or the error in its place, and then renders the
 * page with it. Without an id in the route (a new record's form) the page renders at once with no record.
 */
import { Alert, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OutputOf } from '../../../preload/contract';
import { messageOf } from '../api/client';
import { useRegisterRecord, type Register } from '../api/registers';

export type RecordOf<R extends Register> = OutputOf<`${R}.get`>;

export function RecordLoader<R extends Register>({
  register,
  children,
}: {
  register: R;
  /** The record (undefined on a new record's form) and how to load it again after someone else changed it. */
  children: (record: RecordOf<R> | undefined, reload: () => Promise<unknown>) => ReactNode;
}) {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useRegisterRecord(register, id);
  if (id && existing.error) return <Alert severity="error">{messageOf(existing.error)}</Alert>;
  if (id && !existing.data) return <Typography>{t('common.loading')}</Typography>;
  return <>{children(existing.data as RecordOf<R> | undefined, () => existing.refetch())}</>;
}
