/**
 * Encryption of the one secret a PC keeps in its settings file: the password of a PostgreSQL server.
 *
 * The desktop app uses Electron's safeStorage (main/electron/secretStore.ts: DPAPI on Windows, the keyring on
 * Linux). This file holds the interface and the BROWSER HARNESS'S OWN store, for `npm run serve` and the tests,
 * where there is no Electron: AES-256-GCM with a random key kept in a file of the harness (mode 0600). It is a
 * real cipher, but the key lies beside the data it protects, so it guards against a password read over a
 * shoulder or pasted from the file, not against someone who can read the folder — the app never uses it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SecretStoreKind } from '../../preload/contract/schemas/connection';

export interface SecretStore {
  readonly kind: SecretStoreKind;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
  available(): boolean;
  /** Why it is not available (shown in Ustawienia), or null. */
  unavailableReason(): string | null;
}

export const HARNESS_KEY_FILE_NAME = 'klucz-hasel-przegladarki.bin';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The harness's AES-256-GCM store; the key file is made on first use. Layout: version, IV, tag, ciphertext. */
export function createHarnessSecretStore(keyFile: string): SecretStore {
  let key: Buffer | null = null;
  const loadKey = (): Buffer => {
    if (key) return key;
    if (!fs.existsSync(keyFile)) {
      fs.mkdirSync(path.dirname(keyFile), { recursive: true });
      // 'wx': never overwrite a key another process made a moment ago (its passwords would be lost).
      try {
        fs.writeFileSync(keyFile, crypto.randomBytes(32), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    const read = fs.readFileSync(keyFile);
    if (read.length !== 32) throw new Error(`Plik klucza ${keyFile} jest uszkodzony (oczekiwano 32 bajtów). Usuń go i zapisz hasło ponownie.`);
    key = read;
    return key;
  };
  return {
    kind: 'harness-aes-256-gcm',
    available: () => true,
    unavailableReason: () => null,
    encrypt(text) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', loadKey(), iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      if (data.length < 1 + IV_BYTES + TAG_BYTES || data[0] !== VERSION) throw new Error('Zapisane hasło ma nieznany format. Zapisz hasło ponownie w Ustawieniach.');
      const iv = data.subarray(1, 1 + IV_BYTES);
      const tag = data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = crypto.createDecipheriv('aes-256-gcm', loadKey(), iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('Nie można odszyfrować zapisanego hasła (inny klucz albo zmieniony plik). Zapisz hasło ponownie w Ustawieniach.');
      }
    },
  };
}
