/**
 * Daily use, as a new office sees it: the first-run wizard, the empty but guiding screens, the dashboard, the
 * global search (Ctrl+K), the keyboard in forms and lists, the help screen — and axe-core on every main screen.
 */
import { DateTime } from 'luxon';
import type { Page } from '@playwright/test';
import { readWorkstationSettings } from '../../main/config/workstationSettings';
import { dispatch } from '../../main/ipc/dispatch';
import type { Institution, PartnershipDetail, Person, Project } from '../../preload/contract';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test, TEST_OFFICE, type TestApp } from './support/fixtures';

async function create<T>(app: TestApp, channel: Parameters<typeof dispatch>[1], input: object): Promise<T> {
  const result = await dispatch(app.runtime, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
  return result.value as T;
}

/** Chooses an option in an autocomplete by typing part of its name. */
async function pick(page: Page, label: string, typed: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

const OFFICE = 'Regionalny Ośrodek Polityki Społecznej w Katowicach';
const OPS = 'Miejski Ośrodek Pomocy Społecznej w Będzinie';
const EVENT = 'Spotkanie inicjujące PZK w Będzinie';

test('a new office: the wizard, the empty screens that say what to do, an OPS, a PZK and an event on the dashboard, found with Ctrl+K', async ({ page, app }) => {
  test.setTimeout(120_000); // the whole first day of a new user, with axe-core on every screen
  await app.runtime.db('settings').whereIn('key', Object.keys(TEST_OFFICE)).delete();
  app.runtime.workstation.setUserName(null);

  // The wizard: the office and its voivodeship…
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Witamy w Kooperatorze', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'Pierwsze uruchomienie – biuro');
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByText('Pole „Nazwa biura (ROPS / RCPS)” jest wymagane')).toBeVisible();
  await expect(page.getByText('Wybierz województwo z listy')).toBeVisible();
  await page.getByRole('textbox', { name: 'Nazwa biura (ROPS / RCPS)' }).fill(OFFICE);
  await pick(page, 'Województwo', 'slaskie', /^śląskie$/);
  await page.getByRole('button', { name: 'Dalej' }).click();

  // …the projects, the first suggested from the voivodeship's macroregion…
  await expect(page.getByRole('heading', { name: 'Krok 2 z 3: Projekty' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nazwa projektu 1' })).toHaveValue('Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin');
  await expect(page.getByRole('combobox', { name: 'Makroregion projektu 1' })).toHaveText('Makroregion III (gminy miejskie pow. 20 tys.)');
  await page.getByRole('button', { name: 'Dodaj kolejny projekt' }).click();
  await page.getByRole('button', { name: 'Dalej' }).click();
  await expect(page.getByText('Pole „Nazwa projektu” jest wymagane')).toBeVisible();
  await page.getByRole('textbox', { name: 'Nazwa projektu 2' }).fill('Szkoła Kooperacji – wdrożenie modelu');
  await page.getByRole('combobox', { name: 'Makroregion projektu 2' }).click();
  await page.getByRole('option', { name: /^Makroregion III/ }).click();
  await expectNoSeriousViolations(page, 'Pierwsze uruchomienie – projekty');
  await page.getByRole('button', { name: 'Dalej' }).click();

  // …and the user.
  await page.getByRole('textbox', { name: 'Twoje imię i nazwisko' }).fill('Łucja Żak');
  await page.getByRole('button', { name: 'Zakończ i przejdź do pulpitu' }).click();

  // The dashboard of an empty register: first steps, each a link.
  await expect(page.getByRole('heading', { name: `Pulpit – ${OFFICE}`, level: 1 })).toBeVisible();
  await expect(page.getByText('Dzień dobry, Łucja Żak.')).toBeVisible();
  const steps = page.getByRole('list', { name: 'Pierwsze kroki' });
  await expect(steps.getByRole('link', { name: /Dodaj projekt/ })).toContainText('1.');
  await expect(steps.getByRole('link', { name: /Dodaj projekt/ }).getByRole('img', { name: 'zrobione' })).toBeVisible();
  await expect(steps.getByRole('link', { name: /Dodaj instytucje/ }).getByRole('img', { name: 'zrobione' })).toHaveCount(0);
  // Two projects exist, no partnership yet: neither "the register is empty" nor "every partnership met".
  await expect(page.getByRole('region', { name: 'Ostatnie zmiany' })).toContainText('Nie zmieniono jeszcze żadnej instytucji, osoby, partnerstwa, porozumienia ani wydarzenia.');
  await expect(page.getByRole('region', { name: 'Partnerstwa bez spotkania od 30 dni' })).toContainText('Nie ma jeszcze żadnego partnerstwa.');
  await expect(page.getByText('rejestr jest pusty')).toHaveCount(0);
  await expect(page.getByText('Każde działające partnerstwo')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'Pulpit (pusty)');
  // The office in the shared database, the user in this PC's own settings file.
  expect(await app.runtime.db('settings').whereIn('key', [...Object.keys(TEST_OFFICE), 'user.name']).orderBy('key').select('key', 'value')).toEqual([
    { key: 'office.name', value: OFFICE },
    { key: 'office.voivodeshipTeryt', value: '24' },
  ]);
  expect(readWorkstationSettings(app.settingsFile).userName).toBe('Łucja Żak');
  expect((await app.runtime.db('projects').orderBy('name').select('name', 'macroregion', 'gmina_kind')).map((p) => [p.name, p.macroregion, p.gmina_kind])).toEqual([
    ['Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin', 'III', 'urban'],
    ['Szkoła Kooperacji – wdrożenie modelu', 'III', 'urban'],
  ]);

  // The empty institutions list says what to do first; its button opens the form. Ctrl+S saves it.
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Instytucje' }).click();
  await expect(page.getByText('Brak instytucji. Dodaj pierwszą instytucję')).toBeVisible();
  await expectNoSeriousViolations(page, 'Instytucje – pusta lista');
  await page.getByRole('alert').getByRole('link', { name: 'Dodaj instytucję' }).click();
  await expect(page.getByRole('heading', { name: 'Nowa instytucja', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nazwa', exact: true }).fill(OPS);
  await page.getByRole('combobox', { name: 'Typ instytucji' }).click();
  await page.getByRole('option', { name: 'Ośrodek pomocy społecznej (MOPS/GOPS/OPS)' }).click();
  await pick(page, 'Gmina / powiat (TERYT)', 'bedzin', /^Będzin gmina miejska/);
  await expectNoSeriousViolations(page, 'Instytucje – formularz');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: OPS })).toBeVisible();
  // The change log names the user given in the wizard.
  expect(await app.runtime.db('audit_log').where({ table_name: 'institutions', action: 'create' }).pluck('user_name')).toEqual(['Łucja Żak']);
  await expectNoSeriousViolations(page, 'Instytucje – lista');

  // The empty partnerships list leads to the first PZK, led by that OPS, in the first project.
  await nav.getByRole('link', { name: 'Partnerstwa' }).click();
  await expect(page.getByText('Brak partnerstw. Utwórz pierwszy Partnerski Zespół Kooperacyjny')).toBeVisible();
  await expectNoSeriousViolations(page, 'Partnerstwa – pusta lista');
  await page.getByRole('alert').getByRole('link', { name: 'Nowe partnerstwo' }).click();
  await page.getByRole('textbox', { name: 'Nazwa' }).fill('PZK Będzin');
  await pick(page, 'Gmina / powiat (TERYT)', 'bedzin', /^Będzin gmina miejska/);
  await pick(page, 'Lider (OPS)', 'osrodek', OPS);
  await page.getByRole('combobox', { name: 'Projekt' }).click();
  await page.getByRole('option', { name: /^Kooperacje 3D/ }).click();
  await expectNoSeriousViolations(page, 'Partnerstwa – formularz');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'PZK Będzin', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'Partnerstwo – karta');

  // The empty events list leads to the first meeting of the PZK, today; Ctrl+S saves it.
  await nav.getByRole('link', { name: 'Wydarzenia' }).click();
  await expect(page.getByText('Brak wydarzeń. Zaplanuj pierwsze wydarzenie')).toBeVisible();
  await expectNoSeriousViolations(page, 'Wydarzenia – pusta lista');
  await page.getByRole('alert').getByRole('link', { name: 'Nowe wydarzenie' }).click();
  await expect(page.getByRole('heading', { name: 'Nowe wydarzenie', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Tytuł' }).fill(EVENT);
  await page.getByRole('combobox', { name: 'Rodzaj' }).click();
  await page.getByRole('option', { name: 'Spotkanie inicjujące PZK' }).click();
  await page.getByLabel('Data rozpoczęcia').fill(DateTime.now().setZone('Europe/Warsaw').toISODate()!);
  await page.getByLabel('Godzina rozpoczęcia').fill('09:00');
  await page.getByLabel('Godzina zakończenia').fill('11:00');
  await page.getByRole('textbox', { name: 'Miejsce' }).fill('Urząd Miejski w Będzinie, sala sesyjna');
  await page.getByRole('combobox', { name: 'Partnerstwo' }).click();
  await page.getByRole('option', { name: 'PZK Będzin' }).click();
  await expectNoSeriousViolations(page, 'Wydarzenia – formularz');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { name: EVENT, level: 1 })).toBeVisible();
  const event = { id: new URL(page.url()).hash.split('/').pop()! };
  expect(await app.runtime.db('events').where({ id: event.id }).first('title', 'type', 'status', 'partnership_id')).toEqual({ title: EVENT, type: 'pzk_initiating_meeting', status: 'planned', partnership_id: expect.any(String) });
  await expectNoSeriousViolations(page, 'Wydarzenie – karta');

  // The dashboard shows this week's meeting, links to it, and names the PZK as not having met yet.
  await nav.getByRole('link', { name: 'Pulpit' }).click();
  const week = page.getByRole('region', { name: /^Ten tydzień/ });
  await expect(week.getByRole('link', { name: new RegExp(EVENT) })).toHaveAttribute('href', `#/wydarzenia/${event.id}`);
  await expect(week.getByRole('link', { name: new RegExp(EVENT) })).toContainText('9:00–11:00 · Spotkanie inicjujące PZK · PZK Będzin');
  await expect(page.getByRole('region', { name: 'Partnerstwa bez spotkania od 30 dni' })).toContainText('PZK Będzin');
  await expect(page.getByRole('region', { name: 'Ostatnie zmiany' }).getByRole('link').first()).toContainText(EVENT);
  await expect(steps.getByRole('link', { name: /Dodaj instytucje/ }).getByRole('img', { name: 'zrobione' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Pulpit');
  await page.screenshot({ path: 'docs/screenshots/pulpit.png', fullPage: true });

  // Ctrl+K, typed without Polish letters: grouped results; the arrows choose, Enter opens.
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Szukaj wszędzie' });
  await search.getByRole('combobox', { name: 'Szukaj instytucji, osób, partnerstw, wydarzeń i porozumień' }).fill('bedzin');
  const results = search.getByRole('listbox', { name: 'Wyniki wyszukiwania' });
  await expect(results.getByRole('group', { name: 'Instytucje' }).getByRole('option')).toHaveText([new RegExp(OPS)]);
  await expect(results.getByRole('group', { name: 'Partnerstwa' }).getByRole('option')).toHaveText([/PZK Będzin/]);
  await expect(results.getByRole('group', { name: 'Wydarzenia' }).getByRole('option')).toHaveText([new RegExp(EVENT)]);
  await expect(results.getByRole('option', { selected: true })).toContainText(OPS);
  await expectNoSeriousViolations(page, 'Wyszukiwanie');
  await page.screenshot({ path: 'docs/screenshots/wyszukiwanie.png' });
  await search.getByRole('combobox').fill('spotkanie inicjujace');
  await expect(results.getByRole('option')).toHaveText([new RegExp(EVENT)]);
  await search.getByRole('combobox').fill('bedzin');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('option', { selected: true })).toContainText(EVENT);
  await page.keyboard.press('Enter');
  await expect(search).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/wydarzenia/${event.id}$`));

  // The search button in the app bar opens it too; Esc closes it.
  await page.getByRole('button', { name: 'Szukaj wszędzie (Ctrl+K)' }).click();
  await expect(search).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
});

test('Ctrl+K finds a PZK by its town typed without Polish letters, although its name has the town in the locative', async ({ page, app }) => {
  const ZORY = '2479011';
  const mops = await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej', type: 'ops', terytCode: ZORY });
  const pzk = await create<PartnershipDetail>(app, 'partnerships.save', { kind: 'pzk', name: 'PZK w Żorach', terytCode: ZORY, leaderInstitutionId: mops.id });
  await create<PartnershipDetail>(app, 'partnerships.save', { kind: 'pzk', name: 'PZK w Rybniku', terytCode: '2473011', leaderInstitutionId: mops.id });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Szukaj wszędzie' });
  await search.getByRole('combobox', { name: 'Szukaj instytucji, osób, partnerstw, wydarzeń i porozumień' }).fill('zory');
  const results = search.getByRole('listbox', { name: 'Wyniki wyszukiwania' });
  await expect(results.getByRole('group', { name: 'Partnerstwa' }).getByRole('option')).toHaveText([/PZK w Żorach/]);
  await expect(results.getByRole('group', { name: 'Instytucje' }).getByRole('option')).toHaveText([/Miejski Ośrodek Pomocy Społecznej/]);
  await results.getByRole('option', { name: /PZK w Żorach/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/partnerstwa/${pzk.id}$`));

  // The partnerships list's own search finds it the same way, by the powiat's name too.
  await page.goto('./#/partnerstwa');
  await page.getByRole('textbox', { name: 'Szukaj', exact: true }).fill('Żorach');
  await expect(page.getByRole('gridcell', { name: 'PZK w Żorach' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'PZK w Rybniku' })).toBeHidden();
});

test('a new PC of an office already set up asks who works at it, refuses an empty name and signs the change log with the one given', async ({ page, app }) => {
  // The office is in the (shared) database, but this PC's settings file names nobody.
  app.runtime.workstation.setUserName(null);
  expect(readWorkstationSettings(app.settingsFile).userName).toBeNull();

  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Kto pracuje przy tym komputerze?', level: 1 })).toBeVisible();
  await expect(page.getByText(`Biuro „${TEST_OFFICE['office.name']}” jest już skonfigurowane.`)).toBeVisible();
  await expectNoSeriousViolations(page, 'Nowy komputer – użytkownik');

  // Nothing typed, or only spaces: refused under the field, and nothing is written.
  const save = page.getByRole('button', { name: 'Zapisz i przejdź dalej' });
  const field = page.getByRole('textbox', { name: 'Twoje imię i nazwisko' });
  await save.click();
  await expect(page.getByText('Pole „Imię i nazwisko” jest wymagane')).toBeVisible();
  await field.fill('   ');
  await save.click();
  await expect(page.getByText('Pole „Imię i nazwisko” jest wymagane')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kto pracuje przy tym komputerze?', level: 1 })).toBeVisible();
  expect(readWorkstationSettings(app.settingsFile).userName).toBeNull();

  // A name with Polish letters opens the dashboard, which greets its owner.
  await field.fill('Żaneta Łęcka-Ściborska');
  await save.click();
  await expect(page.getByRole('heading', { name: `Pulpit – ${TEST_OFFICE['office.name']}`, level: 1 })).toBeVisible();
  await expect(page.getByText('Dzień dobry, Żaneta Łęcka-Ściborska.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kto pracuje przy tym komputerze?' })).toHaveCount(0);

  // The name is this PC's: in its own settings file, not in the shared database, and it signs the change log.
  expect(readWorkstationSettings(app.settingsFile).userName).toBe('Żaneta Łęcka-Ściborska');
  expect(await app.runtime.db('settings').where({ key: 'user.name' }).first()).toBeUndefined();
  await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', type: 'ops', terytCode: '2401011' });
  expect(await app.runtime.db('audit_log').where({ table_name: 'institutions', action: 'create' }).pluck('user_name')).toEqual(['Żaneta Łęcka-Ściborska']);

  // Opened again, the PC remembers it: the question does not come back.
  await page.reload();
  await expect(page.getByRole('heading', { name: `Pulpit – ${TEST_OFFICE['office.name']}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kto pracuje przy tym komputerze?' })).toHaveCount(0);
});

test('forms save with Ctrl+S and cancel with Esc, ask before unsaved changes are lost; Enter opens the focused row', async ({ page, app }) => {
  await create<Institution>(app, 'institutions.save', { name: 'Powiatowe Centrum Pomocy Rodzinie w Będzinie', type: 'pcpr', terytCode: '2401' });
  await page.goto('./#/instytucje/nowa');
  const name = page.getByRole('textbox', { name: 'Nazwa', exact: true });
  await name.fill('Gminny Ośrodek Pomocy Społecznej w Ożarowicach');

  // Esc with a change: asked first; staying keeps the text.
  await page.keyboard.press('Escape');
  const leave = page.getByRole('dialog', { name: 'Opuścić formularz bez zapisywania?' });
  await expect(leave).toContainText('Wprowadzone zmiany nie zostały zapisane');
  await expectNoSeriousViolations(page, 'Niezapisane zmiany');
  await leave.getByRole('button', { name: 'Anuluj' }).click();
  await expect(leave).toBeHidden();
  await expect(name).toHaveValue('Gminny Ośrodek Pomocy Społecznej w Ożarowicach');

  // Leaving through the navigation asks too; discarding goes there.
  await page.getByRole('navigation').getByRole('link', { name: 'Osoby' }).click();
  await leave.getByRole('button', { name: 'Porzuć zmiany' }).click();
  await expect(page.getByRole('heading', { name: 'Osoby', level: 1 })).toBeVisible();

  // Ctrl+S checks like the Save button does.
  await page.goto('./#/instytucje/nowa');
  await name.fill('Gminny Ośrodek Pomocy Społecznej w Ożarowicach');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Wybierz typ instytucji z listy')).toBeVisible();
  await page.getByRole('combobox', { name: 'Typ instytucji' }).click();
  await page.getByRole('option', { name: 'Ośrodek pomocy społecznej (MOPS/GOPS/OPS)' }).click();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();

  // In the list the arrows move between rows and Enter opens the focused one; an unchanged form closes with Esc at once.
  await page.getByRole('columnheader', { name: 'Nazwa', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('gridcell', { name: 'Powiatowe Centrum Pomocy Rodzinie w Będzinie' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edycja instytucji', level: 1 })).toBeVisible();
  await expect(name).toHaveValue('Powiatowe Centrum Pomocy Rodzinie w Będzinie');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();

  // F1 and the help icon show the shortcuts.
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { name: 'Pomoc: skróty klawiszowe', level: 1 })).toBeVisible();
  const app_ = page.getByRole('table', { name: 'W całej aplikacji' });
  for (const keys of ['Ctrl+K', 'Ctrl+S', 'Esc']) await expect(app_.getByRole('row').filter({ hasText: keys.replace('+', ' + ') }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Menu aplikacji na komputerze' }).getByRole('row').filter({ hasText: 'Utwórz kopię zapasową teraz' })).toContainText('Ctrl + Shift + B');
  await expectNoSeriousViolations(page, 'Pomoc');
  await page.getByRole('navigation').getByRole('link', { name: 'Instytucje' }).click();
  await page.getByRole('link', { name: 'Pomoc i skróty klawiszowe (F1)' }).click();
  await expect(page.getByRole('heading', { name: 'Pomoc: skróty klawiszowe', level: 1 })).toBeVisible();
});

test('axe-core finds no serious or critical problem on any main screen, filled with data', async ({ page, app }) => {
  test.setTimeout(120_000);
  const project = await create<Project>(app, 'projects.save', {
    name: 'Kooperacje 3D',
    macroregion: 'III',
    indicators: [
      { code: 'W-PZK', name: 'Liczba utworzonych PZK', unit: 'szt.', target: 15, measure: { kind: 'partnerships', partnershipKinds: ['pzk', 'gpzk'], state: 'formed' } },
      { code: 'W-COA', name: 'Godziny coachingu indywidualnego', unit: 'godz.', target: 1200, measure: { kind: 'hours', eventTypes: ['coaching'], hourUnit: 'clock_equivalent', mode: 'individual' } },
    ],
  });
  const ops = await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', type: 'ops', terytCode: '2401011', city: 'Będzin', nip: '644-106-75-16' });
  const person = await create<Person>(app, 'people.save', { firstName: 'Ewa', lastName: 'Ślązak', institutionId: ops.id, roles: ['social_worker'] });
  const pzk = await create<PartnershipDetail>(app, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', projectId: project.id, terytCode: '2401011', leaderInstitutionId: ops.id, formalisedOn: '2026-01-15' });
  const coaching = await create<{ id: string }>(app, 'events.save', { title: 'Coaching indywidualny', type: 'coaching', mode: 'individual', status: 'held', hours: 2, hourUnit: 'clock', projectId: project.id, startsAt: '2026-01-20T09:00:00+01:00', endsAt: '2026-01-20T11:00:00+01:00' });
  const agreement = await create<{ id: string }>(app, 'agreements.save', {
    number: 'POR/2026/1',
    status: 'sent',
    projectId: project.id,
    parties: [
      { kind: 'voivodeship', terytCode: '24', name: 'Województwo Śląskie' },
      { kind: 'gmina', terytCode: '2401011', name: 'Gmina Będzin' },
    ],
  });

  const screens: [string, string, RegExp | string][] = [
    ['Pulpit', '#/pulpit', `Pulpit – ${TEST_OFFICE['office.name']}`],
    ['Terytorium', '#/terytorium', 'Terytorium'],
    ['Instytucje', '#/instytucje', 'Instytucje'],
    ['Instytucja', `#/instytucje/${ops.id}`, 'Edycja instytucji'],
    ['Osoby', '#/osoby', 'Osoby'],
    ['Osoba', `#/osoby/${person.id}`, 'Edycja danych osoby'],
    ['Partnerstwa', '#/partnerstwa', 'Partnerstwa'],
    ['Partnerstwo', `#/partnerstwa/${pzk.id}`, 'PZK Będzin'],
    ['Partnerstwo – edycja', `#/partnerstwa/${pzk.id}/edycja`, 'Edycja partnerstwa'],
    ['Porozumienia', '#/porozumienia', 'Porozumienia'],
    ['Porozumienie', `#/porozumienia/${agreement.id}`, /Porozumienie nr POR\/2026\/1/],
    ['Projekty', '#/projekty', 'Projekty'],
    ['Projekt', `#/projekty/${project.id}`, 'Edycja projektu'],
    ['Wydarzenia', '#/wydarzenia', 'Wydarzenia'],
    ['Wydarzenie', `#/wydarzenia/${coaching.id}`, 'Coaching indywidualny'],
    ['Wydarzenie – edycja', `#/wydarzenia/${coaching.id}/edycja`, 'Edycja wydarzenia'],
    ['Kalendarz', '#/kalendarz', 'Kalendarz'],
    ['Raporty', '#/raporty', 'Raporty'],
    ['Ustawienia', '#/ustawienia', 'Ustawienia'],
    ['Pomoc', '#/pomoc', 'Pomoc: skróty klawiszowe'],
  ];
  for (const [screen, hash, heading] of screens) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByText('Wczytywanie…')).toHaveCount(0);
    await expectNoSeriousViolations(page, screen);
  }
  await page.goto('./#/pulpit');
  await expect(page.getByRole('progressbar', { name: 'W-COA: 0% celu' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'W-PZK' })).toContainText('1 szt.');
});

test('an event still planned after its end is listed "do rozliczenia" and settled from the dashboard: one held, one cancelled with its reason', async ({ page, app }) => {
  const past = (title: string, day: string) =>
    create<{ id: string }>(app, 'events.save', { title, type: 'workshop', status: 'planned', startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T13:00:00+01:00`, hours: 4 });
  const held = await past('Warsztat w Będzinie', '2026-01-13');
  const cancelled = await past('Warsztat w Czeladzi', '2026-01-20');
  await page.goto('./#/');
  const section = page.getByRole('region', { name: 'Do rozliczenia: 2 wydarzenia' });
  await expect(section).toContainText('nadal mają status „planowane”');
  await section.getByRole('button', { name: 'Oznacz „Warsztat w Będzinie” jako odbyte' }).click();
  await expect(page.getByRole('region', { name: 'Do rozliczenia: 1 wydarzenie' })).toBeVisible();

  await page.getByRole('button', { name: 'Oznacz „Warsztat w Czeladzi” jako odwołane' }).click();
  const dialog = page.getByRole('dialog', { name: 'Odwołane wydarzenie' });
  await dialog.getByRole('button', { name: 'Oznacz jako odwołane' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Powód odwołania' })).toHaveAccessibleDescription('Podaj powód odwołania');
  await dialog.getByRole('textbox', { name: 'Powód odwołania' }).fill('brak zgłoszeń');
  await dialog.getByRole('button', { name: 'Oznacz jako odwołane' }).click();
  await expect(page.getByRole('region', { name: /Do rozliczenia/ })).toHaveCount(0);
  expect(await app.runtime.db('events').whereIn('id', [held.id, cancelled.id]).orderBy('title').select('title', 'status', 'cancellation_reason')).toEqual([
    { title: 'Warsztat w Będzinie', status: 'held', cancellation_reason: null },
    { title: 'Warsztat w Czeladzi', status: 'cancelled', cancellation_reason: 'brak zgłoszeń' },
  ]);
});
