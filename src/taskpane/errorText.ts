/**
 * One Russian sentence for any failure the pane shows. The adapter's and the engine's own
 * errors already speak Russian and are shown as they are; anything else (a bug) is named as
 * an internal error, and its original text goes to the developer console.
 *
 * Example:
 *   errorText(new OfficeAdapterError('Лист «Лист1» защищён: …')) // → 'Лист «Лист1» защищён: …'
 *   errorText(new TypeError('x is undefined'), 'рассчитать')
 *   // → 'Не удалось рассчитать: внутренняя ошибка надстройки (TypeError). Сообщите разработчикам.'
 */

const CYRILLIC = /[а-яё]/i;

export function errorText(e: unknown, action = 'выполнить действие'): string {
  const err = e instanceof Error ? e : null;
  const message = err?.message ?? (typeof e === 'string' ? e : '');
  if (message && CYRILLIC.test(message)) return message;
  const name = (err as { engineName?: string } | null)?.engineName ?? err?.name ?? typeof e;
  return `Не удалось ${action}: внутренняя ошибка надстройки (${name}). Сообщите разработчикам.`;
}

/** True when `errorText` had to hide a non-Russian message (the caller logs the original). */
export function isInternalError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return !CYRILLIC.test(message);
}
