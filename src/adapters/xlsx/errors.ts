/**
 * Errors of the xlsx adapter. The message is one plain Russian sentence that names the file;
 * the command line prints it without a stack.
 *
 * Example:
 *   throw new WorkbookReadError('Файл «отчёт.docx» не является книгой Excel (.xlsx).', '/tmp/отчёт.docx');
 */

export class WorkbookReadError extends Error {
  constructor(message: string, readonly file?: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

export class WorkbookWriteError extends Error {
  constructor(message: string, readonly file?: string) {
    super(message);
    this.name = 'WorkbookWriteError';
  }
}
