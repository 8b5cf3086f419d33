/** Field builders shared by the contract's schemas, so a rule (and its Polish message) is written once. */
import { z } from 'zod';
import { compactIdentifier, isValidNip, isValidPostalCode, isValidRegon } from '../identifiers';
import { CERTIFICATE_RULE_KEYS } from '../vocabulary';

/**
 * What no text field may hold, whatever the layer: a NUL character (PostgreSQL refuses it, C strings end at it) and
 * half of a UTF-16 surrogate pair (a lone surrogate becomes U+FFFD on its way into either database, so a record would
 * not be stored as sent). Null when the text is clean; otherwise the problem in Polish, with its position.
 */
export function textProblem(value: string): string | null {
  const nul = value.indexOf('\u0000');
  if (nul >= 0) return `zawiera znak NUL (pozycja ${nul + 1}), którego nie można zapisać`;
  const lone = /\p{Cs}/u.exec(value);
  if (lone) {
    const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return `zawiera uszkodzony znak Unicode (połówka pary surogatów U+${code}, pozycja ${lone.index + 1}); zapisz tekst ponownie w UTF-8`;
  }
  return null;
}

/**
 * Every text of the contract starts here (forms, IPC, exchange files and table imports share the schemas): a string
 * refused with its path when it holds a NUL character or a lone surrogate.
 */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `Tekst ${problem}`, input: value });
  });
}

export const id = text({ error: 'Brak identyfikatora' }).trim().min(1, 'Brak identyfikatora').max(100);

export const version = z.number({ error: 'Brak wersji rekordu' }).int().min(1);

export function requiredText(label: string, max: number) {
  return text({ error: `Pole „${label}” jest wymagane` })
    .trim()
    .min(1, `Pole „${label}” jest wymagane`)
    .max(max, `Pole „${label}” może mieć najwyżej ${max} znaków`);
}

/** Optional free text: blank becomes null, so "no value" has one representation. */
export function optionalText(label: string, max: number) {
  return text({ error: `Pole „${label}” musi być tekstem` })
    .trim()
    .max(max, `Pole „${label}” może mieć najwyżej ${max} znaków`)
    .nullish()
    .transform((value) => (value ? value : null));
}

/** Optional text that, when given, must pass `check` after spaces and hyphens are removed. */
function optionalIdentifier(check: (value: string) => boolean, message: string) {
  return text()
    .nullish()
    .transform((value) => (value ? compactIdentifier(value) : null))
    .refine((value) => value === null || check(value), message);
}

export const nip = optionalIdentifier(isValidNip, 'Nieprawidłowy NIP: wymagane 10 cyfr z poprawną sumą kontrolną');
export const regon = optionalIdentifier(isValidRegon, 'Nieprawidłowy REGON: wymagane 9 lub 14 cyfr z poprawną sumą kontrolną');

export const postalCode = text()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isValidPostalCode(value), 'Kod pocztowy musi mieć postać NN-NNN, np. 41-200');

/** The longest e-mail address either database stores (varchar(200)). */
export const EMAIL_MAX_CHARS = 200;

export const email = text()
  .trim()
  .max(EMAIL_MAX_CHARS, `Adres e-mail może mieć najwyżej ${EMAIL_MAX_CHARS} znaków`)
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || z.email().safeParse(value).success, 'Nieprawidłowy adres e-mail');

export const website = text()
  .trim()
  .max(300)
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^(https?:\/\/)?[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/\S*)?$/u.test(value), 'Nieprawidłowy adres strony www');

/** TERYT code of a voivodeship (2), powiat (4) or gmina (7 digits with the type digit). */
export const terytCode = text()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^\d{2}(\d{2}(\d{3})?)?$/.test(value), 'Kod TERYT musi mieć 2, 4 lub 7 cyfr');

/**
 * For a rule across fields (`superRefine(rule, whenFieldsValid('startsAt', 'endsAt'))`): it runs even when other fields
 * of the form are wrong — zod skips it by default, so "end before start" showed only on the second save — but not
 * when a field it reads is wrong itself.
 */
export function whenFieldsValid(...fields: string[]): { when: (payload: z.core.ParsePayload) => boolean } {
  return {
    when: (payload) =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      !payload.issues.some((issue) => (issue.path?.length ?? 0) === 0 || fields.includes(String(issue.path?.[0]))),
  };
}

/**
 * A draft plus its identity: absent for a new record; for an edit, the id and the version the user saw
 * (a stale version is a conflict, never a silent overwrite).
 */
export function withIdentity<Shape extends z.ZodRawShape>(draft: z.ZodObject<Shape>) {
  return draft.extend({ id: id.optional(), version: version.optional() }).refine((value) => (value as { id?: string }).id === undefined || (value as { version?: number }).version !== undefined, {
    path: ['version'],
    message: 'Brak wersji rekordu: odśwież dane i spróbuj ponownie',
  });
}

/** The largest file a user may send to main (an import, a scan, a logo, an exchange file): 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The same limit in base64, as files cross both transports. */
export const MAX_FILE_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;

/** A file the user chose, carried whole (both transports carry JSON-safe values); decoded in main. */
export const fileUpload = z.object({
  fileName: text({ error: 'Brak nazwy pliku' }).trim().min(1, 'Brak nazwy pliku').max(255),
  contentBase64: text({ error: 'Brak treści pliku' })
    .max(MAX_FILE_BASE64_CHARS, 'Plik jest za duży (najwyżej 20 MB)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Treść pliku jest uszkodzona'),
});

export type FileUpload = z.output<typeof fileUpload>;

/** A file made by main for the user to save (exports); same shape as an upload. */
export type ExportedFile = FileUpload;

const DATE_MESSAGE = 'Nieprawidłowa data (RRRR-MM-DD)';

/** True for a real calendar day written as YYYY-MM-DD (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A required date, 'YYYY-MM-DD', a real calendar day. */
export const calendarDate = text({ error: DATE_MESSAGE }).trim().refine(isCalendarDate, DATE_MESSAGE);

/** An optional date: blank becomes null. */
export const optionalCalendarDate = text({ error: DATE_MESSAGE })
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isCalendarDate(value), DATE_MESSAGE);

/** An optional reference to another record: blank or absent becomes null. */
export const optionalId = id.nullish().transform((value) => value ?? null);

const ROW_LIMIT_ERROR = 'Liczba wierszy musi być liczbą całkowitą od 1 do 1000';
/** How many rows a list sends at most (a picker asks for 50, a register page for up to 100). */
export const rowLimit = z.number({ error: ROW_LIMIT_ERROR }).int(ROW_LIMIT_ERROR).min(1, ROW_LIMIT_ERROR).max(1000, ROW_LIMIT_ERROR);

/** The file formats a printed document comes in. */
export const PRINT_FORMATS = ['pdf', 'docx'] as const;
export type PrintFormat = (typeof PRINT_FORMATS)[number];
export const printFormat = z.enum(PRINT_FORMATS, { error: 'Wybierz format: PDF albo DOCX' });

// ---------------------------------------------------------------------------------------------------------
// The certificate rule (projects and events)

/** Who gets a certificate: `share` (present for at least `certificateMinShare` % of the event's hours) or `every_day`. */
export const certificateRule = z.enum(CERTIFICATE_RULE_KEYS, { error: 'Wybierz zasadę wydawania zaświadczeń z listy' });

const MIN_SHARE_MESSAGE = 'Podaj udział w procentach: liczbę całkowitą od 1 do 100';
/** The share of the event's hours a certificate needs, in per cent (1–100). */
export const certificateMinShare = z.number({ error: MIN_SHARE_MESSAGE }).int(MIN_SHARE_MESSAGE).min(1, MIN_SHARE_MESSAGE).max(100, MIN_SHARE_MESSAGE);
