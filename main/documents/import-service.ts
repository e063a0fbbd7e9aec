import type { ImportOutcome } from '../../shared/api';
import { documentTitle, titleFromFileName } from '../../shared/document/document-title';
import { ServiceError } from '../errors';
import { ImportError } from '../importers/import-error';
import { importBytes, type ImportResult } from '../importers/import-file';
import type { DraftsService } from './drafts-service';

/**
 * Opens a file as a new draft. The import either succeeds whole or creates nothing: parsing and
 * cleanup finish before the single INSERT of the draft.
 */
export class ImportService {
  constructor(private readonly drafts: DraftsService) {}

  async importBytes(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
    const result = await this.read(fileName, bytes);
    const paragraphs = result.paragraphs;
    // Named by its title lines as they are edited; a file without a title keeps its file name.
    const draft = this.drafts.createFromParagraphs(paragraphs, documentTitle(paragraphs) ? '' : titleFromFileName(fileName));
    return {
      draft,
      encoding: result.encoding,
      removed: result.removed.map((r) => ({ text: r.text, reason: r.reason })),
      rawParagraphs: result.removed.length ? result.rawParagraphs : null,
    };
  }

  /** The file's paragraphs, cleaned up, without making a draft; a file it cannot read is invalid_input. */
  async read(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
    try {
      return await importBytes(fileName, bytes);
    } catch (err) {
      if (err instanceof ImportError) throw new ServiceError('invalid_input', err.message);
      throw err;
    }
  }
}
