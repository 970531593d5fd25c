/**
 * Turning Office errors into one Russian sentence for the pane, naming the sheet and the
 * cell where they are known. Nothing is swallowed: every failure of an `Excel.run` reaches
 * the caller as an `OfficeAdapterError` (with Office's code and the original error attached).
 *
 * Example:
 *   await runExcel('прочитать листы', async (ctx) => { … }, { sheet: 'Лист1' });
 *   // Excel says AccessDenied → OfficeAdapterError «Лист «Лист1» защищён: снимите защиту …»
 */

import { OfficeAdapterError } from './types';

export interface ErrorPlace {
  sheet?: string;
  cell?: string;
}

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; errorLocation?: string };
}

export function protectedSheetError(sheet: string, what = 'записать результаты'): OfficeAdapterError {
  return new OfficeAdapterError(
    `Лист «${sheet}» защищён: снимите защиту (Рецензирование → Снять защиту листа), чтобы надстройка могла ${what}.`,
    sheet,
    undefined,
    'AccessDenied',
  );
}

function placeText(place: ErrorPlace): string {
  if (place.sheet && place.cell) return ` (лист «${place.sheet}», ячейка ${place.cell})`;
  if (place.sheet) return ` (лист «${place.sheet}»)`;
  return '';
}

/** The Office error code of a failure, if it has one. */
export function officeCode(e: unknown): string | undefined {
  const err = e as OfficeLikeError | null;
  return err?.code ?? err?.debugInfo?.code;
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = officeCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** One Russian sentence for an Office failure while doing `action` (an infinitive: 'прочитать листы'). */
export function toAdapterError(e: unknown, action: string, place: ErrorPlace = {}): OfficeAdapterError {
  if (e instanceof OfficeAdapterError) return e;
  const code = officeCode(e);
  const where = placeText(place);
  let message: string;
  switch (code) {
    case 'AccessDenied':
      message = place.sheet
        ? `Лист «${place.sheet}» защищён: снимите защиту (Рецензирование → Снять защиту листа) и повторите.`
        : 'Книга или лист защищены от изменений: снимите защиту (Рецензирование) и повторите.';
      break;
    case 'ItemNotFound':
      message = place.sheet ? `Лист «${place.sheet}» не найден в книге: возможно, его переименовали или удалили.` : `Не удалось ${action}: Excel не нашёл нужный лист или диапазон.`;
      break;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      message = `Не удалось ${action}${where}: объём данных превысил предел одного запроса к Excel (5 МБ).`;
      break;
    case 'InvalidOperationInCellEditMode':
      message = `Не удалось ${action}: Excel в режиме редактирования ячейки — завершите ввод (Enter или Esc) и повторите.`;
      break;
    default:
      message = code
        ? `Не удалось ${action}${where}: Excel вернул ошибку ${code}.`
        : `Не удалось ${action}${where}: внутренняя ошибка надстройки (${(e as Error)?.name ?? 'без описания'}).`;
  }
  return new OfficeAdapterError(message, place.sheet, place.cell, code, e);
}

/**
 * `Excel.run` with the adapter's error handling. `place` may be updated by the batch as it
 * goes (e.g. the sheet being written), so the message names it.
 */
export async function runExcel<T>(
  action: string,
  batch: (ctx: Excel.RequestContext, place: ErrorPlace) => Promise<T>,
  place: ErrorPlace = {},
): Promise<T> {
  try {
    return await Excel.run((ctx) => batch(ctx, place));
  } catch (e) {
    throw toAdapterError(e, action, place);
  }
}
