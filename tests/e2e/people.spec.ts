import { dispatch } from '../../main/ipc/dispatch';
import { comparePolish } from '../../preload/contract';
import { expect, test } from './support/fixtures';

// 23 first names × 10 last names: 230 people, three pages of 100.
const FIRST_NAMES = ['Adam', 'Agnieszka', 'Anna', 'Bożena', 'Dorota', 'Edyta', 'Elżbieta', 'Ewa', 'Grażyna', 'Jan', 'Józef', 'Kamil', 'Łucja', 'Łukasz', 'Marek', 'Maria', 'Michał', 'Paweł', 'Piotr', 'Sławomir', 'Tomasz', 'Zofia', 'Żaneta'];
const LAST_NAMES = ['Żak', 'Zając', 'Łęcka', 'Lis', 'Nowak', 'Ślązak', 'Śliwa', 'Sikora', 'Ćwik', 'Czajka'];

test('the people register pages on the server in Polish order, shows the total and searches without diacritics', async ({ page, app }) => {
  test.setTimeout(90_000);
  const people = LAST_NAMES.flatMap((lastName) => FIRST_NAMES.map((firstName) => ({ firstName, lastName })));
  for (const person of people) expect((await dispatch(app.runtime, 'people.save', person)).ok).toBe(true);
  const sorted = people.sort((a, b) => comparePolish(a.lastName, b.lastName) || comparePolish(a.firstName, b.firstName)).map((p) => `${p.lastName} ${p.firstName}`);

  await page.goto('./#/osoby');
  const grid = page.getByRole('grid', { name: 'Osoby' });
  const firstRow = grid.getByRole('row').nth(1);
  const rowText = async () => (await firstRow.getByRole('gridcell').allInnerTexts()).slice(0, 2).join(' ');
  await expect(page.getByText('230 osób')).toBeVisible();
  await expect(page.getByText('1–100 z 230')).toBeVisible();
  await expect.poll(rowText).toBe(sorted[0]); // Czajka Adam: C before Ć

  await page.getByRole('button', { name: 'Przejdź do następnej strony' }).click();
  await expect(page.getByText('101–200 z 230')).toBeVisible();
  await expect.poll(rowText).toBe(sorted[100]);
  await page.getByRole('button', { name: 'Przejdź do następnej strony' }).click();
  await expect(page.getByText('201–230 z 230')).toBeVisible();
  await expect.poll(rowText).toBe(sorted[200]);
  expect(sorted.slice(200).every((name) => /^(Ż|Z)/.test(name))).toBe(true); // Z before Ż, at the end

  // A search starts again at the first page; typed without diacritics it still finds "Ślązak".
  await page.getByRole('textbox', { name: 'Szukaj' }).fill('slazak');
  await expect(page.getByText('23 osoby')).toBeVisible();
  await expect(page.getByText('1–23 z 23')).toBeVisible();
  await expect.poll(rowText).toBe('Ślązak Adam');
  await expect(grid.getByRole('row').filter({ hasText: 'Śliwa' })).toHaveCount(0);

  // Fewer rows per page: the service sends pages of 25.
  await page.getByRole('textbox', { name: 'Szukaj' }).fill('');
  await expect(page.getByText('1–100 z 230')).toBeVisible();
  await page.getByRole('combobox', { name: 'Wierszy na stronę:' }).click();
  await page.getByRole('option', { name: '25' }).click();
  await expect(page.getByText('1–25 z 230')).toBeVisible();
  await page.getByRole('button', { name: 'Przejdź do następnej strony' }).click();
  await expect(page.getByText('26–50 z 230')).toBeVisible();
  await expect.poll(rowText).toBe(sorted[25]);
});
