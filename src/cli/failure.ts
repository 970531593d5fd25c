/**
 * What the user reads when the command fails: ONE plain Russian sentence, never a stack trace.
 * Errors that already carry such a sentence (unreadable file, no table, bad arguments, bad
 * thresholds) are shown as they are; anything else is an internal error, shown as a generic
 * sentence (the details go to stderr only when METOD_DEBUG=1). The exit status tells bad
 * arguments (2) from everything else (1).
 *
 * Example:
 *   describeFailure(new WorkbookReadError('Файл «a.docx» не является книгой Excel (.xlsx).'))
 *   // → { message: 'Файл «a.docx» не является книгой Excel (.xlsx).', exitCode: 1 }
 */

import { ArgsError } from './args';
import { NoTableError } from '../engine/analyze';
import { WorkbookReadError } from '../adapters/xlsx/readWorkbookFiles';
import { WorkbookWriteError } from '../adapters/xlsx/errors';

export const EXIT_FAILURE = 1;
export const EXIT_BAD_ARGS = 2;

export interface Failure {
  message: string;
  exitCode: number;
}

/** One line: inner line breaks folded, a final full stop ensured. */
function oneSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return /[.!?…»)]$/.test(t) ? t : `${t}.`;
}

export function describeFailure(e: unknown): Failure {
  if (e instanceof ArgsError) return { message: oneSentence(e.message), exitCode: EXIT_BAD_ARGS };
  if (e instanceof WorkbookReadError || e instanceof WorkbookWriteError || e instanceof NoTableError) {
    return { message: oneSentence(e.message), exitCode: EXIT_FAILURE };
  }
  // resolveOptions reports impossible thresholds as a RangeError with a Russian message.
  if (e instanceof RangeError && /[А-Яа-яЁё]/.test(e.message)) return { message: oneSentence(e.message), exitCode: EXIT_BAD_ARGS };
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return { message: 'Не удалось записать итоговую книгу: на диске нет места.', exitCode: EXIT_FAILURE };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { message: 'Не удалось записать итоговую книгу: нет прав на запись в эту папку.', exitCode: EXIT_FAILURE };
  }
  if (code === 'ENOENT') return { message: 'Не удалось записать итоговую книгу: папка для неё не существует.', exitCode: EXIT_FAILURE };
  return { message: 'Не удалось разобрать книгу из-за внутренней ошибки программы; сообщите о ней разработчикам.', exitCode: EXIT_FAILURE };
}
