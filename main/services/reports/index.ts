/**
 * The summary of a period ("Podsumowanie roku / okresu"): figures computed from the tables, the same in Polish
 * sentences, and the files offices send on (XLSX, DOCX, PDF, JSON). Plain functions over knex, no Electron.
 */
export { buildSummary } from './summary';
export { runSummary } from './runSummary';
export { exportSummary, exportSummaryWithFigures, summaryFileStem } from './exports';
export { summaryXlsx } from './spreadsheet';
export { approximate, formatQuantity, formatQuantityWithNoun, roundingStep } from './rounding';
export { indicatorValue, measureBasis } from './indicators';
