/**
 * The photo page of the summary as the PDF and DOCX print it: the photos marked "do sprawozdania" on the pages of the
 * period's held events, each with its caption and day, linking to its event (where the choice is made).
 */
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ReportSummary } from '../../../../preload/contract';
import { formatDate } from '../../i18n/format';

export function SummaryPhotos({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h3" gutterBottom>
        {t('reports.photos.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {summary.photos.length > 0 ? t('reports.photos.hint', { count: summary.photos.length }) : t('reports.photos.none')}
      </Typography>
      {summary.photos.length > 0 && (
        <ol style={{ marginTop: 4 }}>
          {summary.photos.map((photo) => (
            <li key={photo.attachmentId}>
              <Typography component="span">
                {photo.caption ?? photo.eventTitle} ({formatDate(photo.day)}) –{' '}
                <Link component={RouterLink} to={`/wydarzenia/${encodeURIComponent(photo.eventId)}`}>
                  {photo.eventTitle}
                </Link>
              </Typography>
            </li>
          ))}
        </ol>
      )}
    </Paper>
  );
}
