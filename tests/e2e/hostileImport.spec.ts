import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './support/fixtures';

test('importing an XLSX with merged cells and #DIV/0!: each shown with its cell address, nothing imported', async ({ page, app }) => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Stara lista', { state: 'hidden' }).addRow(['Nazwa', 'Typ']);
  const sheet = workbook.addWorksheet('Instytucje');
  sheet.addRow(['Nazwa', 'Typ', 'Miejscowość', 'E-mail']);
  sheet.addRow(['Miejski Ośrodek Pomocy Społecznej w Żorach', 'MOPS', 'Żory', 'sekretariat@mops.zory.pl']);
  sheet.addRow(['Gminny Ośrodek Pomocy Społecznej w Suszcu', 'GOPS', { formula: '1/0', result: { error: '#DIV/0!' } }, 'gops@suszec.pl']);
  sheet.mergeCells('B2:B3');
  const file = path.join(app.dir, 'instytucje scalone.xlsx');
  fs.writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));

  await page.goto('./#/instytucje');
  await page.getByRole('button', { name: 'Importuj z pliku' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import z pliku XLSX lub CSV' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('Odczytano wierszy: 2')).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: 'Komórki B2:B3 są scalone' })).toContainText('Typ');
  await expect(dialog.getByRole('row').filter({ hasText: 'Komórka C3 zawiera błąd Excela #DIV/0!' })).toContainText('Miejscowość');
  // The range's other cell (B3) is not reported again as a missing type: the range is the one thing to fix there.
  await expect(dialog.getByText('Błędy do poprawienia: 2.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Importuj', exact: true })).toBeDisabled();
});
