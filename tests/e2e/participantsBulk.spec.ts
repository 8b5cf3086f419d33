/**
 * Twenty participants in one go: people ticked in the search results (the search stays), all staff of an
 * institution with one button, and a pasted list of names matched to the register — an ambiguous name resolved,
 * an unknown one added to the register, another skipped. One click on "Dodaj 20 osób" registers them all.
 */
import { dispatch } from '../../main/ipc/dispatch';
import type { ChannelName, EventDetail, Institution } from '../../preload/contract';
import { expect, test, type TestApp } from './support/fixtures';

async function create<T>(app: TestApp, channel: ChannelName, input: object): Promise<T> {
  const result = await dispatch(app.runtime, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
  return result.value as T;
}

const BEDZIN = '2401011';
const MOPS_STAFF = [
  ['Alicja', 'Bąk'], ['Bogdan', 'Cichy'], ['Celina', 'Dudek'], ['Dariusz', 'Frąckowiak'], ['Elżbieta', 'Gil'], ['Filip', 'Hajduk'],
  ['Grażyna', 'Jasińska'], ['Henryk', 'Kłos'], ['Irena', 'Łuczak'], ['Jerzy', 'Mróz'], ['Katarzyna', 'Olszewska'], ['Leszek', 'Pająk'],
] as const;
const PUP_STAFF = [['Ewa', 'Kowalska'], ['Jan', 'Kowalski'], ['Piotr', 'Kowalczyk'], ['Zofia', 'Wrona'], ['Marek', 'Lis'], ['Anna', 'Nowak'], ['Tomasz', 'Dąb'], ['Robert', 'Zając']] as const;

test('adds 20 participants in one go: search kept between picks, all staff of an institution, a pasted list of names', async ({ page, app }) => {
  test.setTimeout(90_000);
  const institution = async (name: string, type: string) => create<Institution>(app, 'institutions.save', { name, type, terytCode: BEDZIN, city: 'Będzin' });
  const mops = await institution('Miejski Ośrodek Pomocy Społecznej w Będzinie', 'ops');
  const pup = await institution('Powiatowy Urząd Pracy w Będzinie', 'pup');
  const school = await institution('Szkoła Podstawowa nr 3 w Będzinie', 'school');
  for (const [firstName, lastName] of MOPS_STAFF) await create(app, 'people.save', { firstName, lastName, institutionId: mops.id, position: 'pracownik socjalny' });
  for (const [firstName, lastName] of PUP_STAFF) await create(app, 'people.save', { firstName, lastName, institutionId: pup.id, position: 'doradca zawodowy' });
  await create(app, 'people.save', { firstName: 'Anna', lastName: 'Nowak', institutionId: school.id, position: 'pedagog szkolny' });
  const event = await create<EventDetail>(app, 'events.save', { title: 'Szkolenie: praca z rodziną w kryzysie', type: 'training', startsAt: '2026-11-17T09:00:00+01:00', endsAt: '2026-11-17T15:00:00+01:00', terytCode: BEDZIN });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`./#/wydarzenia/${event.id}`);
  await page.getByRole('button', { name: 'Dodaj uczestników' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj uczestników z rejestru osób' });

  // Three ticks after one search: the search is not retyped.
  const search = dialog.getByRole('searchbox', { name: 'Szukaj osoby' });
  await search.fill('kowal');
  const results = dialog.getByRole('list', { name: 'Znalezione osoby' });
  await expect(results.getByRole('checkbox')).toHaveCount(3);
  for (const name of ['Ewa Kowalska', 'Jan Kowalski', 'Piotr Kowalczyk']) await results.getByRole('checkbox', { name: new RegExp(name) }).check();
  await expect(search).toHaveValue('kowal');
  await expect(dialog.getByText('Wybrano 3 osoby')).toBeVisible();

  // All twelve of the MOPS with one button.
  await dialog.getByRole('tab', { name: 'Pracownicy instytucji' }).click();
  await dialog.getByRole('combobox', { name: 'Instytucja' }).fill('Miejski Ośrodek');
  await page.getByRole('option', { name: /Miejski Ośrodek Pomocy Społecznej w Będzinie/ }).click();
  await expect(dialog.getByText('W rejestrze jest 12 pracowników tej instytucji.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Wybierz wszystkich pracowników (12)' }).click();
  await expect(dialog.getByText('Wybrano 15 osób')).toBeVisible();

  // A list pasted from an e-mail: numbering and institutions after a comma are ignored.
  await dialog.getByRole('tab', { name: 'Wklej listę nazwisk' }).click();
  await dialog.getByRole('textbox', { name: 'Lista osób' }).fill(
    ['1. Zofia Wrona, PUP Będzin', '2. Lis Marek', '3. tomasz dab', '4. Anna Nowak', '5. Jan Kowalski', '6. Barbara Nieznana', '7. Adam Pominięty'].join('\n'),
  );
  await dialog.getByRole('button', { name: 'Dopasuj do rejestru' }).click();
  await expect(dialog.getByText('Dopasowano i wybrano 4 osoby.')).toBeVisible();
  const notMatched = dialog.getByRole('list', { name: 'Osoby niedopasowane' });
  await expect(notMatched).toContainText('Anna Nowak – w rejestrze jest kilka takich osób');
  await expect(notMatched).toContainText('Barbara Nieznana – brak w rejestrze');
  await expect(notMatched).toContainText('Adam Pominięty – brak w rejestrze');
  await expect(dialog.getByText('Wybrano 18 osób')).toBeVisible();
  await notMatched.getByRole('combobox', { name: 'Która to osoba: Anna Nowak?' }).click();
  await page.getByRole('option', { name: /Anna Nowak \(doradca zawodowy · Powiatowy Urząd Pracy/ }).click();
  await notMatched.getByRole('button', { name: 'Dodaj do rejestru: Barbara Nieznana' }).click();
  await notMatched.getByRole('button', { name: 'Pomiń: Adam Pominięty' }).click();
  await expect(notMatched).toContainText('Adam Pominięty – pominięto');
  await expect(dialog.getByText('Wybrano 20 osób')).toBeVisible();
  await dialog.screenshot({ path: 'docs/screenshots/participants-bulk.png' });

  await dialog.getByRole('button', { name: 'Dodaj 20 osób' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Dodano 20 osób.')).toBeVisible();
  await expect(page.getByText('Zarejestrowani: 20, obecni: 0')).toBeVisible();
  const attendance = page.getByRole('table', { name: 'Obecność' });
  for (const name of ['Ewa Kowalska', 'Leszek Pająk', 'Barbara Nieznana', 'Tomasz Dąb']) await expect(attendance.getByRole('rowheader', { name })).toBeVisible();
  await expect(attendance.getByRole('rowheader', { name: 'Adam Pominięty' })).toHaveCount(0);
  await expect(attendance.getByRole('rowheader', { name: 'Robert Zając' })).toHaveCount(0);
  const detail = await create<EventDetail>(app, 'events.get', { id: event.id });
  expect(detail.participants.find((participant) => participant.name === 'Anna Nowak')?.institutionName).toBe('Powiatowy Urząd Pracy w Będzinie');
  // Barbara is now in the register, so the next list finds her.
  const people = await create<{ firstName: string; lastName: string }[]>(app, 'people.list', { search: 'Nieznana' });
  expect(people.map((person) => `${person.firstName} ${person.lastName}`)).toEqual(['Barbara Nieznana']);
});
