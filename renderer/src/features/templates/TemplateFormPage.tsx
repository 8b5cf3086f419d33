/**
 * The template editor: name, kind, the Markdown body in a monospace editor with the kind's placeholders beside
 * it (a click inserts one at the cursor), and a live preview with example data. Main refuses to save a body with
 * placeholders it does not know; the message is shown under the body.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { TEMPLATE_KIND_KEYS, TEMPLATE_KINDS, templateSave, type DocumentTemplate, type InputOf, type TemplateKind } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { RecordForm, useFormValues } from '../../components/RecordForm';
import { useLabel } from '../../i18n';
import { PlaceholderPanel, type Insert } from './PlaceholderPanel';
import { TemplatePreview } from './TemplatePreview';

const LIST_PATH = '/ustawienia/szablony';

function isKind(value: string | null): value is TemplateKind {
  return (TEMPLATE_KIND_KEYS as readonly string[]).includes(value ?? '');
}

export function TemplateFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery({ queryKey: ['templates', 'one', id], queryFn: () => call('templates.get', { id: id! }), enabled: id !== undefined });
  if (id && existing.error) return <Alert severity="error">{messageOf(existing.error)}</Alert>;
  if (id && !existing.data) return <Typography>{t('common.loading')}</Typography>;
  return <TemplateEditor key={existing.data?.version ?? 'new'} template={existing.data} reload={() => void existing.refetch()} />;
}

interface TemplateValues {
  kind: TemplateKind;
  name: string;
  body: string;
}

function TemplateEditor({ template, reload }: { template: DocumentTemplate | undefined; reload: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const requestedKind = params.get('rodzaj');
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<TemplateValues>(() => ({
    kind: template?.kind ?? (isKind(requestedKind) ? requestedKind : 'agreement'),
    name: template?.name ?? '',
    body: template?.body ?? '',
  }));
  const onSuccess = () => client.invalidateQueries({ queryKey: ['templates'] });
  const save = useMutation({ mutationFn: (input: InputOf<'templates.save'>) => call('templates.save', input), onSuccess });
  const remove = useMutation({ mutationFn: (input: { id: string; version: number }) => call('templates.delete', input), onSuccess });
  const field = (name: keyof TemplateValues) => fieldErrors[name];

  const insert: Insert = (text, cursor = text.length) => {
    const element = bodyInput.current;
    const start = element?.selectionStart ?? values.body.length;
    const end = element?.selectionEnd ?? start;
    set('body', values.body.slice(0, start) + text + values.body.slice(end));
    // After React has put the new text in, the cursor goes back where the user will continue typing.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + cursor, start + cursor);
    });
  };

  /** A new template starts from the wording of the kind's default one. */
  const loadDefaultBody = async () => {
    setLoadError(null);
    try {
      const defaults = (await call('templates.list', { kind: values.kind })).find((summary) => summary.isDefault);
      if (defaults) set('body', (await call('templates.get', { id: defaults.id })).body);
    } catch (error) {
      setLoadError(messageOf(error));
    }
  };

  return (
    <RecordForm
      title={t(template ? 'templates.editTitle' : 'templates.newTitle')}
      record={template}
      schema={templateSave}
      input={values}
      save={(full) => save.mutateAsync(full)}
      remove={
        template && !template.isDefault
          ? { confirmTitle: t('templates.deleteTitle'), confirmText: t('templates.deleteText', { name: template.name }), run: (identity) => remove.mutateAsync(identity) }
          : undefined
      }
      backTo={LIST_PATH}
      reload={reload}
      fieldErrors={fieldErrors}
      setFieldErrors={setFieldErrors}
      after={<TemplatePreview kind={values.kind} body={values.body} />}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextField required label={t('templates.fields.name')} value={values.name} onChange={(event) => set('name', event.target.value)} error={Boolean(field('name'))} helperText={field('name') ?? ' '} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            select
            required
            label={t('templates.fields.kind')}
            value={values.kind}
            onChange={(event) => set('kind', event.target.value as TemplateKind)}
            disabled={Boolean(template)}
            error={Boolean(field('kind'))}
            helperText={field('kind') ?? (template ? t('templates.fields.kindFixed') : ' ')}
          >
            {TEMPLATE_KIND_KEYS.map((key) => (
              <MenuItem key={key} value={key}>
                {label(TEMPLATE_KINDS[key])}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          {!template && values.body.trim() === '' && (
            <Button sx={{ mb: 1 }} onClick={() => void loadDefaultBody()}>
              {t('templates.useDefaultBody')}
            </Button>
          )}
          {loadError && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {loadError}
            </Alert>
          )}
          <TextField
            required
            multiline
            minRows={18}
            maxRows={30}
            label={t('templates.fields.body')}
            value={values.body}
            onChange={(event) => set('body', event.target.value)}
            inputRef={bodyInput}
            error={Boolean(field('body'))}
            helperText={field('body') ?? t('templates.fields.bodyHint')}
            slotProps={{
              htmlInput: { spellCheck: false },
              formHelperText: { sx: { whiteSpace: 'pre-line' } },
            }}
            sx={{ '& textarea': { fontFamily: 'monospace', fontSize: '0.875rem', lineHeight: 1.5 } }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <PlaceholderPanel kind={values.kind} onInsert={insert} />
        </Grid>
      </Grid>
    </RecordForm>
  );
}
