import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatDate, formatNumber } from '../../i18n/format';

/** "TERYT register as of 01.01.2025 – voivodeships: 16, powiats: 380, gminas: 2 479". */
export function TerritoryStatusLine() {
  const { t } = useTranslation();
  const status = useQuery({ queryKey: ['territory', 'status'], queryFn: () => call('territory.status', undefined) });
  if (!status.data) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {t('territory.stateDate')}: {status.data.stateDate ? formatDate(status.data.stateDate) : '—'} · {t('territory.counts', { voivodeships: formatNumber(status.data.voivodeships), powiats: formatNumber(status.data.powiats), gminas: formatNumber(status.data.gminas) })}
    </Typography>
  );
}
