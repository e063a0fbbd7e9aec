/**
 * Why a file could not be imported, with a message in Chinese that names the file and says what the
 * writer can do about it. Every failure of import-file.ts is an ImportError; anything else escaping
 * it is a bug.
 */

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'corrupt'
  | 'encrypted'
  | 'unsupported'
  | 'encoding'
  | 'zip-bomb'
  /** The file asks for more work than a report ever needs (nesting, objects, pages): refused. */
  | 'too-complex'
  /** A PDF or OFD with no text to read: a scan, which needs OCR first. */
  | 'no-text'
  /** The file system refused: missing file, no permission, a folder. */
  | 'unreadable';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly fileName: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ImportError';
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
}

const quoted = (fileName: string) => `“${fileName}”`;

export const importErrors = {
  empty(fileName: string): ImportError {
    return new ImportError('empty', `${quoted(fileName)}是空文件，没有可导入的内容。`, fileName);
  },

  tooLarge(fileName: string, size: number, limit: number): ImportError {
    return new ImportError(
      'too-large',
      `${quoted(fileName)}过大（${megabytes(size)} MB），超过了 ${megabytes(limit)} MB 的导入上限。一份报告通常不到 1 MB，请确认是否选错了文件。`,
      fileName,
    );
  },

  /**
   * Past one of the limits of shared/limits.ts (a part, the XML tags, paragraphs, lines, a paragraph's
   * length): `detail` says what the file has and what the limit is, e.g. 有 20,001 个段落，上限为 20,000 个.
   */
  overLimit(fileName: string, detail: string): ImportError {
    return new ImportError(
      'too-large',
      `${quoted(fileName)}超出导入上限：${detail}。一份报告远小于此，请确认是否选错了文件；确需导入的，请拆分成几个文件后分别导入。`,
      fileName,
    );
  },

  corrupt(fileName: string, detail: string, cause?: unknown): ImportError {
    return new ImportError(
      'corrupt',
      `${quoted(fileName)}已损坏，无法读取（${detail}）。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`,
      fileName,
      { cause },
    );
  },

  encrypted(fileName: string): ImportError {
    return new ImportError(
      'encrypted',
      `${quoted(fileName)}已加密（设置了打开密码），无法读取。请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入。`,
      fileName,
    );
  },

  /** Encrypted .docx and .doc share one container format; when it cannot tell which, it says both. */
  encryptedOrLegacy(fileName: string): ImportError {
    return new ImportError(
      'encrypted',
      `${quoted(fileName)}已加密或为旧版 .doc 格式，无法读取。请在 Word 或 WPS 中打开（如有密码请先取消），另存为 .docx 后再导入。`,
      fileName,
    );
  },

  legacyDoc(fileName: string): ImportError {
    return new ImportError(
      'unsupported',
      `${quoted(fileName)}是旧版 Word（.doc）格式，暂不支持。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`,
      fileName,
    );
  },

  notDocx(fileName: string, what = '不是有效的 Word（.docx）文档'): ImportError {
    return new ImportError(
      'unsupported',
      `${quoted(fileName)}${what}，无法导入。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`,
      fileName,
    );
  },

  unsupportedType(fileName: string): ImportError {
    return new ImportError(
      'unsupported',
      `不支持${quoted(fileName)}的文件类型。可以导入 Word 文档（.docx、.doc）、WPS 文字（.wps）、RTF、PDF、OFD、纯文本（.txt）和 Markdown（.md）文件。`,
      fileName,
    );
  },

  /** The extension names a format the bytes are not (a renamed file, a download that is an error page). */
  notFormat(fileName: string, what: string): ImportError {
    const space = /^[A-Za-z]/.test(what) ? ' ' : '';
    return new ImportError(
      'corrupt',
      `${quoted(fileName)}不是有效的${space}${what}，可能已损坏或扩展名有误，无法导入。`,
      fileName,
    );
  },

  /** A .wps that is not the Word 97 binary format (WPS 2000 and older, or damaged). */
  wpsUnreadable(fileName: string): ImportError {
    return new ImportError(
      'unsupported',
      `${quoted(fileName)}是无法直接读取的 WPS 文字（.wps）格式（旧版 WPS 专有格式或已损坏）。请在 WPS 中打开并另存为 .docx 后再导入。`,
      fileName,
    );
  },

  tooComplex(fileName: string, detail: string): ImportError {
    return new ImportError(
      'too-complex',
      `${quoted(fileName)}结构异常复杂（${detail}），超出了一份报告的正常范围，可能是恶意构造的文件，已拒绝导入。`,
      fileName,
    );
  },

  /** An image-only PDF or OFD. */
  scanned(fileName: string): ImportError {
    return new ImportError(
      'no-text',
      `${quoted(fileName)}只有图像，没有可读取的文字。扫描件没有文字层，需要先做文字识别（OCR），再导入识别出的文字。`,
      fileName,
    );
  },

  encryptedPdf(fileName: string): ImportError {
    return new ImportError(
      'encrypted',
      `${quoted(fileName)}设置了打开密码，无法读取。请用 PDF 阅读器输入密码打开后另存为不加密的 PDF，或取得原始 Word 文档后再导入。`,
      fileName,
    );
  },

  encoding(fileName: string): ImportError {
    return new ImportError(
      'encoding',
      `无法识别文件编码：${quoted(fileName)}不是 UTF-8、UTF-16 或 GB18030（GBK）编码的文本，也可能根本不是文本文件。请用记事本打开并另存为 UTF-8 后再导入。`,
      fileName,
    );
  },

  unreadable(fileName: string, detail: string, cause?: unknown): ImportError {
    return new ImportError('unreadable', `无法读取${quoted(fileName)}：${detail}。`, fileName, { cause });
  },

  zipBomb(fileName: string, detail: string): ImportError {
    return new ImportError(
      'zip-bomb',
      `${quoted(fileName)}解压后异常庞大（${detail}），可能是恶意构造的文件，已拒绝导入。`,
      fileName,
    );
  },
};
