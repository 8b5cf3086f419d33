/**
 * Ustawienia → Baza danych tego komputera, against the real PostgreSQL server of KOOPERATOR_TEST_DATABASE_URL:
 * the form, "Sprawdź połączenie" with a wrong and the right password, saving, and a settings file that never holds
 * the password in plain text. Without the variable there is no server to connect to, and the test says so.
 */
import fs from 'node:fs';
import { readWorkstationSettings } from '../../main/config/workstationSettings';
import { connectionFieldsOf, serverChecksPasswords, TRUST_NOTE } from '../support/postgresAuth';
import { expect, test } from './support/fixtures';

const SERVER_URL = process.env.KOOPERATOR_TEST_DATABASE_URL;

test('the database of this computer: a wrong password is refused in Polish, the right one connects, the choice is saved encrypted', async ({ page, app }) => {
  test.skip(!SERVER_URL, 'KOOPERATOR_TEST_DATABASE_URL is not set: there is no PostgreSQL server to connect to (see README, "Tests on PostgreSQL").');
  const fields = connectionFieldsOf(SERVER_URL!);

  await page.goto('./#/ustawienia');
  const section = page.getByRole('region', { name: 'Baza danych tego komputera' });
  await expect(section.getByTestId('current-database')).toContainText('Teraz otwarta: SQLite');
  await expect(page.getByTestId('database-badge')).toHaveText('Baza: SQLite (ten komputer)');

  await section.getByRole('radio', { name: 'PostgreSQL – wspólny serwer biura' }).check();
  await section.getByRole('textbox', { name: 'Serwer (adres)' }).fill(fields.host);
  await section.getByRole('textbox', { name: 'Port' }).fill('');
  await section.getByRole('textbox', { name: 'Baza danych' }).fill(fields.database);
  await section.getByRole('textbox', { name: 'Użytkownik' }).fill(fields.user);

  // Checked by the contract's own rules before anything is sent.
  await section.getByRole('button', { name: 'Sprawdź połączenie' }).click();
  await expect(section.getByText('Port musi być liczbą')).toBeVisible();
  await section.getByRole('textbox', { name: 'Port' }).fill(String(fields.port));

  const password = section.getByLabel('Hasło', { exact: true });
  const checksPasswords = await serverChecksPasswords(fields);
  if (checksPasswords) {
    await section.getByRole('button', { name: 'Sprawdź połączenie' }).click();
    await expect(section.getByRole('alert')).toHaveText(`Serwer ${fields.host}:${fields.port} wymaga hasła użytkownika „${fields.user}”. Wpisz hasło.`);
  }

  // A database that is not there: the server's refusal, in words.
  await password.fill(fields.password);
  await section.getByRole('textbox', { name: 'Baza danych' }).fill('nie_ma_takiej_bazy');
  await section.getByRole('button', { name: 'Sprawdź połączenie' }).click();
  await expect(section.getByRole('alert')).toContainText(`Na serwerze ${fields.host}:${fields.port} nie ma bazy danych „nie_ma_takiej_bazy”`);
  await section.getByRole('textbox', { name: 'Baza danych' }).fill(fields.database);

  if (checksPasswords) {
    await password.fill('złe hasło');
    await section.getByRole('button', { name: 'Sprawdź połączenie' }).click();
    await expect(section.getByRole('alert')).toHaveText(`Złe hasło użytkownika „${fields.user}” (albo nie ma takiego użytkownika na serwerze ${fields.host}:${fields.port}).`);
  } else {
    test.info().annotations.push({ type: 'skipped part', description: `wrong password: ${TRUST_NOTE}` });
  }

  await password.fill(fields.password);
  await section.getByRole('button', { name: 'Sprawdź połączenie' }).click();
  await expect(section.getByRole('status')).toContainText(/^Połączono: PostgreSQL \d/);

  await section.getByRole('button', { name: 'Zapisz wybór bazy' }).click();
  await expect(section.getByRole('status')).toHaveText('Zapisano. Program połączy się z wybraną bazą po ponownym uruchomieniu.');
  await expect(password).toHaveValue('');

  // The settings file: the server, and the password only encrypted (by the harness's own key, not the app's).
  const text = fs.readFileSync(app.settingsFile, 'utf8');
  expect(text).toContain(`"user": ${JSON.stringify(fields.user)}`);
  const saved = readWorkstationSettings(app.settingsFile);
  expect(saved).toMatchObject({ userName: 'Anna Testowa', database: { engine: 'postgresql', host: fields.host, port: fields.port, database: fields.database, user: fields.user, passwordEncryptedBy: 'harness-aes-256-gcm' } });
  if (saved.database?.engine !== 'postgresql') throw new Error('expected PostgreSQL');
  if (fields.password) {
    expect(saved.database.passwordEncrypted).toBeTruthy();
    expect(saved.database.passwordEncrypted).not.toContain(fields.password);
    expect(Buffer.from(saved.database.passwordEncrypted!, 'base64').toString('latin1')).not.toContain(fields.password);
    // Everything but the user and database names (a test server's password may equal them) is free of the password.
    const others = text.replace(`"user": ${JSON.stringify(fields.user)}`, '').replace(`"database": ${JSON.stringify(fields.database)}`, '');
    expect(others).not.toContain(fields.password);
  }

  // Opened again, the form shows the server and that a password is saved, but never the password itself.
  await page.reload();
  await expect(section.getByRole('radio', { name: 'PostgreSQL – wspólny serwer biura' })).toBeChecked();
  await expect(section.getByRole('textbox', { name: 'Serwer (adres)' })).toHaveValue(fields.host);
  await expect(password).toHaveValue('');
  if (fields.password) await expect(section.getByText('Hasło jest zapisane (zaszyfrowane). Zostaw puste, aby go nie zmieniać.')).toBeVisible();
  // This start still works on the SQLite file: the choice takes effect at the next start.
  await expect(section.getByTestId('current-database')).toContainText('Teraz otwarta: SQLite');
});
