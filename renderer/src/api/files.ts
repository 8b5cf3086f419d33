/** Files between the user and the contract: base64 both ways, so both transports carry them unchanged. */
import type { ExportedFile, FileUpload } from '../../../preload/contract';

export function readFileForUpload(file: File): Promise<FileUpload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ fileName: file.name, contentBase64: String(reader.result).replace(/^data:[^,]*,/, '') });
    reader.onerror = () => reject(new Error(`Nie udało się odczytać pliku „${file.name}”`));
    reader.readAsDataURL(file);
  });
}

/** Saves a file made by main through the browser's (or Electron's) download. */
export function saveExportedFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes]));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
