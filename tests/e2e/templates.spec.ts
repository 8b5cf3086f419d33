import { expect, test } from './support/fixtures';

test('the agreement template: live preview, an unknown placeholder reported and refused, placeholders inserted at the cursor', async ({ page }) => {
  await page.goto('./#/ustawienia');
  await page.getByRole('link', { name: 'Szablony dokumentów' }).click();
  await expect(page.getByRole('heading', { name: 'Szablony dokumentów', level: 1 })).toBeVisible();
  const agreements = page.getByRole('region', { name: 'Porozumienie o współpracy' });
  await expect(agreements.getByRole('row').filter({ hasText: 'domyślny' })).toContainText('Porozumienie o współpracy (wzór domyślny)');
  await expect(agreements.getByRole('button', { name: 'Ustaw jako domyślny' })).toHaveCount(0);
  await agreements.getByRole('link', { name: 'Porozumienie o współpracy (wzór domyślny)' }).click();

  await expect(page.getByRole('heading', { name: 'Edycja szablonu dokumentu', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Rodzaj dokumentu' })).toHaveAttribute('aria-disabled', 'true');
  const frame = page.getByTitle('Podgląd dokumentu');
  const heading = frame.contentFrame().getByRole('heading', { name: /POROZUMIENIE O WSPÓŁPRACY/ });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wstaw {{#strony}}…{{/strony}}' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wstaw {{strona.nazwa}}' })).toBeVisible();

  const body = page.getByRole('textbox', { name: 'Treść szablonu' });
  const original = await body.inputValue();
  await body.focus();
  await page.keyboard.press('Control+End');
  await body.pressSequentially('\nGmina: {{gmina.nazwaa}}');

  const problems = page.getByRole('list', { name: 'Błędy w szablonie' });
  await expect(problems.getByRole('listitem').filter({ hasText: 'Nieznany znacznik {{gmina.nazwaa}}' })).toContainText('Czy chodziło o {{gmina.nazwa}}?');
  await expect(frame).toHaveCount(0);

  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(body).toHaveAccessibleDescription(/Nieznany znacznik \{\{gmina\.nazwaa\}\}/);
  await expect(page.getByRole('heading', { name: 'Edycja szablonu dokumentu', level: 1 })).toBeVisible();

  await body.fill(original);
  await expect(heading).toBeVisible();
  await expect(problems).toHaveCount(0);

  // A placeholder from the list goes where the cursor is.
  await body.focus();
  await page.keyboard.press('Control+End');
  await body.pressSequentially('\nPowiat: ');
  await page.getByRole('button', { name: 'Wstaw {{powiat.nazwa}}' }).click();
  await expect(body).toHaveValue(`${original}\nPowiat: {{powiat.nazwa}}`);
  await expect(frame.contentFrame().getByText('Powiat: będziński')).toBeVisible();
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Szablony dokumentów', level: 1 })).toBeVisible();
});
