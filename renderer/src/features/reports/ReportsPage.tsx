/**
 * Raporty: the summary of a year or a period for the whole database, a voivodeship, powiat or gmina, or a project —
 * the narrative as the offices write it, charts, tables, and the same as XLSX, DOCX, PDF or JSON.
 */
import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMATS, reportRequest, validationError, type ReportFormat, type ReportRequestInput, type ReportScopeKind, type ReportSummary, type RoundingStyle } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { saveExportedFile } from '../../api/files';
import { DateField } from '../../components/DateField';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { ActionAlert, useActions } from '../../components/useAction';
import { GminaHoursChart, IndicatorProgress, MonthlyEventsChart } from './ReportCharts';
import { Chronicle, ReportTables } from './ReportTables';
import { SummaryPhotos } from './SummaryPhotos';

const FIRST_YEAR = 2018;

function years(): string[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => String(last - i));
}

/** The sentences with their final punctuation, as the document prints them. */
function Narrative({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const id = useId();
  const { narrative } = summary;
  const list = (items: string[]) => (
    <ul style={{ marginTop: 4 }}>
      {items.map((item, i) => (
        <li key={i}>
          <Typography component="span">{`${item}${i === items.length - 1 ? '.' : ','}`}</Typography>
        </li>
      ))}
    </ul>
  );
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h3" gutterBottom>
        {t('reports.narrative')}
      </Typography>
      <Typography>{narrative.intro}</Typography>
      {narrative.items.length > 0 && list(narrative.items)}
      {narrative.stage.length > 0 && <Typography sx={{ mt: 1 }}>{narrative.stage.join(' ')}</Typography>}
      <Typography variant="subtitle1" component="h4" sx={{ mt: 2 }}>
        {t('reports.plan')}
      </Typography>
      {narrative.planIntro ? (
        <>
          <Typography>{narrative.planIntro}</Typography>
          {list(narrative.planItems)}
        </>
      ) : (
        <Typography color="text.secondary">{t('reports.noPlan')}</Typography>
      )}
    </Paper>
  );
}

/** The charts, chronicle, tables and photos under the sentences. */
function SummaryDetails({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={3} aria-label={t('reports.details')} component="section">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <MonthlyEventsChart summary={summary} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <GminaHoursChart summary={summary} />
        </Grid>
        <Grid size={12}>
          <IndicatorProgress summary={summary} />
        </Grid>
      </Grid>
      <Chronicle summary={summary} />
      <ReportTables summary={summary} />
      <SummaryPhotos summary={summary} />
    </Stack>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const [periodKind, setPeriodKind] = useState<'year' | 'range'>('year');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [scopeKind, setScopeKind] = useState<ReportScopeKind>('all');
  const [code, setCode] = useState<string | null>(null);
  const [projectId, setProjectId] = useState('');
  const [subregionId, setSubregionId] = useState('');
  const [rounding, setRounding] = useState<RoundingStyle>('exact');
  const { busy, message: downloadError, run } = useActions<ReportFormat>();

  const projects = useQuery({ queryKey: ['projects', 'list', 'reports'], queryFn: () => call('projects.list', {}), enabled: scopeKind === 'project' });
  const subregions = useQuery({ queryKey: ['subregions', 'list', {}], queryFn: () => call('subregions.list', {}) });

  // The request as the contract wants it, checked with the same schema main uses; field problems shown under the fields.
  const { request, fieldErrors } = useMemo(() => {
    const input: ReportRequestInput = {
      from: periodKind === 'year' ? `${year}-01-01` : from,
      to: periodKind === 'year' ? `${year}-12-31` : to,
      scope:
        scopeKind === 'territory'
          ? { kind: 'territory', code }
          : scopeKind === 'project'
            ? { kind: 'project', projectId: projectId || null }
            : scopeKind === 'subregion'
              ? { kind: 'subregion', subregionId: subregionId || null }
              : { kind: 'all' },
      rounding,
    };
    const parsed = reportRequest.safeParse(input);
    return parsed.success ? { request: input, fieldErrors: {} as Record<string, string> } : { request: null, fieldErrors: validationError(parsed.error).fieldErrors };
  }, [periodKind, year, from, to, scopeKind, code, projectId, subregionId, rounding]);

  const summary = useQuery({
    queryKey: ['reports', 'summary', request],
    queryFn: () => call('reports.summary', request!),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });

  // The title and the sentences show as soon as the summary comes; its charts and tables (a macroregion's year draws
  // some 2 000 elements) follow in a render of their own, which React interrupts if the user changes the request.
  const details = useDeferredValue(summary.data, undefined);

  const download = async (format: ReportFormat) => {
    if (!request) return;
    await run(format, async () => saveExportedFile(await call('reports.export', { ...request, format })));
  };

  // Only messages about what the user has filled in: a blank range or scope is simply not ready yet.
  const shown = (key: string, filled: boolean) => (filled ? fieldErrors[key] : undefined);

  return (
    <Stack spacing={3} sx={{ maxWidth: 1400 }}>
      <div>
        <Typography variant="h5" component="h1" gutterBottom>
          {t('reports.title')}
        </Typography>
        <Typography color="text.secondary">{t('reports.subtitle')}</Typography>
      </div>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ xs: 12, md: 'auto' }}>
            <ToggleButtonGroup exclusive size="small" value={periodKind} onChange={(_event, value: 'year' | 'range' | null) => value && setPeriodKind(value)} aria-label={t('reports.period')} sx={{ mt: 1 }}>
              <ToggleButton value="year">{t('reports.periodYear')}</ToggleButton>
              <ToggleButton value="range">{t('reports.periodRange')}</ToggleButton>
            </ToggleButtonGroup>
          </Grid>
          {periodKind === 'year' ? (
            <Grid size={{ xs: 12, sm: 6, md: 2 }}>
              <TextField select fullWidth label={t('reports.year')} value={year} onChange={(event) => setYear(event.target.value)} helperText=" ">
                {years().map((value) => (
                  <MenuItem key={value} value={value}>
                    {value}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          ) : (
            <>
              <Grid size={{ xs: 12, sm: 6, md: 2 }}>
                <DateField label={t('reports.from')} value={from} onChange={setFrom} error={shown('from', from !== '')} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6, md: 2 }}>
                <DateField label={t('reports.to')} value={to} onChange={setTo} error={shown('to', from !== '' && to !== '')} />
              </Grid>
            </>
          )}
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField select fullWidth label={t('reports.scope')} value={scopeKind} onChange={(event) => setScopeKind(event.target.value as ReportScopeKind)} helperText=" ">
              <MenuItem value="all">{t('reports.scopeAll')}</MenuItem>
              <MenuItem value="territory">{t('reports.scopeTerritory')}</MenuItem>
              <MenuItem value="project">{t('reports.scopeProject')}</MenuItem>
              {(subregions.data ?? []).length > 0 && <MenuItem value="subregion">{t('reports.scopeSubregion')}</MenuItem>}
            </TextField>
          </Grid>
          {scopeKind === 'territory' && (
            <Grid size={{ xs: 12, md: 3 }}>
              <TerritoryPicker label={t('reports.territory')} value={code} onChange={(value) => setCode(value)} />
            </Grid>
          )}
          {scopeKind === 'subregion' && (
            <Grid size={{ xs: 12, md: 3 }}>
              <TextField select fullWidth label={t('reports.scopeSubregion')} value={subregionId} onChange={(event) => setSubregionId(event.target.value)} helperText=" ">
                {(subregions.data ?? []).map((subregion) => (
                  <MenuItem key={subregion.id} value={subregion.id}>
                    {subregion.name} ({subregion.voivodeshipName ?? subregion.voivodeshipCode})
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          )}
          {scopeKind === 'project' && (
            <Grid size={{ xs: 12, md: 3 }}>
              <TextField select fullWidth label={t('reports.project')} value={projectId} onChange={(event) => setProjectId(event.target.value)} helperText=" ">
                {(projects.data ?? []).length === 0 && (
                  <MenuItem value="" disabled>
                    {t('reports.noProjects')}
                  </MenuItem>
                )}
                {(projects.data ?? []).map((project) => (
                  <MenuItem key={project.id} value={project.id}>
                    {project.name}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          )}
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField select fullWidth label={t('reports.rounding')} value={rounding} onChange={(event) => setRounding(event.target.value as RoundingStyle)} helperText=" ">
              <MenuItem value="exact">{t('reports.roundingExact')}</MenuItem>
              <MenuItem value="approximate">{t('reports.roundingApproximate')}</MenuItem>
            </TextField>
          </Grid>
        </Grid>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }}>
          {REPORT_FORMATS.map((format) => (
            <Button key={format} variant="outlined" startIcon={<DownloadIcon />} disabled={!request || (busy !== null && busy !== format)} loading={busy === format} onClick={() => void download(format)}>
              {t('reports.downloadAs', { format: format.toUpperCase() })}
            </Button>
          ))}
        </Stack>
        <ActionAlert message={downloadError} sx={{ mt: 2 }} />
      </Paper>

      {!request && <Alert severity="info">{t('reports.incomplete')}</Alert>}
      {request && summary.error && <Alert severity="error">{messageOf(summary.error)}</Alert>}
      {request && !summary.data && !summary.error && <Typography>{t('reports.loading')}</Typography>}
      {request && summary.data && (
        <Stack spacing={3} aria-busy={summary.isFetching}>
          <Typography variant="h5" component="h2">
            {summary.data.title}
          </Typography>
          <Narrative summary={summary.data} />
          {details ? <SummaryDetails summary={details} /> : <Typography color="text.secondary">{t('reports.drawing')}</Typography>}
        </Stack>
      )}
    </Stack>
  );
}
