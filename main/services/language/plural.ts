/** Polish counted forms live in the contract (preload/contract/plural.ts), shared with the renderer. */
export { formatCount, formatNumberPl, pluralForm, type PluralForms } from '../../../preload/contract/plural';
