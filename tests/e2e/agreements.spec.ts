import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import { addDays, localToday } from '../../main/services/agreements';
import { docxToText, pdfToText } from '../support/pdf';
import { expect, test, type TestApp } from './support/fixtures';

const REPRESENTATIVES = [
  ['Grzegorz Żółtek', 'Marszałek Województwa Śląskiego', 'ul. Ligonia 46, 40-037 Katowice'],
  ['Łucja Pięta', 'Prezydent Miasta Będzina', 'ul. 11 Listopada 20, 42-500 Będzin'],
  ['Jerzy Ślęzak', 'Starosta Będziński', 'ul. Jana Sączewskiego 6, 42-500 Będzin'],
] as const;

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

  // Two representatives first: the third one's absence shows under its field when printing.
  for (const [index, [name, role, address]] of REPRESENTATIVES.entries()) {
    const group = party(page, index + 1);
    await group.getByRole('textbox', { name: 'Adres', exact: true }).fill(address);
    await group.getByRole('textbox', { name: 'Funkcja reprezentanta' }).fill(role);
    if (index < 2) await group.getByRole('textbox', { name: 'Reprezentant', exact: true }).fill(name);
  }
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

  await page.getByRole('button', { name: 'Drukuj PDF' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Brak danych do wydruku' })).toBeVisible();
  const third = party(page, 3).getByRole('textbox', { name: 'Reprezentant', exact: true });
  await expect(third).toHaveAccessibleDescription(/Brak wartości/);
  await third.fill(REPRESENTATIVES[2][0]);
  await expect(page.getByRole('button', { name: 'Drukuj PDF' })).toBeDisabled(); // unsaved: the print would be stale
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Zapisano porozumienie.')).toBeVisible();
  await expect(party(page, 3).getByRole('textbox', { name: 'Reprezentant', exact: true })).toHaveValue(REPRESENTATIVES[2][0]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Drukuj PDF' }).click();
  const file = path.join(app.dir, (await download).suggestedFilename());
  expect(path.extname(file)).toBe('.pdf');
  await (await download).saveAs(file);
  const text = (await pdfToText(new Uint8Array(fs.readFileSync(file)))).replace(/\s+/g, ' ');
  expect(text).toContain('POROZUMIENIE O WSPÓŁPRACY nr POR/2025/07');
  expect(text).toContain('Będzin');
  for (const [name, role] of REPRESENTATIVES) expect(text).toContain(`${name} – ${role}`);

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
