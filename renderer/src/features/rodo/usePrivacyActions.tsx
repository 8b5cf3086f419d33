/** Export and anonymisation of one person, shared by the person's page and the list of people past retention. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RodoExportFormat } from '../../../../preload/contract';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAction } from '../../components/useAction';

export interface PersonRef {
  personId: string;
  version: number;
  name: string;
}

export function usePrivacyActions(onAnonymised?: () => void) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { busy, message, setMessage, run } = useAction();
  const [confirming, setConfirming] = useState<PersonRef | null>(null);

  const exportData = (personId: string, format: RodoExportFormat) =>
    run(async () => {
      const file = await call('rodo.personExport', { personId, format });
      saveExportedFile(file);
      return t('privacy.exported', { name: file.fileName });
    });

  const anonymise = (person: PersonRef) => setConfirming(person);

  const dialog = (
    <ConfirmDialog
      open={confirming !== null}
      title={t('privacy.anonymiseTitle')}
      text={t('privacy.anonymiseText', { name: confirming?.name ?? '' })}
      confirmLabel={t('privacy.anonymise')}
      busy={busy}
      onCancel={() => setConfirming(null)}
      onConfirm={() => {
        const person = confirming!;
        void run(async () => {
          try {
            await call('rodo.anonymise', { personId: person.personId, version: person.version });
          } finally {
            setConfirming(null);
            // Names appear in every register's lists: all of them are read again.
            await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'territory' });
          }
          onAnonymised?.();
          return t('privacy.anonymised', { name: person.name });
        });
      }}
    />
  );

  return { busy, message, setMessage, exportData, anonymise, dialog };
}
