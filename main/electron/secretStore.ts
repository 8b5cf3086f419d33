/**
 * The app's SecretStore: Electron's safeStorage (DPAPI on Windows, the system keyring on Linux, the Keychain on
 * macOS). Where it cannot encrypt (Linux without a keyring), saving a password is refused: it is never written in
 * plain text. Electron's "basic_text" fallback on Linux is not encryption, so it counts as unavailable.
 */
import { safeStorage } from 'electron';
import type { SecretStore } from '../config/secretStore';

export function createElectronSecretStore(): SecretStore {
  const reason = (): string | null => {
    if (!safeStorage.isEncryptionAvailable()) return 'system nie udostępnia szyfrowania (na Linuksie: brak pęku kluczy, np. gnome-keyring albo KWallet)';
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'na tym Linuksie nie działa pęk kluczy (gnome-keyring albo KWallet)';
    return null;
  };
  return {
    kind: 'electron-safeStorage',
    available: () => reason() === null,
    unavailableReason: reason,
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data),
  };
}
