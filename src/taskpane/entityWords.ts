/**
 * The word for what a table's rows are («район», «муниципалитет», «организация», «школа»),
 * chosen from the header of the entity column and, failing that, from the names themselves.
 * When nothing tells, «муниципалитет/организация».
 *
 * Example:
 *   entityForms('Муниципальное образование') // → ['муниципалитет', 'муниципалитета', 'муниципалитетов']
 *   entityForms('ОО')                        // → ['организация', 'организации', 'организаций']
 *   entityForms('', ['Кировский район', 'Лужский район']) // → ['район', 'района', 'районов']
 */

import type { PluralForms } from './plural';

export const ENTITY_FORMS = {
  district: ['район', 'района', 'районов'],
  municipality: ['муниципалитет', 'муниципалитета', 'муниципалитетов'],
  organisation: ['организация', 'организации', 'организаций'],
  school: ['школа', 'школы', 'школ'],
  kindergarten: ['детский сад', 'детских сада', 'детских садов'],
  teacher: ['педагог', 'педагога', 'педагогов'],
  unknown: ['муниципалитет/организация', 'муниципалитета/организации', 'муниципалитетов/организаций'],
} as const satisfies Record<string, PluralForms>;

const BY_LABEL: [RegExp, PluralForms][] = [
  [/район/i, ENTITY_FORMS.district],
  [/муниципал|^\s*(мо|мсо|моу|го|мр)\s*$|городск|округ/i, ENTITY_FORMS.municipality],
  [/детск\S*\s+сад|доу/i, ENTITY_FORMS.kindergarten],
  [/школ/i, ENTITY_FORMS.school],
  [/организац|учрежден|^\s*(оо|оу|ооо)\s*$/i, ENTITY_FORMS.organisation],
  [/педагог|учител|фио/i, ENTITY_FORMS.teacher],
];

/** Plural forms of the entity word for a table whose entity column is headed `label`. */
export function entityForms(label: string, names: readonly string[] = []): PluralForms {
  for (const [re, forms] of BY_LABEL) if (re.test(label)) return forms;
  if (names.length > 0) {
    const most = (re: RegExp) => names.filter((n) => re.test(n)).length > names.length / 2;
    if (most(/район/i)) return ENTITY_FORMS.district;
    if (most(/школ|сош|гимназ|лице/i)) return ENTITY_FORMS.school;
    if (most(/детск\S*\s+сад|доу/i)) return ENTITY_FORMS.kindergarten;
    if (most(/организац|учрежден|мбоу|маоу|гбоу/i)) return ENTITY_FORMS.organisation;
  }
  return ENTITY_FORMS.unknown;
}
