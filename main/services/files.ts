import type { FileUpload } from '../../preload/contract';

/** The bytes of a file that crossed the contract as base64. */
export function fileBytes(file: FileUpload): Uint8Array {
  return new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
}
