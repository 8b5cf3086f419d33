/**
 * The first start: while the settings hold no office name, the app shows this short wizard instead of its
 * screens — the office and its voivodeship, the project(s) it runs, the user's name — then opens the dashboard,
 * whose first steps lead on.
 */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MACROREGION_KEYS, MACROREGIONS, officeSave, projectDraft, userNameSave, validationError, type Macroregion } from '../../../../preload/contract';
import { call } from '../../api/client';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { ActionAlert, useAction } from '../../components/useAction';
import { useLabel } from '../../i18n';
import { MACROREGION_GMINA_KIND } from '../projects/projectValues';
import { MACROREGION_PROJECT, VOIVODESHIP_MACROREGION } from './macroregions';

interface ProjectRow {
  name: string;
  macroregion: Macroregion | '';
  /** Set once saved, so finishing again after an error updates it instead of adding a second one. */
  saved?: { id: string; version: number };
}

const STEPS = ['office', 'projects', 'user'] as const;

/** The frame of the first-run pages: a title and an intro line above the form. */
function WizardPage({ title, intro, maxWidth, children }: { title: string; intro: string; maxWidth: 'sm' | 'md'; children: ReactNode }) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 6 }}>
      <Container maxWidth={maxWidth}>
        <Typography variant="h4" component="h1" gutterBottom>
          {title}
        </Typography>
        <Typography sx={{ mb: 3 }}>{intro}</Typography>
        {children}
      </Container>
    </Box>
  );
}

/** The contract's message for the user's name (the one the change log carries), or null when it is fine. */
function userNameError(userName: string): string | null {
  const result = userNameSave.safeParse({ userName });
  return result.success ? null : (validationError(result.error).fieldErrors.userName ?? null);
}

/** The user's name, asked by the wizard's last step and by a new PC of an office already set up. */
function UserNameField({ value, onChange, error, fullWidth }: { value: string; onChange: (value: string) => void; error?: string | null; fullWidth?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      autoFocus
      required
      fullWidth={fullWidth}
      label={t('firstRun.userName')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? t('firstRun.userNameHint')}
    />
  );
}

/** Shows the wizard until the office is set up, then the app. */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const office = useQuery({ queryKey: ['office'], queryFn: () => call('office.get', undefined), staleTime: Infinity });
  if (office.isPending) return <LinearProgress aria-label={t('shell.loading')} />;
  // Without an answer the app still opens: its screens say what is wrong.
  if (office.data && !office.data.name) return <FirstRunWizard />;
  // The office is set up (another PC of a shared server did it), but nobody has said who works at this PC.
  if (office.data && !office.data.userName) return <WorkstationUserForm officeName={office.data.name} />;
  return children;
}

/** One question for a new PC of an office already set up: the name the change log will carry for this PC. */
function WorkstationUserForm({ officeName }: { officeName: string | null }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [userName, setUserName] = useState('');
  const { busy, message, setMessage, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = userNameError(userName);
    if (invalid) return setMessage({ severity: 'error', text: invalid });
    await run(async () => {
      await call('connection.saveUserName', { userName });
      await client.invalidateQueries();
    });
  };
  return (
    <WizardPage title={t('firstRun.workstationTitle')} intro={t('firstRun.workstationIntro', { office: officeName ?? '' })} maxWidth="sm">
      <Paper component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ p: 3 }}>
        <UserNameField fullWidth value={userName} onChange={setUserName} error={message?.text} />
        <Stack direction="row" sx={{ mt: 3, justifyContent: 'flex-end' }}>
          <Button type="submit" variant="contained" loading={busy}>
            {t('firstRun.workstationSave')}
          </Button>
        </Stack>
      </Paper>
    </WizardPage>
  );
}

function FirstRunWizard() {
  const { t } = useTranslation();
  const label = useLabel();
  const client = useQueryClient();
  const [step, setStep] = useState(0);
  const [name, setName] = useState('');
  const [voivodeship, setVoivodeship] = useState<string | null>(null);
  const [projects, setProjects] = useState<ProjectRow[]>([{ name: '', macroregion: '' }]);
  const [userName, setUserName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, message: failure, run } = useAction();

  const updateProject = (index: number, patch: Partial<ProjectRow>) => {
    setProjects((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    setErrors({});
  };

  /** Checks the step with the contract's own rules; the messages go under the fields. */
  const check = (): boolean => {
    let found: Record<string, string> = {};
    if (step === 0) {
      const result = officeSave.pick({ name: true, voivodeshipTeryt: true }).safeParse({ name, voivodeshipTeryt: voivodeship ?? '' });
      if (!result.success) found = validationError(result.error).fieldErrors;
    } else if (step === 1) {
      projects.forEach((row, index) => {
        const result = projectDraft.safeParse({ name: row.name, macroregion: row.macroregion || null });
        if (!result.success) for (const [field, message] of Object.entries(validationError(result.error).fieldErrors)) found[`projects.${index}.${field}`] = message;
      });
    } else {
      const invalid = userNameError(userName);
      if (invalid) found = { userName: invalid };
    }
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const next = () => {
    if (!check()) return;
    // The first project suggested from the voivodeship's macroregion, unless the user has typed one.
    const macroregion = voivodeship ? VOIVODESHIP_MACROREGION[voivodeship] : undefined;
    if (step === 0 && macroregion && projects.length === 1 && !projects[0]!.name && !projects[0]!.macroregion) {
      setProjects([{ name: MACROREGION_PROJECT[macroregion], macroregion }]);
    }
    setStep((current) => current + 1);
  };

  const finish = async () => {
    if (!check()) return;
    await run(async () => {
      const saved = [...projects];
      for (const [index, row] of saved.entries()) {
        const macroregion = row.macroregion || null;
        const project = await call('projects.save', { name: row.name, macroregion, gminaKind: macroregion ? MACROREGION_GMINA_KIND[macroregion] : null, ...row.saved });
        saved[index] = { ...row, saved: { id: project.id, version: project.version } };
        setProjects([...saved]);
      }
      await call('office.save', { name, voivodeshipTeryt: voivodeship ?? '', userName });
      window.location.hash = '#/pulpit';
      await client.invalidateQueries();
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step < STEPS.length - 1) next();
    else void finish();
  };

  return (
    <WizardPage title={t('firstRun.title')} intro={t('firstRun.intro')} maxWidth="md">
      <Stepper activeStep={step} sx={{ mb: 3 }} aria-label={t('firstRun.stepOf', { step: step + 1, total: STEPS.length })}>
        {STEPS.map((key) => (
          <Step key={key}>
            <StepLabel>{t(`firstRun.steps.${key}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Paper component="form" noValidate onSubmit={submit} sx={{ p: 3 }} aria-labelledby="first-run-step">
        <Typography id="first-run-step" variant="h6" component="h2" gutterBottom>
          {t('firstRun.stepOf', { step: step + 1, total: STEPS.length })}: {t(`firstRun.steps.${STEPS[step]}`)}
        </Typography>
        <ActionAlert message={failure} sx={{ mb: 2 }} />
        {step === 0 && (
          <Stack spacing={2}>
            <TextField autoFocus required label={t('firstRun.officeName')} value={name} onChange={(event) => setName(event.target.value)} error={Boolean(errors.name)} helperText={errors.name ?? t('firstRun.officeNameHint')} />
            <TerritoryPicker
              label={t('firstRun.voivodeship')}
              levels={['voivodeship']}
              value={voivodeship}
              onChange={(code) => {
                setVoivodeship(code);
                setErrors({});
              }}
              error={errors.voivodeshipTeryt}
              size="small"
            />
          </Stack>
        )}
        {step === 1 && (
          <Stack spacing={2}>
            <Typography color="text.secondary">{t('firstRun.projectsIntro')}</Typography>
            {projects.map((row, index) => {
              const n = index + 1;
              return (
                <Stack key={index} direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }} role="group" aria-label={t('firstRun.projectGroup', { n })}>
                  <TextField
                    required
                    label={t('firstRun.projectName', { n })}
                    value={row.name}
                    onChange={(event) => updateProject(index, { name: event.target.value })}
                    error={Boolean(errors[`projects.${index}.name`])}
                    helperText={errors[`projects.${index}.name`] ?? ' '}
                  />
                  <TextField
                    select
                    label={t('firstRun.macroregion', { n })}
                    value={row.macroregion}
                    onChange={(event) => updateProject(index, { macroregion: event.target.value as Macroregion | '' })}
                    error={Boolean(errors[`projects.${index}.macroregion`])}
                    helperText={errors[`projects.${index}.macroregion`] ?? ' '}
                    sx={{ minWidth: 320 }}
                    slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                  >
                    <MenuItem value="">{t('common.none')}</MenuItem>
                    {MACROREGION_KEYS.map((key) => (
                      <MenuItem key={key} value={key}>
                        {label(MACROREGIONS[key])}
                      </MenuItem>
                    ))}
                  </TextField>
                  <IconButton aria-label={t('firstRun.removeProject', { n })} disabled={projects.length === 1 || Boolean(row.saved)} onClick={() => setProjects((rows) => rows.filter((_, i) => i !== index))}>
                    <DeleteIcon />
                  </IconButton>
                </Stack>
              );
            })}
            <Box>
              <Button startIcon={<AddIcon />} onClick={() => setProjects((rows) => [...rows, { name: '', macroregion: '' }])}>
                {t('firstRun.addProject')}
              </Button>
            </Box>
          </Stack>
        )}
        {step === 2 && <UserNameField value={userName} onChange={setUserName} error={errors.userName} />}
        <Stack direction="row" spacing={2} sx={{ mt: 3 }}>
          <Button onClick={() => setStep((current) => current - 1)} disabled={step === 0 || busy}>
            {t('firstRun.back')}
          </Button>
          <Button type="submit" variant="contained" loading={busy} sx={{ ml: 'auto !important' }}>
            {step < STEPS.length - 1 ? t('firstRun.next') : t('firstRun.finish')}
          </Button>
        </Stack>
      </Paper>
    </WizardPage>
  );
}
