// Writes expected/<name>.json. Every number below is a literal derived by hand from the
// cells written by make.js; the derivation is in "why". Nothing here runs the tool.
'use strict';
const fs = require('fs');
const path = require('path');
const DIR = path.join(__dirname, 'expected');
fs.mkdirSync(DIR, { recursive: true });
fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
const write = (name, spec) => fs.writeFileSync(path.join(DIR, name + '.json'), JSON.stringify(spec, null, 2) + '\n');
const OUTS = ['Сводная', 'Дефициты', 'Проверка данных', 'Справка'];

// ---------------------------------------------------------------- c01
{
  const S = "'Мониторинг ММС'!";
  const E = [];
  E.push({ type: 'layout', value: 'matrix', why: 'Municipalities in rows, indicators 1.1, 1.2, 2.1, 2.5 in columns under merged criterion headers (METHODOLOGY §2.A); the table simply starts at C8 instead of A1.' });
  E.push({ type: 'entities', names: ['Волховский муниципальный район', 'Гатчинский муниципальный район', 'Лужский муниципальный район', 'Выборгский район', 'Кингисеппский муниципальный район'], why: 'Rows 10–14 of the main table, in sheet order; «Итого по области» (row 15) is a total, not an entity (§2.A); the reference table below (rows 18–24) is a different table and must not add or duplicate rows of the main one.' });
  E.push({ type: 'no-entity-matching', pattern: 'Справочно|Итого|^Муниципальное образование$|^№', why: 'The caption «Справочно: …», the total row and the reference table header are not municipalities (§2.A).' });
  E.push({ type: 'entity-count-by-name', name: 'Волховский муниципальный район', scoredOnly: true, value: 1, why: 'The municipality appears in the main table and again in the reference table; it must be scored once (the reference table has only a count column, counts do not enter fulfilment, §4).' });
  const F = [
    ['Волховский муниципальный район', 96.5, 100, 93, 1, 2, false, 'да,да | 86%,да: (1+1+0.86+1)/4 = 96.5; crit1 (1+1)/2 = 100; crit2 (0.86+1)/2 = 93'],
    ['Гатчинский муниципальный район', 61.25, 50, 72.5, 2, 4, false, 'да,нет | 45%,да: (1+0+0.45+1)/4 = 61.25; crit1 50; crit2 (0.45+1)/2 = 72.5'],
    ['Лужский муниципальный район', 7.5, 0, 15, 3, 5, false, 'нет,нет | «30 %» (text),нет: 0.3/4 = 7.5; crit1 0; crit2 0.3/2 = 15'],
    ['Выборгский район', 100, 100, 100, 1, 1, true, 'да,да | н/д,да: н/д is missing and excluded → 3/3 = 100; crit2 = 1/1 = 100; incomplete'],
    ['Кингисеппский муниципальный район', 90, 100, 85, 1, 3, true, 'да,«возможно» | 70%,да: «возможно» is an error and counts as missing (§3) → (1+0.7+1)/3 = 90; crit1 1/1 = 100; crit2 (0.7+1)/2 = 85; incomplete'],
  ];
  for (const [n, f, c1, c2, g, r, inc, w] of F) {
    E.push({ type: 'entity', name: n, field: 'fulfilment', value: f, why: 'Overall = mean of scored indicators (§4, by indicator count): ' + w });
    E.push({ type: 'entity', name: n, field: 'criterion:Критерий 1', value: c1, why: 'Criterion 1 = mean of 1.1 and 1.2 over non-missing cells × 100 (§4): ' + w });
    E.push({ type: 'entity', name: n, field: 'criterion:Критерий 2', value: c2, why: 'Criterion 2 = mean of 2.1 and 2.5 (§4): ' + w });
    E.push({ type: 'entity', name: n, field: 'group', value: g, why: `Fulfilment ${f}: group 1 ≥ 80, group 2 ≥ 50, group 3 < 50 (§4).` });
    E.push({ type: 'entity', name: n, field: 'rank', value: r, why: 'Ranking by overall fulfilment: Выборгский 100 > Волховский 96.5 > Кингисеппский 90 > Гатчинский 61.25 > Лужский 7.5 (§4).' });
    E.push({ type: 'entity', name: n, field: 'incomplete', value: inc, why: 'An entity with missing (or unreadable, counted as missing) cells is marked incomplete (§4, §3).' });
  }
  E.push({ type: 'indicator', id: '1.1', field: 'level', value: 80, why: 'Binary level = share of «да» among entities with data: да,да,нет,да,да → 4/5 = 80 (§4).' });
  E.push({ type: 'indicator', id: '1.1', field: 'status', value: 'ok', why: '80 ≥ target 80.' });
  E.push({ type: 'indicator', id: '1.2', field: 'level', value: 50, why: 'да,нет,нет,да,(возможно → missing) → 2/4 = 50.' });
  E.push({ type: 'indicator', id: '1.2', field: 'status', value: 'attention', why: '50 ≥ critical 50 and < target 80.' });
  E.push({ type: 'indicator', id: '2.1', field: 'level', value: 57.75, why: 'Percent level = mean: (86+45+30+70)/4 = 231/4 = 57.75 (Выборгский н/д excluded).' });
  E.push({ type: 'indicator', id: '2.1', field: 'status', value: 'attention', why: '57.75 between 50 and 80.' });
  E.push({ type: 'indicator', id: '2.5', field: 'level', value: 80, why: 'да,да,нет,да,да → 4/5 = 80.' });
  E.push({ type: 'problem', cell: S + 'F14', severity: 'error', why: '«возможно» in a data column is an error reported with its address (§3).' });
  E.push({ type: 'problem', cell: S + 'G13', why: '«н/д» is missing data and is reported (§3).' });
  for (const [c, k, w] of [['F11', 'deficit', 'Гатчинский 1.2 «нет»'], ['E12', 'deficit', 'Лужский 1.1 «нет»'], ['F12', 'deficit', 'Лужский 1.2 «нет»'], ['H12', 'deficit', 'Лужский 2.5 «нет»'], ['G11', 'deficit', 'Гатчинский 2.1 45 % < 50'], ['G12', 'deficit', 'Лужский 2.1 «30 %» < 50'], ['G14', 'attention', 'Кингисеппский 2.1 70 %: between 50 and 80']]) {
    E.push({ type: 'deficit', cell: S + c, kind: k, why: 'Cell-level deficit (§4): «нет» or a percent below critical is a deficit, between critical and target is attention — ' + w + '.' });
  }
  E.push({ type: 'no-problem-rows', sheet: 'Мониторинг ММС', from: 18, to: 24, severity: 'error', advisory: true, why: 'The reference table (plain counts of teachers) holds nothing unreadable; it must not produce errors (e.g. its header read as data of the main table).' });
  E.push({ type: 'out-sheets', names: OUTS, why: '§7: the result sheets Сводная, Дефициты, Проверка данных, Справка.' });
  write('c01', { input: 'books/c01-offset-two-tables.xlsx', args: [], expectations: E });
}

// ---------------------------------------------------------------- c02
{
  const S = 'Свод!';
  const E = [];
  E.push({ type: 'layout', value: 'matrix', why: 'Municipalities × indicators under two merged criteria (§2.A); two count columns are descriptive.' });
  E.push({ type: 'entities', names: ['Кировский муниципальный район', 'Тосненский район', 'Приозерский муниципальный район', 'Бокситогорский муниципальный район', 'Сланцевский муниципальный район', 'Тихвинский район'], why: 'Rows 5–10; B5 holds «Кировский⏎муниципальный район» (line break inside the name, read as a space); «Итого» (row 11) and the note (row 13) are not entities.' });
  const F = [
    ['Кировский муниципальный район', 93, 93, 93, 1, 2, 'C да=1, D 0.86 (% format), F «86 %» with a narrow no-break space = 0.86, H да=1 → (1+0.86+0.86+1)/4 = 93; crit1 (1+0.86)/2 = 93; crit2 (0.86+1)/2 = 93'],
    ['Приозерский муниципальный район', 48.5, 15, 82, 3, 6, 'нет=0, 30%, 64%, да → (0+0.3+0.64+1)/4 = 48.5; crit1 0.3/2 = 15; crit2 (0.64+1)/2 = 82'],
    ['Бокситогорский муниципальный район', 100, 100, 100, 1, 1, '«+»=1, «100 %»=1, F «см. отчёт» error → missing, «+»=1 → 3/3 = 100; crit2 = 1/1 = 100'],
    ['Сланцевский муниципальный район', 62.5, 79, 46, 2, 5, 'да, «58%», «92%», «—»=0 → (1+0.58+0.92+0)/4 = 62.5; crit1 (1+0.58)/2 = 79; crit2 (0.92+0)/2 = 46'],
    ['Тихвинский район', 92, 95, 89, 1, 3, '«Да», 0.9, 0.78, да → (1+0.9+0.78+1)/4 = 92; crit1 95; crit2 89'],
  ];
  for (const [n, f, c1, c2, g, r, w] of F) {
    E.push({ type: 'entity', name: n, field: 'fulfilment', value: f, why: 'Counts (1.3, 2.2) do not enter fulfilment (§4): ' + w });
    E.push({ type: 'entity', name: n, field: 'criterion:Критерий 1', value: c1, why: 'Criterion 1 = mean of 1.1, 1.2 (1.3 is a count): ' + w });
    E.push({ type: 'entity', name: n, field: 'criterion:Критерий 2', value: c2, why: 'Criterion 2 = mean of 2.1, 2.3 (2.2 is a count): ' + w });
    E.push({ type: 'entity', name: n, field: 'group', value: g, why: `Overall ${f} → group by 80/50 (§4).` });
    E.push({ type: 'entity', name: n, field: 'rank', value: r, advisory: n === 'Сланцевский муниципальный район', why: (n === 'Сланцевский муниципальный район' ? 'Advisory: depends on how «105%» of Тосненский is read. ' : '') + 'Бокситогорский 100 > Кировский 93 > Тихвинский 92 > Тосненский 70 (or 68.75) > Сланцевский 62.5 > Приозерский 48.5.' });
  }
  E.push({ type: 'entity', name: 'Тосненский район', field: 'criterion:Критерий 1', value: 87.5, why: 'C6 «да⏎(программа утверждена)» is yes with the remark ignored (a methodologist reads it as «да»; §3 leading value + warning), D6 is the text «75» (typed with an apostrophe) under a «%» header = 75 % → (1+0.75)/2 = 87.5.' });
  E.push({ type: 'entity', name: 'Тосненский район', advisory: true, field: 'criterion:Критерий 2', value: { oneOf: [52.5, 50] }, why: 'F6 «105%» (1.05, or 1.0 if capped at 100 %), H6 нет = 0 → (1.05+0)/2 = 52.5 or 50; either is defensible, group 2 in both cases.' });
  E.push({ type: 'entity', name: 'Тосненский район', advisory: true, field: 'fulfilment', value: { oneOf: [70, 68.75] }, why: '(1+0.75+1.05+0)/4 = 70, or with 105 % capped (1+0.75+1+0)/4 = 68.75.' });
  E.push({ type: 'entity', name: 'Тосненский район', field: 'group', value: 2, why: '70 or 68.75 → group 2.' });
  E.push({ type: 'entity', name: 'Тосненский район', advisory: true, field: 'rank', value: 4, why: 'Fourth in either reading of 105 %.' });
  E.push({ type: 'entity', name: 'Бокситогорский муниципальный район', field: 'incomplete', value: true, why: 'F8 «см. отчёт» counts as missing (§3) → incomplete (§4).' });
  E.push({ type: 'indicator', id: '1.1', field: 'level', value: 83.333, why: 'да, да(…), нет, +, да, Да → 5/6 = 83.33.' });
  E.push({ type: 'indicator', id: '1.1', field: 'status', value: 'ok', why: '83.3 ≥ 80.' });
  E.push({ type: 'indicator', id: '1.2', field: 'level', value: 73.1667, why: 'Mean of 86, 75, 30, 100, 58, 90 = 439/6 = 73.17.' });
  E.push({ type: 'indicator', id: '1.2', field: 'status', value: 'attention', why: '73.2 between 50 and 80.' });
  E.push({ type: 'indicator', id: '2.1', advisory: true, field: 'level', value: { oneOf: [85, 84] }, why: 'Mean of 86, 105, 64, 92, 78 (Бокситогорский error excluded) = 425/5 = 85; with 105 capped at 100: 420/5 = 84.' });
  E.push({ type: 'indicator', id: '2.1', field: 'status', value: 'ok', why: '85 (or 84) ≥ 80.' });
  E.push({ type: 'indicator', id: '2.3', field: 'level', value: 66.667, why: 'да, нет, да, +, —, да → 4/6 = 66.67 («—» is «нет», §3).' });
  E.push({ type: 'indicator', id: '1.3', field: 'kind', value: 'count', why: '«Количество наставников, чел.» is a count column: descriptive, not scored (§4).' });
  E.push({ type: 'indicator', id: '2.2', field: 'kind', value: 'count', why: '«Количество районных методических объединений, ед.» is a count column (§4).' });
  E.push({ type: 'problem', cell: S + 'F8', severity: 'error', why: '«см. отчёт» is an error with address (§3).' });
  E.push({ type: 'problem', cell: S + 'C6', severity: 'warning|info', why: '«да⏎(программа утверждена)»: the value is read as «да» and the text is ignored with a warning (§3: leading value, warning that text was ignored).' });
  E.push({ type: 'problem', cell: S + 'F6', advisory: true, why: '«105%» — a share above 100 % is implausible for «Доля педагогов, прошедших КПК»; a methodologist expects it flagged (§4 treats numerator > base as an error; METHODOLOGY does not say so for a typed percent).' });
  for (const c of ['E5', 'E8', 'E10', 'G5', 'G7', 'G9', 'D6', 'E6', 'G10', 'F5']) {
    E.push({ type: 'no-problem', cell: S + c, severity: 'error', why: 'Readable value (§3): «12 чел.» / «5 ед.» (number + unit), a number typed as text («75», «8», «3»), «86 %» with U+202F — must not be reported as unreadable.' });
  }
  for (const c of ['E11', 'G11']) {
    E.push({ type: 'no-problem', cell: S + c, severity: 'error|warning', why: 'The «Итого» counts are right: 12+8+0+4+6+10 = 40 and 5+3+2+1+4+3 = 18; a mismatch warning here would mean the unit-suffixed or text numbers were not read.' });
  }
  for (const [c, k, w] of [['C7', 'deficit', 'нет'], ['D7', 'deficit', '30 %'], ['H6', 'deficit', 'нет'], ['H9', 'deficit', '«—» = нет'], ['D6', 'attention', '75 %'], ['D9', 'attention', '58 %'], ['F7', 'attention', '64 %'], ['F10', 'attention', '78 %']]) {
    E.push({ type: 'deficit', cell: S + c, kind: k, why: 'Cell-level finding (§4): ' + w + '.' });
  }
  E.push({ type: 'no-shares', advisory: true, why: 'The only count columns are «Количество наставников» and «Количество районных МО» — neither is the base of the other; no count/base pair should be invented.' });
  E.push({ type: 'out-sheets', names: OUTS, why: '§7.' });
  write('c02', { input: 'books/c02-mixed-values.xlsx', args: [], expectations: E });
}

// ---------------------------------------------------------------- c03
{
  const E = [];
  E.push({ type: 'sheets-include', value: 'Мониторинг 2024', why: 'The current period is the sheet not named by --previous.' });
  E.push({ type: 'entities', names: ['г. Магас и г. Назрань', 'Сунженский район и г. Карабулак', 'Назрановский район', 'Малгобекский район и г. Малгобек', 'Джейрахский район'], why: 'Entities of the current sheet «Мониторинг 2024», rows 5–9.' });
  const cur = [['г. Магас и г. Назрань', 97.5, 1, 2, 'да,да | 90%,да → 3.9/4'], ['Сунженский район и г. Карабулак', 100, 1, 1, 'all yes, 100%'], ['Назрановский район', 65, 2, 3, 'да,нет | 60%,да → 2.6/4'], ['Малгобекский район и г. Малгобек', 62.5, 2, 4, 'да,да | 50%,нет → 2.5/4'], ['Джейрахский район', 60, 2, 5, 'нет,да | 40%,да → 2.4/4']];
  for (const [n, f, g, r, w] of cur) {
    E.push({ type: 'entity', name: n, field: 'fulfilment', value: f, why: 'Current period: ' + w + ' (§4).' });
    E.push({ type: 'entity', name: n, field: 'group', value: g, why: `${f} → group ${g}.` });
    E.push({ type: 'entity', name: n, field: 'rank', value: r, why: 'Current ranking: Сунженский 100, Магас 97.5, Назрановский 65, Малгобекский 62.5, Джейрахский 60.' });
  }
  const ch = [
    ['г. Магас и г. Назрань', 67.5, 97.5, 30, 2, 1, 3, 2, 'improved', '2023: да,нет | «70 %»,да → 2.7/4 = 67.5 (group 2, rank 3 of 4)'],
    ['Сунженский район и г. Карабулак', 95, 100, 5, 1, 1, 1, 1, 'improved', '2023 row is spelled «Сунженский район и г.Карабулак» (no space after «г.») and must still match; 2023: да,да | 80%,да → 3.8/4 = 95 (group 1, rank 1)'],
    ['Назрановский район', 93.75, 65, { oneOf: [-28.8, -28.75] }, 1, 2, 2, 3, 'declined', '2023: да,да | 75%,да → 3.75/4 = 93.75 (group 1, rank 2); change 65 − 93.75 = −28.75, or −28.8 between the displayed 93.8 and 65.0'],
    ['Малгобекский район и г. Малгобек', 7.5, 62.5, 55, 3, 2, 4, 4, 'improved', '2023: нет,нет | 30%,нет → 0.3/4 = 7.5 (group 3, rank 4)'],
  ];
  for (const [n, pf, cf, d, pg, cg, pr, cr, st, w] of ch) {
    E.push({ type: 'change-entity', entity: n, field: 'previous.fulfilment', value: pf, why: 'Previous period (sheet «Мониторинг 2023», rows in another order, matched by name — §9 of the tool rules, README «--previous»): ' + w + '.' });
    E.push({ type: 'change-entity', entity: n, field: 'current.fulfilment', value: cf, why: 'Current fulfilment (see entity expectations).' });
    E.push({ type: 'change-entity', entity: n, field: 'fulfilmentChange', value: d, tol: 0.06, why: `Change ${cf} − ${pf} in percentage points: ` + w + '.' });
    E.push({ type: 'change-entity', entity: n, field: 'previous.group', value: pg, why: `Previous ${pf} → group ${pg}.` });
    E.push({ type: 'change-entity', entity: n, field: 'current.group', value: cg, why: `Current ${cf} → group ${cg}.` });
    E.push({ type: 'change-entity', entity: n, field: 'previous.rank', value: pr, why: '2023 ranking: Сунженский 95, Назрановский 93.75, Магас 67.5, Малгобекский 7.5.' });
    E.push({ type: 'change-entity', entity: n, field: 'current.rank', value: cr, why: 'Current ranking.' });
    E.push({ type: 'change-entity', entity: n, field: 'status', value: st === 'declined' ? { regex: 'declin|decreas|worse|сниж' } : { regex: 'improv|increas|рост' }, why: `${pf} → ${cf}: ${st === 'declined' ? 'снижение' : 'рост'}.` });
  }
  E.push({ type: 'change-only', side: 'current', entities: ['Джейрахский район'], why: 'Джейрахский район is missing from the 2023 sheet: listed as present only in the current period, not silently dropped.' });
  E.push({ type: 'change-only', side: 'previous', entities: [], why: 'Every 2023 municipality exists in 2024 (the «г.Карабулак» spelling must match «г. Карабулак»).' });
  const ind = [['1.1', 75, 80, 5, '2023 да,да,нет,да → 3/4 = 75; 2024 да,да,да,да,нет → 4/5 = 80'], ['1.3', 50, 80, 30, '2023 да,нет,нет,да → 2/4 = 50; 2024 да,да,нет,да,да → 4/5 = 80'], ['2.1', 63.75, 68, { oneOf: [4.25, 4.2] }, '2023 (75+70+30+80)/4 = 63.75; 2024 (90+100+60+50+40)/5 = 68; +4.25 (or 4.2 between displayed 63.8 and 68.0). The header changed between periods («Наличие у педагогов ИППР (доля педагогов), %» → «Доля педагогов с ИППР, %»); matched by number 2.1'], ['2.5', 75, 80, 5, '2023 да,да,нет,да → 75; 2024 да,да,да,нет,да → 80']];
  for (const [id, p, c, d, w] of ind) {
    E.push({ type: 'change-indicator', id, field: 'previousLevel', value: p, why: w });
    E.push({ type: 'change-indicator', id, field: 'currentLevel', value: c, why: w });
    E.push({ type: 'change-indicator', id, field: 'change', value: d, tol: 0.06, why: w });
  }
  E.push({ type: 'change-value', entity: 'г. Магас и г. Назрань', indicator: '2.1', field: 'previous', value: 70, why: '2023 cell «70 %» (text, sheet «Мониторинг 2023» row 6).' });
  E.push({ type: 'change-value', entity: 'г. Магас и г. Назрань', indicator: '2.1', field: 'current', value: 90, why: '2024 cell 0.9 with % format.' });
  E.push({ type: 'change-value', entity: 'г. Магас и г. Назрань', indicator: '2.1', field: 'change', value: 20, why: '90 − 70 = +20 п.п.' });
  E.push({ type: 'change-value', entity: 'Назрановский район', indicator: '1.3', field: 'status', value: { regex: 'declin|decreas|worse|сниж' }, why: '1.3 was «да» in 2023 and is «нет» in 2024.' });
  E.push({ type: 'change-region', field: 'previous', value: 65.9375, advisory: true, why: 'Region (mean of entity fulfilment) 2023: (67.5+95+93.75+7.5)/4 = 65.9375.' });
  E.push({ type: 'change-region', field: 'current', value: 77, advisory: true, why: 'Region 2024: (97.5+100+65+62.5+60)/5 = 77.' });
  E.push({ type: 'out-sheets', names: OUTS.concat(['Динамика']), why: 'README: with --previous the result has a «Динамика» sheet.' });
  write('c03', { input: 'books/c03-two-periods.xlsx', args: ['--previous', 'Мониторинг 2023'], expectations: E });
  // c03b: the same two periods; only the merged criterion headers read «Критерий 1. …» / «Критерий 2. …»
  // instead of «1. …» / «2. …». Same cells, so the same hand-derived values.
  write('c03b', { input: 'books/c03b-two-periods-kriterij.xlsx', args: ['--previous', 'Мониторинг 2023'], expectations: E });
}

// ---------------------------------------------------------------- c04
{
  const S = "'Форма 1'!";
  const E = [];
  const names = ['Волосовский муниципальный район', 'Волховский муниципальный район', 'Всеволожский муниципальный район', 'Выборгский район', 'Гатчинский муниципальный район', 'Кингисеппский муниципальный район', 'Киришский муниципальный район'];
  E.push({ type: 'layout', value: 'counts', why: 'Counts, bases and declared shares (§2.B).' });
  E.push({ type: 'entities', names, why: 'Rows 5–11 (row 4 is the column-numbering row 1…7, row 12 the regional total, row 14 «Исполнитель»).' });
  const Y = 'из них молодых (до 35 лет, стаж до 3 лет)';
  const M = 'из них молодых с наставником';
  const rows = [
    // name, C, D, E, F declared, G declared, shareD, shareE, row
    [names[0], 420, 38, 30, 9, 79, 9.047619, 78.947368, 5],
    [names[1], 610, 55, 41, 9, 75, 9.016393, 74.545455, 6],
    [names[2], 3980, 402, 350, 10, 87, 10.100503, 87.064677, 7],
    [names[3], 1500, 150, 120, 10, 8, 10, 80, 8],
    [names[4], 1320, 118, 118, 9, 100, 8.939394, 100, 9],
    [names[5], 540, 47, 22, 8.7, 46.8, 8.703704, 46.808511, 10],
    [names[6], 760, 87, 60, 11, 69, 11.447368, 68.965517, 11],
  ];
  for (const [n, c, d, e, f, g, sd, se, r] of rows) {
    E.push({ type: 'share', entity: n, numCol: 'D', header: Y, field: 'share', value: sd, why: `Share of young = ${d}/${c} × 100 = ${sd} (§4).` });
    E.push({ type: 'share', entity: n, numCol: 'D', header: Y, field: 'base', value: c, why: '«из них молодых» refers to «Всего педагогов» (C).' });
    E.push({ type: 'share', entity: n, numCol: 'E', header: M, field: 'base', value: d, why: 'Chain: «из них молодых с наставником» is a part of «из них молодых» — its base is D (young teachers), not C (all teachers).' });
    E.push({ type: 'share', entity: n, numCol: 'E', header: M, field: 'share', value: se, why: `Mentored share = ${e}/${d} × 100 = ${se}.` });
    E.push({ type: 'share', entity: n, numCol: 'D', header: Y, field: 'mismatch', value: false, why: `Declared F${r} = ${f} is ${sd.toFixed(2)} rounded to ${Number.isInteger(f) ? 'an integer' : 'one decimal'}; a difference within the rounding of the declared value is not a mismatch (§2.B: «checks the shares the sheet already has»; rounding to integer — seed 001 writes 70 for 70.65).` });
    if (r === 8) {
      E.push({ type: 'share', entity: n, numCol: 'E', header: M, field: 'mismatch', value: true, why: 'Declared G8 = 8 but 120/150 = 80 %: the district divided by all teachers (120/1500 = 8 %) — the wrong base; an arithmetic error of the district reported with the cell (§2.B).' });
      E.push({ type: 'share', entity: n, numCol: 'E', header: M, field: 'declaredCell', value: S + 'G8', why: 'The declared share of the mentored pair is column G.' });
    } else {
      E.push({ type: 'share', entity: n, numCol: 'E', header: M, field: 'mismatch', value: false, why: `Declared G${r} = ${g} vs computed ${se.toFixed(2)}: within rounding.` });
    }
  }
  E.push({ type: 'share', entity: null, numCol: 'D', header: Y, field: 'share', value: 9.824754, why: 'Regional pooled share Σ numerators / Σ bases = 897/9130 = 9.8248 % (§4), not the mean of shares.' });
  E.push({ type: 'share', entity: null, numCol: 'D', header: Y, field: 'numerator', value: 897, why: '38+55+402+150+118+47+87 = 897.' });
  E.push({ type: 'share', entity: null, numCol: 'D', header: Y, field: 'base', value: 9130, why: '420+610+3980+1500+1320+540+760 = 9130.' });
  E.push({ type: 'share', entity: null, numCol: 'D', header: Y, field: 'mean', value: 9.607854, why: 'Mean of the 7 district shares: 67.254981/7 = 9.6079.' });
  E.push({ type: 'share', entity: null, numCol: 'D', header: Y, field: 'median', value: 9.047619, why: 'Sorted 8.70, 8.94, 9.02, 9.05, 10.00, 10.10, 11.45 → median 9.0476 (Волосовский 38/420).' });
  E.push({ type: 'share', entity: null, numCol: 'E', header: M, field: 'share', value: 82.608696, why: 'Pooled 741/897 = 82.61 %.' });
  E.push({ type: 'share', entity: null, numCol: 'E', header: M, field: 'numerator', value: 741, why: '30+41+350+120+118+22+60 = 741.' });
  E.push({ type: 'share', entity: null, numCol: 'E', header: M, field: 'base', value: 897, why: 'Σ young = 897.' });
  E.push({ type: 'share', entity: null, numCol: 'E', header: M, field: 'mean', value: 76.61879, why: 'Mean of 78.95, 74.55, 87.06, 80, 100, 46.81, 68.97 = 536.3315/7 = 76.6188.' });
  E.push({ type: 'share', entity: null, numCol: 'E', header: M, field: 'median', value: 78.947368, why: 'Sorted 46.81, 68.97, 74.55, 78.95, 80, 87.06, 100 → 78.95.' });
  E.push({ type: 'problem', cell: S + 'G8', severity: 'error|warning', why: 'The wrong declared share is a finding with its address (§2.B).' });
  for (const c of ['F5', 'F9', 'F11', 'G10', 'G11']) {
    E.push({ type: 'no-problem', cell: S + c, why: 'Declared share equal to the computed one within its rounding (9 vs 9.05, 9 vs 8.94, 11 vs 11.45, 46.8 vs 46.81, 69 vs 68.97): no false alarm.' });
  }
  E.push({ type: 'share', entity: null, numCol: 'D', header: Y, field: 'mismatch', value: false, advisory: true, why: 'The total row declares 10 for 9.82 % (integer rounding) — no mismatch.' });
  E.push({ type: 'share', entity: null, numCol: 'E', header: M, field: 'mismatch', value: false, advisory: true, why: 'The total row declares 83 for 82.61 % — no mismatch.' });
  for (const c of ['C12', 'D12', 'E12']) E.push({ type: 'no-problem', cell: S + c, advisory: true, why: 'The total row sums are right (9130, 897, 741).' });
  E.push({ type: 'out-sheets', names: OUTS, why: '§7.' });
  write('c04', { input: 'books/c04-counts-chain.xlsx', args: [], expectations: E });
}

// ---------------------------------------------------------------- c05
{
  const K = "'Крымский район'!";
  const T = "'Тихвинский район'!";
  const E = [];
  E.push({ type: 'layout', value: 'points', why: 'Evaluation sheets in points, one per municipality with the seed-004 template (§2.C, §5).' });
  E.push({ type: 'entities', names: ['Крымский район', 'Тихвинский район'], why: 'One sheet per municipality.' });
  E.push({ type: 'points', entity: 'Крымский район', field: 'total', value: 58.5, why: 'Показатели 2+1+2+2 = 7; Мониторинг 3 + (1+«0,5»+1 = 2.5) + (1+1+0.5 = 2.5) + 3 = 11; Анализ 3+2+(1+«-»+1 = 2)+3 = 10; Адресные 3+2+1+3 = 9; Меры 3+3+3+3+2+3+0 = 17; Управленческие 1+1+0 = 2; Анализ эффективности 1+«0,5»+1 = 2.5; total 7+11+10+9+17+2+2.5 = 58.5 (§5).' });
  E.push({ type: 'points', entity: 'Крымский район', field: 'max', value: { oneOf: [71, 70] }, why: 'Max from positions present: 8+12+12+12+21+3+3 = 71; 70 if the «-» parameter (Анализ, сетевые формы, C22) is treated as not applicable and dropped from the maximum.' });
  E.push({ type: 'points', entity: 'Крымский район', field: 'percent', value: { oneOf: [82.394366, 83.571429] }, why: '58.5/71 = 82.39 % (or 58.5/70 = 83.57 %).' });
  E.push({ type: 'entity', name: 'Крымский район', field: 'group', value: 1, why: '≥ 80 % in either reading.' });
  E.push({ type: 'entity', name: 'Крымский район', field: 'rank', value: 1, why: '82.4 % > 42.3 %.' });
  E.push({ type: 'points', entity: 'Тихвинский район', field: 'total', value: 30, why: 'Показатели (1+1−1 = 1)+2+0+1 = 4; Мониторинг 3+1.5+0+2 = 6.5; Анализ 2+1+0+1 = 4; Адресные 1 + (0,1,0 → 0: second parameter without the first, §5) + 0 + 2 = 3; Меры 3+2+1+0+3+(1+«0,5»+1 = 2.5)+0 = 11.5; Управленческие 0; Анализ эффективности 1 → 4+6.5+4+3+11.5+0+1 = 30.' });
  E.push({ type: 'points', entity: 'Тихвинский район', field: 'max', value: 71, why: 'All positions present: 71.' });
  E.push({ type: 'points', entity: 'Тихвинский район', field: 'percent', value: 42.253521, why: '30/71 = 42.25 %.' });
  E.push({ type: 'entity', name: 'Тихвинский район', field: 'group', value: 3, why: '42.25 < 50.' });
  E.push({ type: 'entity', name: 'Тихвинский район', field: 'rank', value: 2, why: 'Second of two.' });
  const kb = [['Показатели', 87.5, '7/8'], ['Мониторинг', 91.666667, '11/12'], ['Анализ результатов мониторинга', { oneOf: [83.333333, 90.909091] }, '10/12 (or 10/11 with «-» not applicable)'], ['Адресные рекомендации', 75, '9/12'], ['Меры, мероприятия', 80.952381, '17/21'], ['Управленческие решения', 66.666667, '2/3'], ['Анализ эффективности принятых мер', 83.333333, '2.5/3']];
  for (const [b, v, w] of kb) E.push({ type: 'entity', name: 'Крымский район', field: 'criterion:' + b, value: v, why: `Block percent = points / block max = ${w} (§5 totals per block).` });
  const tb = [['Показатели', 50, '4/8'], ['Мониторинг', 54.166667, '6.5/12'], ['Анализ результатов мониторинга', 33.333333, '4/12'], ['Адресные рекомендации', 25, '3/12'], ['Меры, мероприятия', 54.761905, '11.5/21'], ['Управленческие решения', 0, '0/3'], ['Анализ эффективности принятых мер', 33.333333, '1/3']];
  for (const [b, v, w] of tb) E.push({ type: 'entity', name: 'Тихвинский район', field: 'criterion:' + b, value: v, why: `Block percent = ${w}.` });
  E.push({ type: 'problem', cell: K + 'E47', why: 'Block «Анализ эффективности принятых мер» declares «всего» 4, but one position × 3 = 3: a declared-total mismatch reported with its address, computed value used (§5).' });
  E.push({ type: 'problem', cell: K + 'E28', why: 'Адресные рекомендации, position 2: parameters 1, 1, 0 sum to 2, the district wrote 3 (§5: declared total differing from computed → report).' });
  E.push({ type: 'problem-row', sheet: 'Тихвинский район', row: 28, why: 'Адресные рекомендации, position 2: 0 | 1 | 0 — a parameter scored while «наличие» is 0: flag as inconsistent and score 0 (§5).' });
  E.push({ type: 'problem', cell: T + 'E28', why: 'Тихвинский declared 1 for the inconsistent row; computed 0 → declared-total mismatch (§5).' });
  for (const c of ['E5', 'E12', 'E14', 'E15', 'E22', 'E33', 'E48']) {
    E.push({ type: 'no-problem', cell: K + c, why: 'Correct declared total: block maxima 8, 12, 21; position totals 2.5 («0,5» text), 2.5 (0.5), 2 (with «-»), 2.5 — no false alarm.' });
  }
  for (const c of ['C14', 'C48', 'C22']) {
    E.push({ type: 'no-problem', cell: K + c, severity: 'error', why: '«0,5» (decimal comma, text) is a number (§3); «-» in a parameter is «no / not applicable», not an unreadable cell.' });
  }
  for (const c of ['E33', 'E47', 'E6']) E.push({ type: 'no-problem', cell: T + c, why: 'Тихвинский block maxima are right (21, 3), and position 1 of «Показатели» 1 | 1 | −1 declared 1 is right (present and matching with an ineffective indicator → 2 − 1, §5).' });
  E.push({ type: 'no-problem', cell: K + 'E50', advisory: true, why: '«Итого набрано баллов» 58.5 equals the computed total; comparing it with the maximum would be a false alarm.' });
  E.push({ type: 'problem', cell: T + 'E50', advisory: true, why: '«Итого набрано баллов» 31 vs computed 30 (the district counted the inconsistent row).' });
  E.push({ type: 'out-sheets', names: OUTS, why: '§7.' });
  write('c05', { input: 'books/c05-points-fractions.xlsx', args: [], expectations: E });
}

// ---------------------------------------------------------------- c06
{
  const S = 'Диагностика!';
  const E = [];
  E.push({ type: 'layout', value: 'roster', why: 'One row per teacher with school, municipality, subject, date of birth, experience, mentor and competence results (§2.D).' });
  E.push({ type: 'roster', path: 'youngTeachers.count', value: 6, why: 'Age on 01.09.2024 (from the title) < 35 and стаж ≤ 3 (seed 002): Иванова 29/2, Смирнов born 02.09.1989 → 34 (birthday the next day)/3, Попова 23/«1 год», Михайлова (date typed as text «07.07.2001») 23/1, Новиков 27/2, Волкова 25/2 = 6. Not young: Кузнецова born 01.09.1989 → exactly 35 on the reference date; Соколова 26 but стаж 4; the rest are older.' });
  E.push({ type: 'roster', path: 'youngTeachers.base', value: 11, why: '12 teachers, Алексеев has no date of birth → not in the base (as in the tool rules: without age the teacher is in neither count nor base).' });
  E.push({ type: 'roster', path: 'youngTeachers.share', value: 54.545455, why: '6/11 = 54.55 %.' });
  E.push({ type: 'roster', path: 'youngTeachers.mentored', value: 4, why: 'Mentor column holds names: Иванова «Петрова Н.В.», Попова «да», Новиков «Лебедева И.П.», Волкова «Кузнецова О.И.» = 4; Смирнов blank, Михайлова «нет» (§6: coverage when the roster says who has a mentor).' });
  E.push({ type: 'roster', path: 'youngTeachers.mentoredShare', value: 66.666667, why: '4/6 = 66.67 %.' });
  E.push({ type: 'roster', path: 'referenceDate', value: { regex: '2024-09-01|01\\.09\\.2024' }, advisory: true, why: 'The title says «по состоянию на 01.09.2024».' });
  E.push({ type: 'deficit-map', level: 'region', unit: '', area: 'Предметные', value: 16.666667, why: 'Below 50 among 12 results: 45 (Смирнов), 35 (Михайлова) → 2/12 = 16.67 % (§6 deficit map).' });
  E.push({ type: 'deficit-map', level: 'region', unit: '', area: 'Методические', value: 27.272727, why: '11 results (Фёдорова blank): 40, 48, 42 below 50 → 3/11 = 27.27 %.' });
  E.push({ type: 'deficit-map', level: 'region', unit: '', area: 'Цифровые', value: 30, why: '10 results (Кузнецова, Морозова blank): 38, 30, 49 below 50 (50 is not below) → 3/10 = 30 %.' });
  E.push({ type: 'deficit-map', level: 'school', unit: 'Мгинская', area: 'Цифровые', value: 50, why: 'МБОУ «Мгинская СОШ»: Попова 70, Васильев 30, Морозова blank → 1/2 = 50 %.' });
  E.push({ type: 'deficit-map', level: 'school', unit: 'Мгинская', area: 'Методические', value: 33.333333, why: 'Мгинская: 55, 48, 79 → 1/3.' });
  E.push({ type: 'deficit-map', level: 'school', unit: 'Мгинская', area: 'Предметные', value: 0, why: 'Мгинская: 60, 52, 84 → 0/3.' });
  for (const c of ['K7', 'J13', 'K14']) E.push({ type: 'problem', cell: S + c, why: 'Blank result: missing, excluded and reported (§3).' });
  E.push({ type: 'problem', cell: 'F16', why: 'Алексеев has no date of birth: reported (with the cell F16 in the cell or the message).' });
  E.push({ type: 'no-problem', cell: S + 'F11', severity: 'error', why: 'A date typed as text «07.07.2001» is a readable date of birth.' });
  E.push({ type: 'no-problem', cell: S + 'G8', severity: 'error', why: '«1 год» is 1 year of experience.' });
  E.push({ type: 'out-sheets', names: ['Сводная', 'Проверка данных', 'Справка', 'Карта дефицитов'], why: 'README: a roster gets «Карта дефицитов».' });
  write('c06', { input: 'books/c06-roster-birthdates.xlsx', args: [], expectations: E });
}

// ---------------------------------------------------------------- c07
{
  const SN = "Свод 'итог' 2024";
  const S = "'Свод ''итог'' 2024'!";
  const E = [];
  E.push({ type: 'exit', code: 0, why: 'The workbook is readable and holds a table; a hidden sheet is still the user\'s data (exit ≠ 0 only when no table is recognised, §8).' });
  E.push({ type: 'sheets-include', value: SN, why: 'The only sheet, hidden, named with apostrophes.' });
  E.push({ type: 'entities', names: ['Ломоносовский муниципальный район', 'Лодейнопольский муниципальный район', 'Подпорожский муниципальный район', 'Сосновоборский городской округ'], why: 'Data rows of the Excel table (ListObject) B4:E9; its totals row «Итого» (row 9, SUBTOTAL formula) is not an entity.' });
  const F = [['Ломоносовский муниципальный район', 94, 1, 1, false, 'да, 82 %, да → (1+0.82+1)/3'], ['Лодейнопольский муниципальный район', 46.666667, 3, 4, false, 'нет, 40 %, да → (0+0.4+1)/3'], ['Подпорожский муниципальный район', 50, 2, 3, true, 'да, н/д, нет → (1+0)/2; 50 ≥ critical 50 → group 2'], ['Сосновоборский городской округ', 82.5, 1, 2, true, 'да, 65 %, «возможно» (error → missing) → (1+0.65)/2']];
  for (const [n, f, g, r, inc, w] of F) {
    E.push({ type: 'entity', name: n, field: 'fulfilment', value: f, why: w + ' (§4).' });
    E.push({ type: 'entity', name: n, field: 'group', value: g, why: `${f} → group ${g}.` });
    E.push({ type: 'entity', name: n, field: 'rank', value: r, why: '94 > 82.5 > 50 > 46.67.' });
    E.push({ type: 'entity', name: n, field: 'incomplete', value: inc, why: 'Missing or unreadable cells → incomplete.' });
  }
  E.push({ type: 'indicator', name: 'Наличие плана работы ММС', field: 'level', value: 75, why: 'да, нет, да, да → 3/4.' });
  E.push({ type: 'indicator', name: 'Доля педагогов с ИОМ', field: 'level', value: 62.333333, why: '(82+40+65)/3 = 62.33 (н/д excluded).' });
  E.push({ type: 'indicator', name: 'Наличие практики наставничества', field: 'level', value: 66.666667, why: 'да, да, нет (возможно excluded) → 2/3.' });
  E.push({ type: 'problem', cell: S + 'E8', severity: 'error', why: '«возможно» is an error; the address of a sheet whose name has apostrophes is quoted with the apostrophes doubled, as Excel writes it: \'Свод \'\'итог\'\' 2024\'!E8 (§8: \'Sheet name\'!A1).' });
  E.push({ type: 'problem', cell: S + 'D7', why: '«н/д» reported as missing.' });
  for (const [c, k] of [['C6', 'deficit'], ['D6', 'deficit'], ['E7', 'deficit'], ['D8', 'attention']]) E.push({ type: 'deficit', cell: S + c, kind: k, why: 'нет / 40 % → deficit; 65 % → attention (§4), with the quoted address.' });
  E.push({ type: 'out-sheets', names: OUTS, why: '§7.' });
  write('c07', { input: 'books/c07-hidden-apostrophe-listobject.xlsx', args: [], expectations: E });
}

// ---------------------------------------------------------------- c08 / c08b
for (const [name, file, what] of [['c08', 'books/c08-csv-renamed.xlsx', 'a CSV file renamed to .xlsx'], ['c08b', 'books/c08b-ole-encrypted.xlsx', 'an OLE compound file with EncryptedPackage (what Excel writes for a password-protected workbook) named .xlsx']]) {
  write(name, {
    input: file, args: [], expectations: [
      { type: 'exit', code: 'nonzero', why: `The input is ${what}; it cannot be read as a workbook (§8).` },
      { type: 'stderr-one-russian-sentence', why: '§8: one plain sentence on stderr, no stack trace; README: in Russian.' },
      { type: 'no-file', paths: [`/tmp/blind4-out-${name}.xlsx`, file.replace(/\.xlsx$/, '.result.xlsx')], why: '§8: no file written.' },
      { type: 'stdout-empty', advisory: true, why: 'Nothing (no partial JSON) on stdout.' },
    ],
  });
}
console.log('expected files written');
