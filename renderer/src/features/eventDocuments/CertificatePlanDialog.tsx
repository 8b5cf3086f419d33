/**
 * Before certificates are numbered: the rule in effect, who gets one now (with the days and hours it will state),
 * who is left out and why, and who has one already. Numbers cannot be taken back, so this is shown first.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CertificatePlan } from '../../../../preload/contract';

export function CertificatePlanDialog(props: { plan: CertificatePlan | null; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { plan } = props;
  return (
    <Dialog open={plan !== null} onClose={props.onCancel} aria-labelledby="certificate-plan-title" maxWidth="md" fullWidth>
      <DialogTitle id="certificate-plan-title">{t('eventDocuments.issueTitle')}</DialogTitle>
      {plan && (
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('eventDocuments.planRule', { rule: plan.rule.text })}
          </Typography>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            {t('eventDocuments.planToIssue', { count: plan.toIssue.length })}
          </Typography>
          {plan.toIssue.length > 0 ? (
            <List dense aria-label={t('eventDocuments.planToIssue', { count: plan.toIssue.length })}>
              {plan.toIssue.map((person) => (
                <ListItem key={person.personId} disableGutters>
                  <ListItemText primary={person.personName} secondary={[person.daysText, person.hoursText].filter(Boolean).join(' · ')} />
                </ListItem>
              ))}
            </List>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('eventDocuments.planNobody')}
            </Typography>
          )}
          {plan.leftOut.length > 0 && (
            <>
              <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                {t('eventDocuments.planLeftOut', { count: plan.leftOut.length })}
              </Typography>
              <List dense aria-label={t('eventDocuments.planLeftOut', { count: plan.leftOut.length })}>
                {plan.leftOut.map((person) => (
                  <ListItem key={person.personId} disableGutters>
                    <ListItemText primary={person.personName} secondary={person.reason} />
                  </ListItem>
                ))}
              </List>
            </>
          )}
          {plan.alreadyIssued > 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {t('eventDocuments.planAlready', { count: plan.alreadyIssued })}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t('eventDocuments.planIrreversible')}
          </Typography>
        </DialogContent>
      )}
      <DialogActions>
        <Button onClick={props.onCancel} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" onClick={props.onConfirm} loading={props.busy} disabled={!plan || plan.toIssue.length === 0}>
          {plan && plan.toIssue.length > 0 ? t('eventDocuments.planConfirm', { count: plan.toIssue.length }) : t('eventDocuments.issue')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
