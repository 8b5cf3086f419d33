/** Working with the keyboard: a link past the menu to the screen, and a refused save that leads to its first error. */
import { expect, test } from './support/fixtures';

test('Tab first offers a link past the bar and the menu straight to the screen, without changing the address', async ({ page }) => {
  await page.goto('./#/instytucje');
  await expect(page.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();
  const skip = page.getByRole('link', { name: 'Przejdź do treści' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/instytucje$/);
  // The next Tab is on the screen's first control, not in the menu.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Importuj z pliku' })).toBeFocused();
});

test('a save refused for its fields moves the focus to the first wrong field, not leaving it in the last one typed in', async ({ page }) => {
  await page.goto('./#/instytucje/nowa');
  const notes = page.getByRole('textbox', { name: 'Uwagi' });
  await notes.fill('Kontakt przez sekretariat');
  await page.getByRole('textbox', { name: 'E-mail' }).fill('sekretariat(at)gops');
  await notes.focus();
  await page.keyboard.press('Control+s');
  // The first field of the form is the type.
  const type = page.getByRole('combobox', { name: 'Typ instytucji' });
  await expect(type).toBeFocused();
  await expect(type).toHaveAttribute('aria-invalid', 'true');

  // With the type chosen, the next save leads to the next wrong field: the name, then the e-mail address.
  await type.click();
  await page.getByRole('option', { name: /^Ośrodek pomocy społecznej/ }).click();
  await notes.focus();
  await page.keyboard.press('Control+s');
  const name = page.getByRole('textbox', { name: 'Nazwa', exact: true });
  await expect(name).toBeFocused();
  await name.fill('Gminny Ośrodek Pomocy Społecznej w Ożarowicach');
  await notes.focus();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toBeFocused();
});
