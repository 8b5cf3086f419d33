/** The document templates by kind: which one is the default, make another the default, add a new one. */
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { TEMPLATE_KIND_KEYS, TEMPLATE_KINDS, type DocumentTemplateSummary, type TemplateKind } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { useLabel } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

export function TemplatesPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['templates', 'list'], queryFn: () => call('templates.list', {}) });
  const client = useQueryClient();
  const setDefault = useMutation({
    mutationFn: (id: string) => call('templates.setDefault', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['templates'] }),
  });

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <Stack spacing={1}>
        <Link component={RouterLink} to="/ustawienia" variant="body2">
          {t('nav.settings')}
        </Link>
        <Typography variant="h5" component="h1">
          {t('templates.title')}
        </Typography>
        <Typography color="text.secondary">{t('templates.intro')}</Typography>
      </Stack>
      {(list.error || setDefault.error) && <Alert severity="error">{messageOf(list.error ?? setDefault.error)}</Alert>}
      {list.isLoading && <Typography>{t('common.loading')}</Typography>}
      {list.data &&
        TEMPLATE_KIND_KEYS.map((kind) => (
          <KindSection
            key={kind}
            kind={kind}
            templates={list.data.filter((template) => template.kind === kind)}
            busy={setDefault.isPending}
            onSetDefault={(id) => setDefault.mutate(id)}
          />
        ))}
    </Stack>
  );
}

function KindSection(props: { kind: TemplateKind; templates: DocumentTemplateSummary[]; busy: boolean; onSetDefault: (id: string) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const kindName = label(TEMPLATE_KINDS[props.kind]);
  const titleId = `templates-${props.kind}`;
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby={titleId}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id={titleId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {kindName}
        </Typography>
        <Button startIcon={<AddIcon />} component={RouterLink} to={`/ustawienia/szablony/nowy?rodzaj=${props.kind}`} aria-label={t('templates.addOfKind', { kind: kindName })}>
          {t('templates.add')}
        </Button>
      </Stack>
      {props.templates.length === 0 ? (
        <Typography color="text.secondary">{t('templates.none')}</Typography>
      ) : (
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{t('templates.fields.name')}</TableCell>
              <TableCell sx={{ width: 160 }}>{t('templates.fields.updatedAt')}</TableCell>
              <TableCell sx={{ width: 220 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {props.templates.map((template) => (
              <TableRow key={template.id} hover>
                <TableCell>
                  <Link component={RouterLink} to={`/ustawienia/szablony/${template.id}`}>
                    {template.name}
                  </Link>
                  {template.isDefault && <Chip size="small" color="primary" label={t('templates.default')} sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{formatDateTime(template.updatedAt)}</TableCell>
                <TableCell align="right">
                  {!template.isDefault && (
                    <Button size="small" disabled={props.busy} onClick={() => props.onSetDefault(template.id)}>
                      {t('templates.setDefault')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
