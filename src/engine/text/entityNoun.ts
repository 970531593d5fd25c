/**
 * Which noun the note uses for the rows of a table, chosen from the header of the entity
 * column («Муниципальный район» → район, «Образовательная организация» → организация). The
 * note needs the three counting forms (1 район, 2 района, 5 районов) and the nominative plural
 * for lists («Кировский, Лужский и Тосненский районы»); the grammatical gender lets a sentence
 * agree with «1» where it must.
 *
 * Example:
 *   entityNoun('Муниципальный район').forms        // → ['район', 'района', 'районов']
 *   entityNoun('Наименование ОО').plural            // → 'организации'
 *   entityNoun('Что-то иное').forms                 // → ['объект', 'объекта', 'объектов']
 */

import type { PluralForms } from './plural';

export interface EntityNoun {
  forms: PluralForms;
  /** Nominative plural: «районы», «организации». */
  plural: string;
  /** Dative plural without a number: «по районам». */
  dativePlural: string;
  gender: 'm' | 'f' | 'n';
}

const NOUNS = {
  district: { forms: ['район', 'района', 'районов'], plural: 'районы', dativePlural: 'районам', gender: 'm' },
  municipality: {
    forms: ['муниципальное образование', 'муниципальных образования', 'муниципальных образований'],
    plural: 'муниципальные образования',
    dativePlural: 'муниципальным образованиям',
    gender: 'n',
  },
  municipalityShort: { forms: ['муниципалитет', 'муниципалитета', 'муниципалитетов'], plural: 'муниципалитеты', dativePlural: 'муниципалитетам', gender: 'm' },
  organisation: { forms: ['организация', 'организации', 'организаций'], plural: 'организации', dativePlural: 'организациям', gender: 'f' },
  school: { forms: ['школа', 'школы', 'школ'], plural: 'школы', dativePlural: 'школам', gender: 'f' },
  kindergarten: {
    forms: ['детский сад', 'детских сада', 'детских садов'],
    plural: 'детские сады',
    dativePlural: 'детским садам',
    gender: 'm',
  },
  service: { forms: ['служба', 'службы', 'служб'], plural: 'службы', dativePlural: 'службам', gender: 'f' },
  city: { forms: ['город', 'города', 'городов'], plural: 'города', dativePlural: 'городам', gender: 'm' },
  okrug: { forms: ['округ', 'округа', 'округов'], plural: 'округа', dativePlural: 'округам', gender: 'm' },
  item: { forms: ['мероприятие', 'мероприятия', 'мероприятий'], plural: 'мероприятия', dativePlural: 'мероприятиям', gender: 'n' },
  teacher: { forms: ['педагог', 'педагога', 'педагогов'], plural: 'педагоги', dativePlural: 'педагогам', gender: 'm' },
  object: { forms: ['объект', 'объекта', 'объектов'], plural: 'объекты', dativePlural: 'объектам', gender: 'm' },
} satisfies Record<string, EntityNoun>;

export type EntityNounKey = keyof typeof NOUNS;

/** A whole word in a lower-cased label (JavaScript's \\b does not know Cyrillic letters). */
function word(w: string): RegExp {
  return new RegExp(`(^|[^а-яa-z0-9])(${w})($|[^а-яa-z0-9])`);
}

/**
 * Order matters: the more specific word first («методическая служба» before «организация»,
 * «муниципальный район» before «муниципальн…»).
 */
const RULES: [RegExp, EntityNounKey][] = [
  [/мероприят/, 'item'],
  [/служб|методическ.*центр/, 'service'],
  [word('и?ммс|рмс|мс|имц|тмс'), 'service'],
  [/район/, 'district'],
  [word('округ'), 'okrug'],
  [/город/, 'city'],
  [/муниципалитет/, 'municipalityShort'],
  [/муниципальн/, 'municipality'],
  [word('мо|мсо|моуо'), 'municipality'],
  [/школ|гимнази|лице/, 'school'],
  [word('сош|оош|моу|мбоу'), 'school'],
  [/детск.*сад/, 'kindergarten'],
  [word('доу|доо|мдоу'), 'kindergarten'],
  [/организац|учрежден/, 'organisation'],
  [word('оо|оу'), 'organisation'],
  [/педагог|учител|фио|работник/, 'teacher'],
];

export function entityNoun(label: string | null | undefined): EntityNoun {
  const l = (label ?? '').toLowerCase().replace(/ё/g, 'е');
  for (const [re, key] of RULES) if (re.test(l)) return NOUNS[key];
  return NOUNS.object;
}

export function nounByKey(key: EntityNounKey): EntityNoun {
  return NOUNS[key];
}

/** How many entity names are looked at when the column header names nothing. */
const NAMES_LOOKED_AT = 50;

/**
 * The noun for a table's rows: «мероприятие» for a plan, else the noun of the entity column's
 * header. When the header names nothing («Наименование», or «Показатель» over a transposed
 * table's municipalities), the names decide: if most of them carry one noun («Бабаевский
 * округ», «Белозерский округ», «г. Череповец»), that noun is used, not «объект».
 *
 * Example:
 *   tableNoun({ layout: 'matrix', entityLabel: 'Показатель' }, ['Бабаевский округ', 'Вашкинский округ', 'г. Череповец']).forms
 *   // → ['округ', 'округа', 'округов']
 */
export function tableNoun(t: { layout: string; entityLabel: string | null }, names: readonly string[]): EntityNoun {
  if (t.layout === 'plan') return NOUNS.item;
  const byLabel = entityNoun(t.entityLabel);
  if (byLabel !== NOUNS.object) return byLabel;
  const sample = names.slice(0, NAMES_LOOKED_AT);
  const votes = new Map<EntityNoun, number>();
  for (const name of sample) {
    const noun = entityNoun(name);
    if (noun !== NOUNS.object) votes.set(noun, (votes.get(noun) ?? 0) + 1);
  }
  for (const [noun, n] of votes) if (n > sample.length / 2) return noun;
  return NOUNS.object;
}
