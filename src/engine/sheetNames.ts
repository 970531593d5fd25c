/**
 * Names of the sheets the add-in writes, and of the service sheets a methodologist may add
 * to steer it (Методика, Рекомендации). None of them is read as monitoring data.
 */

export const OUTPUT_SHEET_NAMES = {
  summary: 'Сводная',
  deficits: 'Дефициты',
  problems: 'Проверка данных',
  note: 'Справка',
  clusters: 'Кластеры',
  deficitMap: 'Карта дефицитов',
  changes: 'Динамика',
} as const;

/** Sheets that steer the add-in rather than hold data. */
export const SERVICE_SHEET_NAMES = ['Методика', 'Рекомендации'] as const;

const serviceNames = new Set<string>([...Object.values(OUTPUT_SHEET_NAMES), ...SERVICE_SHEET_NAMES].map((n) => n.toLowerCase()));

/**
 * True for a sheet the add-in wrote (including a renamed copy such as «Сводная (2)») or a
 * service sheet. Such sheets are never analysed as data.
 */
export function isServiceSheetName(name: string): boolean {
  const base = name.replace(/\s*\(\d+\)$/, '').trim().toLowerCase();
  return serviceNames.has(base);
}
