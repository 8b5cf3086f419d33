/** The summary's charts: events per month by type (stacked), hours per gmina, indicators' progress. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPE_KEYS, EVENT_TYPES, type ReportSummary } from '../../../../preload/contract';
import { useLabel } from '../../i18n';
import { formatNumber } from '../../i18n/format';

const monthFormat = new Intl.DateTimeFormat('pl-PL', { month: 'short', year: 'numeric', timeZone: 'UTC' });

function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T12:00:00Z`));
}

/** A chart with its caption as the accessible name of the figure. */
function Figure({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper variant="outlined" component="figure" aria-labelledby={id} sx={{ m: 0, p: 2 }}>
      <Typography id={id} component="figcaption" variant="subtitle1" gutterBottom>
        {caption}
      </Typography>
      {children}
    </Paper>
  );
}

export function MonthlyEventsChart({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const label = useLabel();
  const types = EVENT_TYPE_KEYS.filter((type) => summary.monthly.some((month) => (month.events[type] ?? 0) > 0));
  return (
    <Figure caption={t('reports.charts.monthly')}>
      {types.length === 0 ? (
        <Typography color="text.secondary">{t('reports.charts.noEvents')}</Typography>
      ) : (
        <BarChart
          height={320}
          xAxis={[{ scaleType: 'band', data: summary.monthly.map((month) => monthLabel(month.month)) }]}
          yAxis={[{ tickMinStep: 1 }]}
          series={types.map((type) => ({
            id: type,
            label: label(EVENT_TYPES[type]),
            stack: 'events',
            data: summary.monthly.map((month) => month.events[type] ?? 0),
          }))}
          localeText={{ noData: t('reports.charts.noEvents'), loading: t('reports.loading') }}
        />
      )}
    </Figure>
  );
}

export function GminaHoursChart({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const rows = [...summary.gminas].sort((a, b) => b.clockEquivalent - a.clockEquivalent).slice(0, 20);
  return (
    <Figure caption={t('reports.charts.gminas')}>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('reports.charts.noEvents')}</Typography>
      ) : (
        <BarChart
          layout="horizontal"
          height={Math.max(160, rows.length * 36 + 80)}
          yAxis={[{ scaleType: 'band', data: rows.map((row) => row.name), width: 160 }]}
          series={[{ id: 'hours', label: t('reports.charts.hours'), data: rows.map((row) => row.clockEquivalent), valueFormatter: (value: number | null) => (value === null ? '' : formatNumber(value, 2)) }]}
          hideLegend
          localeText={{ noData: t('reports.charts.noEvents'), loading: t('reports.loading') }}
        />
      )}
    </Figure>
  );
}

export function IndicatorProgress({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  return (
    <Figure caption={t('reports.charts.indicators')}>
      {summary.indicators.length === 0 ? (
        <Typography color="text.secondary">{t('reports.charts.noIndicators')}</Typography>
      ) : (
        <Stack spacing={2}>
          {summary.indicators.map((indicator) => {
            const name = `${indicator.code} – ${indicator.name}`;
            return (
              <Box key={`${indicator.projectId}-${indicator.code}`}>
                <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
                  <Typography variant="body2">{name}</Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                    {indicator.achieved === null || indicator.target === null || indicator.percent === null
                      ? t('reports.charts.notComputed')
                      : t('reports.charts.progress', { achieved: formatNumber(indicator.achieved, 2), target: formatNumber(indicator.target, 2), percent: formatNumber(indicator.percent, 1) })}
                  </Typography>
                </Stack>
                <LinearProgress
                  variant="determinate"
                  value={Math.min(100, indicator.percent ?? 0)}
                  color={indicator.percent !== null && indicator.percent >= 100 ? 'success' : 'primary'}
                  aria-label={name}
                  sx={{ height: 8, borderRadius: 1, mt: 0.5 }}
                />
              </Box>
            );
          })}
        </Stack>
      )}
    </Figure>
  );
}
