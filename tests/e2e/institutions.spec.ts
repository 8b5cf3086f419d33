import { dispatch } from '../../main/ipc/dispatch';
import type { Institution } from '../../preload/contract';
import { expect, test } from './support/fixtures';
import { InstitutionsScreens } from './pages/InstitutionsScreens';

const NAME = 'Miejski Ośrodek Pomocy Społecznej w Sosnowcu';

test('a new user creates an institution with the form, finds it in the list without diacritics, and deletes it', async ({ page }) => {
  const screens = new InstitutionsScreens(page);
  await screens.openList();
  await expect(page.getByText('Brak instytucji. Dodaj pierwszą instytucję')).toBeVisible();

  await screens.startNew();
  await screens.save();
  await expect(page.getByText('Pole „Nazwa” jest wymagane')).toBeVisible();
  await expect(page.getByText('Wybierz typ instytucji z listy')).toBeVisible();

  await screens.fill({ Nazwa: NAME, 'Nazwa skrócona': 'MOPS Sosnowiec', 'Ulica i numer': 'ul. 3 Maja 33', 'Kod pocztowy': '41-200', Miejscowość: 'Sosnowiec', NIP: '644-106-75-17' });
  await screens.chooseType('Ośrodek pomocy społecznej (MOPS/GOPS/OPS)');
  await screens.pickTerritory('sosnowiec', 'Sosnowiec');
  await expect(page.getByText('Sosnowiec – gmina miejska, miasto na prawach powiatu, woj. śląskie')).toBeVisible();
  await expect(page.getByText('Sektor: Pomoc społeczna')).toBeVisible();
  await screens.save();
  await expect(page.getByText('Nieprawidłowy NIP: wymagane 10 cyfr z poprawną sumą kontrolną')).toBeVisible();

  await screens.fill({ NIP: '644-106-75-16' });
  await screens.save();
  await expect(page.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();
  await expect(screens.row(NAME)).toBeVisible();
  await expect(screens.row(NAME)).toContainText('Pomoc społeczna');
  await expect(page.getByText('1 instytucja')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/instytucje.png' });

  await screens.search('osrodek pomocy spolecznej sosnowcu');
  await expect(screens.row(NAME)).toBeVisible();

  await screens.search('lodz');
  await expect(page.getByText('Żadna instytucja nie spełnia warunków wyszukiwania.')).toBeVisible();

  await screens.search('sosnowiec');
  await screens.row(NAME).click();
  await expect(page.getByRole('heading', { name: 'Edycja instytucji' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'NIP' })).toHaveValue('6441067516');
  await page.getByRole('button', { name: 'Usuń' }).click();
  const dialog = page.getByRole('dialog', { name: 'Usunąć instytucję?' });
  await expect(dialog).toContainText(`Instytucja „${NAME}” zostanie trwale usunięta.`);
  await dialog.getByRole('button', { name: 'Usuń' }).click();
  await screens.search('');
  await expect(page.getByText('Brak instytucji. Dodaj pierwszą instytucję')).toBeVisible();
});

test('deleting an institution people are assigned to says why it is refused, where the user looks, not that someone else changed it', async ({ page, app }) => {
  const saved = await dispatch(app.runtime, 'institutions.save', { name: NAME, type: 'ops' });
  if (!saved.ok) throw new Error(saved.error.message);
  const institution = saved.value as Institution;
  for (const lastName of ['Nowak', 'Żak']) expect((await dispatch(app.runtime, 'people.save', { firstName: 'Anna', lastName, institutionId: institution.id })).ok).toBe(true);

  await page.goto(`./#/instytucje/${institution.id}`);
  await page.getByRole('button', { name: 'Usuń' }).click();
  await page.getByRole('dialog', { name: 'Usunąć instytucję?' }).getByRole('button', { name: 'Usuń' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Nie można usunąć instytucji, do której przypisano osoby (2).' });
  await expect(refusal).toBeFocused(); // the delete button is at the form's foot, the message at its top
  await expect(refusal).toBeInViewport();
  await expect(page.getByText(/zmienił ktoś inny|Zapisz moje zmiany mimo to/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Odśwież dane' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Edycja instytucji' })).toBeVisible();
});

test('every section of the navigation opens a screen of its own', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation');
  for (const section of ['Terytorium', 'Osoby', 'Partnerstwa', 'Porozumienia', 'Projekty', 'Opracowania', 'Wydarzenia', 'Kalendarz', 'Raporty']) {
    await nav.getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section);
  }
});

test('an address that leads to no screen says so in Polish and leads back to the dashboard', async ({ page }) => {
  await page.goto('./#/sprawozdania/2019');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie ma takiej strony');
  await expect(page.getByText('Adres „/sprawozdania/2019” nie prowadzi do żadnego ekranu programu.')).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Raporty' })).toBeVisible();
  await page.getByRole('link', { name: 'Przejdź na pulpit' }).click();
  await expect(page).toHaveURL(/#\/pulpit$/);
});

test('the shell speaks Polish, lists every section, and switches to English in Ustawienia', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation');
  for (const section of ['Pulpit', 'Terytorium', 'Instytucje', 'Osoby', 'Partnerstwa', 'Porozumienia', 'Projekty', 'Opracowania', 'Wydarzenia', 'Kalendarz', 'Raporty', 'Ustawienia']) {
    await expect(nav.getByRole('link', { name: section })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Ustawienia' }).click();
  await expect(page.getByRole('cell', { name: 'SQLite', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^20\d{6}_\d{3}_/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Język interfejsu' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(nav.getByRole('link', { name: 'Institutions' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Interface language' }).click();
  await page.getByRole('option', { name: 'Polski' }).click();
  await expect(nav.getByRole('link', { name: 'Instytucje' })).toBeVisible();
});
