/**
 * Photos and the event's folder as an office uses them: after a G-PZK meeting the coordinator adds a photo, gives it
 * the caption the report will print and the day it was taken, marks it for the report, and saves the event's folder
 * for an inspection — cover, attendance list, certificate register, the captioned photo (read back from the PDF).
 */
import fs from 'node:fs';
import { dispatch } from '../../main/ipc/dispatch';
import { drawnPicture } from '../../main/services/exchange/demoPhotos';
import type { ChannelName, EventDetail, Person } from '../../preload/contract';
import { pdfToText } from '../support/pdf';
import { expect, test, type TestApp } from './support/fixtures';

async function create<T>(app: TestApp, channel: ChannelName, input: object): Promise<T> {
  const result = await dispatch(app.runtime, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
  return result.value as T;
}

test('a photo added with its caption and the event’s folder downloaded', async ({ page, app }) => {
  test.setTimeout(90_000);
  const event = await create<EventDetail>(app, 'events.save', {
    title: 'Spotkanie G-PZK w Gminie Wodzisław',
    type: 'pzk_meeting',
    status: 'held',
    startsAt: '2026-03-12T10:00:00+01:00',
    endsAt: '2026-03-12T13:00:00+01:00',
    place: 'Wodzisław, sala GOPS',
    terytCode: '2613052',
  });
  const person = await create<Person>(app, 'people.save', { firstName: 'Celina', lastName: 'Żak', roles: ['representative'] });
  await create(app, 'events.addParticipants', { eventId: event.id, personIds: [person.id] });

  await page.goto(`./#/wydarzenia/${event.id}`);
  await expect(page.getByRole('heading', { name: 'Spotkanie G-PZK w Gminie Wodzisław', level: 1 })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Dodaj załącznik' }).click();
  await (await chooser).setFiles({ name: 'IMG_2041.png', mimeType: 'image/png', buffer: Buffer.from(drawnPicture(480, 320, [70, 130, 180])) });
  const attachments = page.getByRole('list', { name: 'Załączniki' });
  const card = attachments.getByRole('listitem');
  await expect(card).toContainText('IMG_2041.png');
  await expect(card).toContainText('zdjęcie');
  await expect(card.getByRole('img')).toBeVisible();

  await page.getByRole('button', { name: 'Opisz IMG_2041.png' }).click();
  const dialog = page.getByRole('dialog', { name: 'Opis załącznika' });
  await dialog.getByRole('textbox', { name: 'Podpis' }).fill('Spotkanie G-PZK w Gminie Wodzisław');
  await dialog.getByRole('textbox', { name: 'Data wykonania' }).fill('12.03.2026');
  await dialog.getByRole('checkbox', { name: 'Do sprawozdania (strona zdjęć podsumowania)' }).check();
  await dialog.getByRole('button', { name: 'Zapisz opis' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Zapisano opis załącznika „IMG_2041.png”.')).toBeVisible();
  const described = attachments.getByRole('listitem', { name: 'Spotkanie G-PZK w Gminie Wodzisław' });
  await expect(described).toContainText('zdjęcie · 12.03.2026');
  await expect(described).toContainText('do sprawozdania');
  await described.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('zdjecie-z-podpisem.png') });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Teczka wydarzenia (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('teczka wydarzenia – Spotkanie G-PZK w Gminie Wodzisław.pdf');
  const folder = new Uint8Array(fs.readFileSync(await file.path()));
  fs.writeFileSync(test.info().outputPath('teczka.pdf'), folder);
  const pages = (await pdfToText(folder)).split('\f').map((text) => text.replace(/\s+/g, ' '));
  expect(pages[0]).toContain('TECZKA WYDARZENIA');
  expect(pages[0]).toContain('Wodzisław, sala GOPS');
  expect(pages.join(' ')).toContain('LISTA OBECNOŚCI');
  expect(pages.join(' ')).toContain('Żak');
  expect(pages.join(' ')).toContain('REJESTR WYDANYCH ZAŚWIADCZEŃ');
  expect(pages.join(' ')).toContain('Spotkanie G-PZK w Gminie Wodzisław (12.03.2026 r.)');
  await expect(page.getByText('Zapisano teczkę wydarzenia „teczka wydarzenia – Spotkanie G-PZK w Gminie Wodzisław.pdf”.')).toBeVisible();
});
