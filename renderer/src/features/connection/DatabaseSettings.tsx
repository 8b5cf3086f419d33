/**
 * Ustawienia → Baza danych tego komputera: SQLite (a file) or a shared PostgreSQL server, "Sprawdź połączenie",
 * and saving the choice in this PC's settings (it takes effect at the next start). The password typed here goes to
 * main once and never comes back; the form only learns whether one is saved.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { connectionTest, DATABASE_ENGINE_NAMES, databaseChoiceSave, userNameSave, validationError, type ConnectionSettings } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { ActionAlert, useAction } from '../../components/useAction';

type Engine = 'sqlite' | 'postgresql';

interface Form {
  engine: Engine;
  file: string;
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
}

function formOf(settings: ConnectionSettings): Form {
  const saved = settings.saved;
  const empty: Form = { engine: 'sqlite', file: '', host: '', port: '5432', database: 'kooperator', user: '', password: '' };
  if (!saved) return { ...empty, engine: settings.current.engine };
  if (saved.engine === 'sqlite') return { ...empty, file: saved.file ?? '' };
  return { ...empty, engine: 'postgresql', host: saved.host, port: String(saved.port), database: saved.database, user: saved.user };
}

/** The text field's port as the contract wants it: a number (an empty or wrong one fails its check in Polish). */
const portOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

export function DatabaseSettings() {
  const settings = useQuery({ queryKey: ['connection'], queryFn: () => call('connection.get', undefined) });
  return settings.data ? <DatabaseForm data={settings.data} /> : null;
}

function DatabaseForm({ data }: { data: ConnectionSettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  // The form starts from what is saved; later refreshes (after a save) do not overwrite what the user types.
  const [form, setForm] = useState<Form>(() => formOf(data));
  const { busy, message, setMessage, fieldErrors: errors, setFieldErrors: setErrors, run } = useAction();
  const saved = data.saved?.engine === 'postgresql' ? data.saved : null;
  const passwordSaved = Boolean(saved && saved.host === form.host && String(saved.port) === form.port && saved.user === form.user && saved.passwordSaved);
  const change = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setErrors({});
  };
  const postgresInput = () => ({ host: form.host, port: portOf(form.port), database: form.database, user: form.user, password: form.password });

  /** Checks with the contract's own schema first, so a typo is named under its field without a round trip. */
  const checked = (schema: typeof connectionTest | typeof databaseChoiceSave, input: unknown): boolean => {
    const result = schema.safeParse(input);
    if (result.success) return true;
    const found = validationError(result.error);
    setErrors(found.fieldErrors);
    setMessage({ severity: 'error', text: found.message });
    return false;
  };

  const test = () => {
    if (!checked(connectionTest, postgresInput())) return;
    void run(async () => (await call('connection.test', postgresInput())).message);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const input = form.engine === 'sqlite' ? { engine: 'sqlite' as const, file: form.file } : { engine: 'postgresql' as const, ...postgresInput() };
    if (!checked(databaseChoiceSave, input)) return;
    void run(async () => {
      const result = await call('connection.save', input);
      setForm({ ...form, password: '' });
      await client.invalidateQueries({ queryKey: ['connection'] });
      return result.message;
    }, 'info');
  };

  const field = (name: keyof Form, label: string, extra: { type?: string; helperText?: string; autoComplete?: string } = {}) => (
    <TextField
      label={label}
      value={form[name]}
      type={extra.type}
      autoComplete={extra.autoComplete ?? 'off'}
      onChange={(event) => change({ [name]: event.target.value })}
      error={Boolean(errors[name])}
      helperText={errors[name] ?? extra.helperText ?? ' '}
    />
  );

  return (
    <Paper sx={{ p: 3 }} component="section" aria-labelledby="database-settings-title">
      <Stack component="form" noValidate spacing={2} onSubmit={save}>
        <Typography variant="h6" component="h2" id="database-settings-title">
          {t('connection.title')}
        </Typography>
        <Typography color="text.secondary">{t('connection.intro')}</Typography>
        <Alert severity="info" role="note" data-testid="current-database">
          {t('connection.current', { engine: DATABASE_ENGINE_NAMES[data.current.engine], location: data.current.location })}
        </Alert>
        {data.overriddenBy && (
          <Alert severity="warning" role="note">
            {t('connection.overridden', { by: data.overriddenBy })}
          </Alert>
        )}
        <FormControl>
          <FormLabel id="database-kind">{t('connection.kind')}</FormLabel>
          <RadioGroup aria-labelledby="database-kind" value={form.engine} onChange={(event) => change({ engine: event.target.value as Engine })}>
            <FormControlLabel value="sqlite" control={<Radio />} label={t('connection.sqlite')} />
            <FormControlLabel value="postgresql" control={<Radio />} label={t('connection.postgresql')} />
          </RadioGroup>
        </FormControl>
        {form.engine === 'sqlite' ? (
          field('file', t('connection.sqliteFile'), { helperText: t('connection.sqliteFileHint', { file: data.defaultSqliteFile }) })
        ) : (
          <Stack spacing={1}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              {field('host', t('connection.host'))}
              {field('port', t('connection.port'), { type: 'text' })}
            </Stack>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              {field('database', t('connection.database'))}
              {field('user', t('connection.user'))}
              {field('password', t('connection.password'), {
                type: 'password',
                autoComplete: 'new-password',
                helperText: passwordSaved ? t('connection.passwordSavedHint') : t('connection.passwordHint'),
              })}
            </Stack>
            {!data.encryption.available && (
              <Alert severity="warning" role="note">
                {t('connection.encryptionUnavailable', { reason: data.encryption.reason ?? '' })}
              </Alert>
            )}
          </Stack>
        )}
        <ActionAlert message={message} quietRole="status" />
        <Stack direction="row" spacing={2}>
          {form.engine === 'postgresql' && (
            <Button variant="outlined" loading={busy} onClick={test}>
              {t('connection.test')}
            </Button>
          )}
          <Button type="submit" variant="contained" loading={busy}>
            {t('connection.save')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {t('connection.restartNote')} {t('connection.settingsFile', { file: data.settingsFile })}
        </Typography>
      </Stack>
    </Paper>
  );
}

/** Ustawienia → Użytkownik tego komputera: the name the change log carries for this PC. */
export function WorkstationUserSettings() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const office = useQuery({ queryKey: ['office'], queryFn: () => call('office.get', undefined) });
  const [userName, setUserName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const value = userName ?? office.data?.userName ?? '';
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const result = userNameSave.safeParse({ userName: value });
    if (!result.success) return setError(validationError(result.error).fieldErrors.userName ?? null);
    try {
      const answer = await call('connection.saveUserName', { userName: value });
      setError(null);
      setUserName(null);
      setSaved(t('workstation.saved', { name: answer.userName }));
      await client.invalidateQueries({ queryKey: ['office'] });
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return (
    <Paper sx={{ p: 3 }} component="section" aria-labelledby="workstation-user-title">
      <Stack component="form" noValidate spacing={2} onSubmit={(event) => void save(event)}>
        <Typography variant="h6" component="h2" id="workstation-user-title">
          {t('workstation.title')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField label={t('workstation.userName')} value={value} onChange={(event) => setUserName(event.target.value)} error={Boolean(error)} helperText={error ?? t('workstation.hint')} sx={{ minWidth: 360 }} />
          <Button type="submit">{t('common.save')}</Button>
        </Stack>
        {saved && <Alert severity="success">{saved}</Alert>}
      </Stack>
    </Paper>
  );
}
