import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AgreementListItem } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { addDays, localToday } from '../../main/services/agreements';
import { docxToText, pdfToText } from '../support/pdf';
import { unwrap } from '../support/results';
import { expect, test, type TestApp } from './support/fixtures';

const REPRESENTATIVES = [
  ['Grzegorz Żółtek', 'Marszałek Województwa Śląskiego', 'ul. Ligonia 46, 40-037 Katowice'],
  ['Łucja Pięta', 'Prezydent Miasta Będzina', 'ul. 11 Listopada 20, 42-500 Będzin'],
  ['Jerzy Ślęzak', 'Starosta Będziński', 'ul. Jana Sączewskiego 6, 42-500 Będzin'],
] as const;

const SECOND_BOARD_MEMBER = ['Halina Wróbel-Żak', 'Członek Zarządu Powiatu'] as const;

/** 2025-03-14 → 14.03.2025, as the lists show dates. */
const shown = (day: string) => day.split('-').reverse().join('.');

const party = (page: Page, index: number) => page.getByRole('group', { name: `Strona ${index}`, exact: true });

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an agreement for gmina Będzin: suggested parties, representatives, printed to PDF, the signed scan attached', async ({ page, app }) => {
  test.setTimeout(90_000); // a long user journey with a PDF print
  await page.goto('./#/porozumienia');
  await expect(page.getByText('Brak porozumień. Dodaj pierwsze porozumienie')).toBeVisible();
  await page.getByRole('link', { name: 'Nowe porozumienie' }).first().click();
  await expect(page.getByRole('heading', { name: 'Nowe porozumienie', level: 1 })).toBeVisible();

  await page.getByRole('textbox', { name: 'Numer porozumienia' }).fill('POR/2025/07');
  await chooseOption(page, 'Status', 'podpisane');
  await page.getByRole('textbox', { name: 'Przedmiot porozumienia' }).fill('współpraca przy wdrażaniu Modelu kooperacji w gminie Będzin');
  await page.getByLabel('Data sporządzenia').fill('2025-03-03');
  await page.getByLabel('Data podpisania').fill('2025-03-14');
  await page.getByLabel('Obowiązuje do').fill('2026-12-31');

  // The usual parties for a gmina in a land county: voivodeship, gmina, powiat.
  await page.getByRole('button', { name: 'Podpowiedz strony dla gminy…' }).click();
  const suggest = page.getByRole('dialog', { name: 'Podpowiedź stron porozumienia' });
  await suggest.getByRole('combobox', { name: 'Gmina', exact: true }).fill('bedzin');
  await page.getByRole('option', { name: /^Będzin gmina miejska/ }).click();
  await suggest.getByRole('button', { name: 'Wpisz strony' }).click();
  await expect(suggest).toBeHidden();
  await expect(party(page, 1).getByRole('textbox', { name: 'Nazwa strony (jak w dokumencie)' })).toHaveValue('Województwo Śląskie');
  await expect(party(page, 2).getByRole('textbox', { name: 'Nazwa strony (jak w dokumencie)' })).toHaveValue('Gmina Będzin');
  await expect(party(page, 3).getByRole('textbox', { name: 'Nazwa strony (jak w dokumencie)' })).toHaveValue('Powiat Będziński');
  await expect(party(page, 3).getByRole('combobox', { name: 'Powiat', exact: true })).toHaveValue('będziński');
  await expect(party(page, 4)).toHaveCount(0);

  // Who signs for each party; the powiat through two members of its board, each on a signature line of their own.
  for (const [index, [name, role, address]] of REPRESENTATIVES.entries()) {
    const group = party(page, index + 1);
    await group.getByRole('textbox', { name: 'Adres', exact: true }).fill(address);
    await expect(group.getByText('Nie wpisano reprezentantów')).toBeVisible();
    await group.getByRole('button', { name: 'Dodaj reprezentanta' }).click();
    await group.getByRole('textbox', { name: 'Reprezentant 1 – imię i nazwisko' }).fill(name);
    await group.getByRole('textbox', { name: 'Reprezentant 1 – funkcja' }).fill(role);
  }
  const powiat = party(page, 3);
  await powiat.getByRole('button', { name: 'Dodaj reprezentanta' }).click();
  await powiat.getByRole('textbox', { name: 'Reprezentant 2 – funkcja' }).fill(SECOND_BOARD_MEMBER[1]);
  await page.getByRole('button', { name: 'Zapisz' }).click();
  // A person without a name is pointed out at the field; the agreement is not saved yet.
  await expect(powiat.getByRole('textbox', { name: 'Reprezentant 2 – imię i nazwisko' })).toHaveAccessibleDescription('Pole „Imię i nazwisko reprezentanta” jest wymagane');
  await powiat.getByRole('textbox', { name: 'Reprezentant 2 – imię i nazwisko' }).fill(SECOND_BOARD_MEMBER[0]);
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Zapisano porozumienie.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Porozumienie nr POR/2025/07', level: 1 })).toBeVisible();

  // In the list, with its parties, status and dates.
  await page.getByRole('link', { name: 'Porozumienia', exact: true }).first().click();
  const row = page.getByRole('row').filter({ hasText: 'POR/2025/07' });
  await expect(row).toContainText('Województwo Śląskie, Gmina Będzin, Powiat Będziński');
  await expect(row).toContainText('podpisane');
  await expect(row).toContainText('14.03.2025');
  await expect(row).toContainText('31.12.2026');
  await expect(page.getByText('1 porozumienie', { exact: true })).toBeVisible();
  await row.getByRole('gridcell', { name: 'POR/2025/07' }).click();
  await expect(page.getByRole('heading', { name: 'Porozumienie nr POR/2025/07', level: 1 })).toBeVisible();
  await expect(party(page, 3).getByRole('textbox', { name: 'Reprezentant 2 – imię i nazwisko' })).toHaveValue(SECOND_BOARD_MEMBER[0]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Drukuj PDF' }).click();
  const file = path.join(app.dir, (await download).suggestedFilename());
  expect(path.extname(file)).toBe('.pdf');
  await (await download).saveAs(file);
  const text = (await pdfToText(new Uint8Array(fs.readFileSync(file)))).replace(/\s+/g, ' ');
  expect(text).toContain('POROZUMIENIE O WSPÓŁPRACY nr POR/2025/07');
  expect(text).toContain('zawarte w dniu 14 marca 2025 r.');
  for (const [name, role] of [...REPRESENTATIVES, SECOND_BOARD_MEMBER]) expect(text).toContain(`(podpis) ${name} – ${role}`);

  // The same in DOCX, black and white.
  await page.getByRole('checkbox', { name: 'czarno-biały (logo bez barw RP)' }).check();
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Drukuj DOCX' }).click();
  expect((await docx).suggestedFilename()).toMatch(/\.docx$/);
  const docxText = await docxToText(new Uint8Array(fs.readFileSync((await (await docx).path())!)));
  expect(docxText).toContain('Gmina Będzin');
  expect(docxText).toContain(REPRESENTATIVES[2][0]);

  // The signed scan: attached under a Polish name, shown, downloadable.
  const scanName = 'skan porozumienia – Będzin, podpisy.pdf';
  const scan = path.join(app.dir, scanName);
  fs.writeFileSync(scan, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await expect(page.getByText('Nie dołączono jeszcze skanu podpisanego porozumienia.')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Dołącz skan podpisanego porozumienia' }).click();
  await (await chooser).setFiles(scan);
  await expect(page.getByText(scanName, { exact: true })).toBeVisible();
  await expect(page.getByText(`Dołączono skan „${scanName}”.`)).toBeVisible();
  const scanDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz skan' }).click();
  expect((await scanDownload).suggestedFilename()).toBe(scanName);

  await page.getByRole('link', { name: 'Porozumienia', exact: true }).first().click();
  await expect(page.getByRole('row').filter({ hasText: 'POR/2025/07' }).getByRole('img', { name: 'skan dołączony' })).toBeVisible();
});

test('a new user prints a draft agreement for Gmina Będzin for signature: a blank date line, and the draft stays a draft', async ({ page, app }) => {
  test.setTimeout(60_000); // a PDF print
  await page.goto('./#/porozumienia');
  await page.getByRole('link', { name: 'Nowe porozumienie' }).first().click();
  await page.getByRole('textbox', { name: 'Numer porozumienia' }).fill('KP3D/16');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveText('projekt');
  await page.getByRole('button', { name: 'Podpowiedz strony dla gminy…' }).click();
  const suggest = page.getByRole('dialog', { name: 'Podpowiedź stron porozumienia' });
  await suggest.getByRole('combobox', { name: 'Gmina', exact: true }).fill('bedzin');
  await page.getByRole('option', { name: /^Będzin gmina miejska/ }).click();
  await suggest.getByRole('button', { name: 'Wpisz strony' }).click();
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Zapisano porozumienie.')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Drukuj PDF' }).click();
  const file = path.join(app.dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  const text = (await pdfToText(new Uint8Array(fs.readFileSync(file)))).replace(/\s+/g, ' ');
  expect(text).toMatch(/zawarte w dniu …{10,} r\. pomiędzy następującymi Stronami/);
  expect(text).toContain('Gmina Będzin');
  expect(text.match(/\(podpis\)/g)).toHaveLength(3);
  expect(text).not.toMatch(/\{\{|Brak danych/);

  // Printing changed nothing: still a draft, the same version.
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveText('projekt');
  const list = unwrap<AgreementListItem[]>(await dispatch(app.runtime, 'agreements.list', {}));
  expect(list).toMatchObject([{ number: 'KP3D/16', status: 'draft', signedOn: null, version: 1 }]);
});

async function signedAgreement(app: TestApp, number: string, gmina: [string, string], validUntil: string) {
  const result = await dispatch(app.runtime, 'agreements.save', {
    number,
    status: 'signed',
    signedOn: addDays(localToday(), -200),
    validUntil,
    parties: [
      { kind: 'voivodeship', terytCode: '24', name: 'Województwo Śląskie' },
      { kind: 'gmina', terytCode: gmina[0], name: gmina[1] },
    ],
  });
  if (!result.ok) throw new Error(result.error.message);
}

test('the list filter "wygasa w ciągu 30 dni" shows agreements ending soon and hides later ones', async ({ page, app }) => {
  const soon = addDays(localToday(), 10);
  const later = addDays(localToday(), 100);
  await signedAgreement(app, 'POR/1/Żory', ['2479011', 'Gmina Miasto Żory'], soon);
  await signedAgreement(app, 'POR/2/Będzin', ['2401011', 'Gmina Będzin'], later);

  await page.goto('./#/porozumienia');
  const zory = page.getByRole('row').filter({ hasText: 'POR/1/Żory' });
  const bedzin = page.getByRole('row').filter({ hasText: 'POR/2/Będzin' });
  await expect(zory).toContainText(shown(soon));
  await expect(bedzin).toContainText(shown(later));
  await expect(page.getByText('2 porozumienia', { exact: true })).toBeVisible();

  const expiring = page.getByRole('button', { name: 'wygasa w ciągu 30 dni' });
  await expiring.click();
  await expect(expiring).toHaveAttribute('aria-pressed', 'true');
  await expect(bedzin).toBeHidden();
  await expect(zory).toBeVisible();
  await expect(page.getByText('1 porozumienie', { exact: true })).toBeVisible();

  await expiring.click();
  await expect(bedzin).toBeVisible();
});
