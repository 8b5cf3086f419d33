import { expect, type Page } from '@playwright/test';

/** The institutions list and form, as a user sees them (by labels and roles, never by CSS classes). */
export class InstitutionsScreens {
  constructor(private readonly page: Page) {}

  async openList() {
    await this.page.goto('./#/instytucje');
    await expect(this.page.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();
  }

  async startNew() {
    await this.page.getByRole('link', { name: 'Dodaj instytucję' }).first().click();
    await expect(this.page.getByRole('heading', { name: 'Nowa instytucja' })).toBeVisible();
  }

  async fill(fields: Record<string, string>) {
    for (const [label, value] of Object.entries(fields)) {
      await this.page.getByRole('textbox', { name: label, exact: false }).first().fill(value);
    }
  }

  async chooseType(label: string) {
    await this.page.getByRole('combobox', { name: 'Typ instytucji' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }

  /** Types into the territory picker and chooses the hit whose name is `name` (the first, when several). */
  async pickTerritory(typed: string, name: string) {
    await this.page.getByRole('combobox', { name: 'Gmina / powiat (TERYT)' }).fill(typed);
    await this.page.getByRole('option').filter({ hasText: name }).first().click();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Zapisz' }).click();
  }

  async search(text: string) {
    await this.page.getByRole('textbox', { name: 'Szukaj' }).fill(text);
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }
}
