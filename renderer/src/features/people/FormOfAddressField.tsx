/**
 * A person's form of address (Pani / Pan / not given). Until the user picks one, the form the first name suggests is
 * shown and saved (editable); documents then write „Pani Anna Nowak wzięła udział”.
 */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FORM_OF_ADDRESS_KEYS, FORMS_OF_ADDRESS, suggestFormOfAddress, type FormOfAddress } from '../../../../preload/contract';

/** What is saved: the user's choice (null: not given), or while none was made (undefined) the name's suggestion. */
export function formOfAddressToSave(chosen: FormOfAddress | null | undefined, firstName: string): FormOfAddress | null {
  return chosen === undefined ? suggestFormOfAddress(firstName) : chosen;
}

export function FormOfAddressField(props: { firstName: string; chosen: FormOfAddress | null | undefined; onChoose: (form: FormOfAddress | null) => void; error?: string }) {
  const { t } = useTranslation();
  const value = formOfAddressToSave(props.chosen, props.firstName);
  const suggested = props.chosen === undefined && value !== null;
  return (
    <TextField
      select
      label={t('people.fields.formOfAddress')}
      value={value ?? ''}
      onChange={(event) => props.onChoose((event.target.value || null) as FormOfAddress | null)}
      error={Boolean(props.error)}
      helperText={props.error ?? (suggested ? t('people.formSuggested') : t('people.formHelp'))}
    >
      {FORM_OF_ADDRESS_KEYS.map((key) => (
        <MenuItem key={key} value={key}>
          {FORMS_OF_ADDRESS[key].pl}
        </MenuItem>
      ))}
      <MenuItem value="">
        <em>{t('people.formUnknown')}</em>
      </MenuItem>
    </TextField>
  );
}
