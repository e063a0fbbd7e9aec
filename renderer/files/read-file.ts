import { IMPORTABLE_EXTENSIONS } from '../../shared/import-formats';
import { MAX_IMPORT_BYTES } from '../../shared/limits';

export const OPENABLE_EXTENSIONS: readonly string[] = IMPORTABLE_EXTENSIONS;

/** Reads a dropped or chosen file as base64 for the drafts.import call; refuses oversized files early. */
export async function readFileAsBase64(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(`“${file.name}”过大（${(file.size / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，无法打开。`);
  }
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(`无法读取“${file.name}”。`));
    reader.readAsDataURL(file);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}
