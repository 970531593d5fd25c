/**
 * An Excel error as a Russian Excel shows it. A file keeps the English codes («#DIV/0!»); the
 * methodologist's Excel shows «#ДЕЛ/0!», and a message should name what they see (blind probe 10).
 *
 * Example:
 *   excelErrorRu('#DIV/0!') // → '#ДЕЛ/0!'
 *   excelErrorRu('#ЗНАЧ!')  // → '#ЗНАЧ!' (already Russian)
 */

const RUSSIAN: Record<string, string> = {
  '#DIV/0!': '#ДЕЛ/0!',
  '#N/A': '#Н/Д',
  '#VALUE!': '#ЗНАЧ!',
  '#REF!': '#ССЫЛКА!',
  '#NAME?': '#ИМЯ?',
  '#NUM!': '#ЧИСЛО!',
  '#NULL!': '#ПУСТО!',
  '#SPILL!': '#ПЕРЕНОС!',
  '#CALC!': '#ВЫЧИСЛ!',
};

export function excelErrorRu(text: string): string {
  return RUSSIAN[text.trim().toUpperCase()] ?? text;
}
