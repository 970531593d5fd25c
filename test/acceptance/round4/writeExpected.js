// Hand-derived expectations for d01..d07 (d08: compute_d08.js). Arithmetic written out in each "why".
const fs = require('fs'); const W = (n, o) => fs.writeFileSync(__dirname + '/expected/' + n + '.json', JSON.stringify(o, null, 1));
const X = (type, o, why, adv) => Object.assign({ type }, o, { why }, adv ? { advisory: true } : {});

// d01 — seed 000, table 1
W('d01', { input: 'books/d01_seed000_table1.xlsx', args: [], expectations: [
  X('layout', { layout: 'matrix' }, 'Seed 000 table 1: indicators in rows, one «Результаты» column — §2A transposed form, down to a single result column.'),
  X('indicator', { name: 'Муниципальная Школа молодого педагога', level: 100, kind: 'percent' }, 'B3 «100% ММС»: leading number 100 % with text ignored (§3); level of a percent indicator = mean = 100 (seed states 100% ММС).'),
  X('indicator', { name: 'Школа молодого педагога в ОУ', level: 86, status: 'ok' }, 'B4 holds 0.86 with format 0% → 86 % (§2 «a cell showing 86% holds 0.86»); seed states 86 %. 86 ≥ 80 → ok.'),
  X('indicator', { name: 'Наставничество в небольших ОУ', level: 14, status: 'critical' }, 'B5 text «14%» → 14 (§3); seed states 14 %; 14 < 50 critical → critical problem zone (§4).'),
  X('indicator', { name: 'Группы ММС Вконтакте', level: 100 }, 'B6 «100% \\nот 3-5 до 28 групп» — the example of §3 «a number followed by text»: 100 with a warning.'),
  X('indicator', { name: 'Районные МО предметников', level: 100 }, 'B7 1 with 0% format → 100 %.'),
  X('indicator', { name: 'Сайт муниципальной методической службы', level: 100 }, 'B8 «100%» → 100.'),
  X('indicator', { name: 'Сайт профессиональных объединений педагогов', level: 100 }, 'B9 «100% \\nПредметные … и др.» → 100 with a warning (§3). Name in A9 spans two lines in the seed.'),
  X('problem', { cells: ['Табл1!B3'], severity: 'warning' }, '§3: «100% ММС» — leading number taken, warning that text was ignored, with the address.'),
  X('problem', { cells: ['Табл1!B6'], severity: 'warning' }, '§3 example «100% от 3-5 до 28 групп»: warning at B6.'),
  X('problem', { cells: ['Табл1!B9'], severity: 'warning' }, '§3: «100% Предметные и междисциплинарные сообщества…»: warning at B9.'),
  X('no_problem', { cells: ['Табл1!B4', 'Табл1!B5', 'Табл1!B7', 'Табл1!B8'], severity: 'error' }, 'Clean percent cells (0.86 formatted, «14%», 1 formatted, «100%») are not errors.'),
  X('deficit', { cell: 'Табл1!B5', kind: 'deficit' }, '§4 cell level: a percent < critical (14 < 50) is a deficit, at the address of the value.', true),
  X('indicator_count', { count: 7 }, 'Seven rows of table 1 (A3:A9) are seven indicators; the title in A1 and the header row A2:B2 are not.'),
] });

// d02 — seed 001 plan report
W('d02', { input: 'books/d02_seed001_plan.xlsx', args: [], expectations: [
  X('layout', { layout: 'plan' }, '§2E: «№ | Мероприятие | Ответственный | Результат» — the seed 001 report (no «Сроки» column, as in the seed).'),
  X('deficit', { cell: 'Отчёт!D6', kind: 'deficit' }, '§2E: «items without a result are deficits» — item 4 «Представить концепцию на Общественном совете при комитете» has an empty result cell D6 (as in the seed).'),
  X('indicator', { name: 'Результат указан', level: 13 / 14 * 100, status: 'ok' }, '14 items (1–7, «8-9.», 10–15: «8-9.» is one row = one item); 13 have a result → 13/14 = 92.857 %.', true),
  X('entities_count', { count: 14 }, 'Each numbered row is a plan item; «8-9.» is one item (one row).', true),
  X('no_deficit', { cell: 'Отчёт!D10' }, 'Item «8-9.» has a result (D10) — no result deficit there.'),
  X('indicator', { name: 'Срок', level: 50 }, 'docs/rules.md §6: with no «Сроки» column, dates count when the measure or result names a month/year/date: items 1 (2019-2020 годы), 2 (с февраля по май 2019 года), 3 (2019-2020 годы), 5 (сентябрь 2019 года), 6 (2019-2020 годы), 7 (30 января 2019 г.), 11 (2020 год) = 7 of 14 = 50 %.', true),
] });

// d03 — seed 002 ЕФС counts
const y = [[38, 420], [41, 380], [212, 1850], [130, 1200], [71, 640], [45, 510]].map(([a, b]) => a / b * 100);
const ys = [...y].sort((a, b) => a - b); const yMean = y.reduce((a, b) => a + b) / 6, yMed = (ys[2] + ys[3]) / 2;
const pk = [[120, 420], [95, 380], [540, 1850], [150, 510]].map(([a, b]) => a / b * 100); const pkMean = pk.reduce((a, b) => a + b) / 4;
const NM = ['Бокситогорский район', 'Волосовский район', 'Всеволожский район', 'Гатчинский район', 'Киришский район', 'Лужский район'];
const YI = 'Количество педагогических работников в возрасте до 35 лет', PI = 'Количество педагогических работников, прошедших повышение квалификации', II = 'Количество инновационных площадок, в которых';
W('d03', { input: 'books/d03_seed002_efs_counts.xlsx', args: [], expectations: [
  X('layout', { layout: 'counts' }, 'Counts with their bases and declared shares — §2B (seed 002 ЕФС indicators).'),
  X('entities_order', { names: NM }, 'Rows 3–8; «Итого» (row 9) is a total, the note in row 11 ends the table.'),
  X('share', { entity: null, indicator: YI, numerator: 537, base: 5000, share: 10.74 }, 'Pooled: (38+41+212+130+71+45)=537 / (420+380+1850+1200+640+510)=5000 = 10.74 % (§4).'),
  X('share', { entity: null, indicator: YI, mean: yMean, median: yMed }, `District shares 9.048, 10.789, 11.459, 10.833, 11.094, 8.824: mean ${yMean.toFixed(4)}, median (10.789+10.833)/2 = ${yMed.toFixed(4)}.`),
  X('share', { entity: 'Волосовский район', indicator: YI, numerator: 41, base: 380, share: 41 / 380 * 100, declared: 12, mismatch: true }, 'Planted arithmetic error: 41/380 = 10.79 %, district wrote 12,0 in E4 (§2B: a finding with its address).'),
  X('problem', { cells: ['ЕФС!E4'] }, 'The mismatch of the declared share E4 (12,0 vs 10,79) is reported with its address.'),
  X('share', { entity: 'Бокситогорский район', indicator: YI, share: 38 / 420 * 100, declared: 9, mismatch: false }, '38/420 = 9.048 → 9,0 as declared (difference 0.048 < rounding of one decimal).'),
  X('share', { entity: 'Всеволожский район', indicator: YI, share: 212 / 1850 * 100, declared: 11.5, mismatch: false }, '212/1850 = 11.459 → 11,5 as declared.'),
  X('share', { entity: null, indicator: PI, numerator: 905, base: 3160, share: 905 / 3160 * 100 }, 'Pooled without Гатчинский (F6 unreadable «см. приложение») and Киришский (F7 700 > base 640): (120+95+540+150)=905 / (420+380+1850+510)=3160 = 28.639 % (§4: a row whose pair is in error is left out).'),
  X('share', { entity: null, indicator: PI, mean: pkMean }, `Mean of the four valid district shares 28.571, 25.000, 29.189, 29.412 = ${pkMean.toFixed(4)}.`),
  X('problem', { cells: ['ЕФС!F6'], severity: 'error' }, '§3: «см. приложение» in a count column is an error with its address, counts as missing.'),
  X('problem', { cells: ['ЕФС!F7', 'ЕФС!C7', 'ЕФС!G7'], severity: 'error' }, '§4: numerator 700 > base 640 → error (Киришский).'),
  X('share', { entity: 'Киришский район', indicator: PI, share: null }, 'Pair in error → no share for Киришский.', true),
  X('share', { entity: null, indicator: II, numerator: 65, base: 92, share: 65 / 92 * 100 }, 'Seed 001/METHODOLOGY §4: «из 92 инновационных площадок … в 65» → 70.652 % (seed rounds to 70 %). Districts 4+3+15+0+6+37=65 of 5+6+20+0+8+53=92 (Гатчинский base 0 adds nothing).'),
  X('share', { entity: 'Гатчинский район', indicator: II, share: null }, 'Base 0 → no value (§4).'),
  X('problem', { cells: ['ЕФС!H6', 'ЕФС!I6'] }, 'Base 0 is a reported problem (§4).'),
  X('share', { entity: 'Лужский район', indicator: II, numerator: 37, base: 53, share: 37 / 53 * 100 }, '37/53 = 69.811 %.'),
  X('no_problem', { cells: ['ЕФС!D9', 'ЕФС!H9', 'ЕФС!I9'], severity: 'warning' }, 'Totals equal the sums: 537, 92, 65 — no total mismatch.'),
  X('problem', { cells: ['ЕФС!C9'] }, 'Planted: «Итого» C9 says 5010, the six rows sum to 420+380+1850+1200+640+510 = 5000 (§2A total rows are not entities; docs/rules.md 1а: totals are checked against the rows).', true),
  X('share', { entity: null, indicator: YI, base: 5000 }, 'The regional base is the sum of the district rows (5000), not the mistyped total 5010 in C9.'),
] });

// d04 — seed 003
const C = (a) => a.reduce((x, y) => x + y, 0);
const E4 = [
  ['г. Магас и г. Назрань', [1, 1, 1, 1], [0.9, 1, 1, 1, 1, 1, 0, 1, 1], false],
  ['Сунженский район и г.Карабулак', [1, 1, 1, 0], [1, 0.95, 1, 1, 1, 1, 1, 0, 1], false],
  ['Малгобекский район и г. Малгобек', [1, 0, 1, 1], [0.3, 0.8, 1, 1, 0, 0, 1, 1, 1], false],
  ['Назрановский район', [1, 1, 1, 1], [1, 0.85, 1, 1, 1, 0, 1, 1, 1], false],
  ['Джейрахский район', [1, 1, 0, 1], [0.5, 1, 1, 0, 1, 0, 1, 1], true], // 2.2 н/д dropped
];
const ranks4 = { 'г. Магас и г. Назрань': 1, 'Назрановский район': 2, 'Сунженский район и г.Карабулак': 3, 'Джейрахский район': 4, 'Малгобекский район и г. Малгобек': 5 };
const ex4 = [X('layout', { layout: 'matrix' }, 'Seed 003: municipalities × indicators under merged criteria «1. …» and «2.Поддержка …» (no space, as in the seed).'),
  X('entities_order', { names: E4.map(e => e[0]) }, 'Rows 4–8 in order; «Итого по региону» (row 9) is not an entity.')];
for (const [n, c1, c2, inc] of E4) { const f = (C(c1) + C(c2)) / (c1.length + c2.length) * 100, k2 = C(c2) / c2.length * 100;
  ex4.push(X('entity', { name: n, fulfilment: f, criteria: { '1': C(c1) / 4 * 100, '2': k2 }, group: f >= 80 ? 1 : f >= 50 ? 2 : 3, rank: ranks4[n], incomplete: inc },
    `criterion 1 = (${c1.join('+')})/4; criterion 2 = (${c2.join('+')})/${c2.length} = ${k2.toFixed(3)}; overall by indicator count = ${(C(c1) + C(c2)).toFixed(2)}/${c1.length + c2.length}. Seed 003 groups on criterion 2: Магас, Сунженский, Назрановский in group 1 (80–100 %), Малгобекский and Джейрахский in group 2 (50–79 %).${inc ? ' H8 «н/д» is missing → incomplete, 2.2 excluded.' : ''}`)); }
ex4.push(X('entity_criterion_group', { name: 'Малгобекский район и г. Малгобек', criterion: '2', group: 2 }, 'Seed 003 states group 2 for criterion 2 (67.8 %).', true));
const L4 = { '1.1': [100, 'ok'], '1.2': [80, 'ok'], '2.1': [74, 'attention'], '2.2': [90, 'ok'], '2.5': [60, 'attention'], '2.6': [60, 'attention'], '2.7': [60, 'attention'], '2.8': [80, 'ok'], '2.9': [100, 'ok'] };
const W4 = { '1.1': 'all 5 «да» (seed: all services, 100 %)', '1.2': '4/5', '2.1': 'mean(90,100,30,100,50) = 370/5', '2.2': 'mean(100,95,80,85) over 4 with data (H8 н/д) = 360/4', '2.5': '3/5 да', '2.6': '3/5', '2.7': '3/5', '2.8': '4/5', '2.9': '5/5' };
for (const id in L4) ex4.push(X('indicator', { id, level: L4[id][0], status: L4[id][1] }, `§4 level: ${W4[id]} = ${L4[id][0]}; status by 80/50.`));
ex4.push(X('deficit', { cell: 'Мониторинг!G6', kind: 'deficit' }, 'Малгобекский 2.1 = 30 % < 50 → cell deficit (seed: «менее 35%» in Малгобекский).'));
ex4.push(X('deficit', { cell: 'Мониторинг!G8', kind: 'attention' }, 'Джейрахский 2.1 = 50 %: ≥ critical and < target → зона внимания.'));
ex4.push(X('deficit', { cell: 'Мониторинг!M4', kind: 'deficit' }, 'Магас 2.7 «нет» → deficit.'));
ex4.push(X('problem', { cells: ['Мониторинг!H8'] }, '§3: «н/д» is missing and reported.'));
ex4.push(X('rerun_on_result', { entities: 5, cfSheet: 'Мониторинг', cells: {} }, '§7: «re-running replaces them» — analysing the result workbook again must replace Сводная/Справка/Дефициты/Проверка данных and the highlights, not add «Сводная (2)» and a second set of conditional formats.', true));
ex4.push(X('entity_absent', { name: 'Итого по региону' }, 'Total row is not an entity.'));
W('d04', { input: 'books/d04_seed003_ingushetia.xlsx', args: [], expectations: ex4 });

// d05 — seed 004 points
W('d05', { input: 'books/d05_seed004_points.xlsx', args: [], expectations: [
  X('layout', { layout: 'points' }, '§2C: evaluation sheets in points, one per municipality, seed 004 template.'),
  X('entities_order', { names: ['Крымский район', 'Абинский район'] }, 'One sheet per municipality, in sheet order.'),
  X('entity', { name: 'Крымский район', points: 63, fulfilment: 100, group: 1, rank: 1 }, 'Seed 004 figures: every parameter 1. Мониторинг 4×3=12, Анализ 12, Адресные 12, Меры 7×3=21, Управленческие 3, Анализ эффективности 3 → 63 of 63 = 100 %.'),
  X('entity', { name: 'Крымский район', maxPoints: 63 }, '§5: block maximum from positions present: 12+12+12+21+3+3 = 63 (the seed has no «Показатели» block table).', true),
  X('entity', { name: 'Абинский район', points: 42, fulfilment: 42 / 63 * 100, group: 2, rank: 2 }, 'Мониторинг 3+2+0+2=7; Анализ 2+1+0(row 13: 0,1,0 — parameter 2 without parameter 1 → inconsistent, 0)+3=6; Адресные 3+3+3+0=9; Меры 3+2+3+3+0+2+3=16; УР 3; АЭ 1 (1,0,0) → 42 of 63 = 66.667 % → group 2.'),
  X('entity', { name: 'Абинский район', criteria: { 'Мониторинг': 7 / 12 * 100, 'Анализ результатов мониторинга': 50, 'Адресные рекомендации': 75, 'Меры, мероприятия': 16 / 21 * 100, 'Управленческие решения': 100, 'Анализ эффективности': 100 / 3 } }, 'Block percentages of maximum: 7/12, 6/12, 9/12, 16/21, 3/3, 1/3 (§5 totals per block, percent of maximum).', true),
  X('problem', { cells: ["'Крымский район'!E25"] }, '§5: the «Меры, мероприятия» row declares всего 24 for 7 × 3 = 21 → mismatch with its address (E25).'),
  X('problem', { cells: ["'Абинский район'!E25"] }, 'Same template: declared 24 vs 21 at E25.'),
  X('problem', { cells: ["'Абинский район'!A13", "'Абинский район'!B13", "'Абинский район'!C13", "'Абинский район'!D13", "'Абинский район'!E13"] }, '§5: parameter 2 (C13 = 1) while parameter 1 (B13 = 0) → inconsistent row flagged, scored 0.'),
] });

// d06 — user's own Сводная / Дефициты
const F6 = [['Кировский район', 90, 95, 85, 1, 2], ['Лужский район', 56.25, 20, 92.5, 2, 4], ['Тосненский район', 63.75, 80, 47.5, 2, 3], ['г. Сосновый Бор', 95, 100, 90, 1, 1]];
W('d06', { input: 'books/d06_user_sheets.xlsx', args: [], expectations: [
  X('entities_order', { names: F6.map(f => f[0]) }, 'Only sheet «Данные» holds a table; the user\'s «Сводная»/«Дефициты» are notes, not data.'),
  ...F6.map(f => X('entity', { name: f[0], fulfilment: f[1], criteria: { '1': f[2], '2': f[3] }, group: f[4], rank: f[5] }, `Scores: Кировский 1,.9 | .7,1; Лужский 0,.4 | .85,1; Тосненский 1,.6 | .95,0; Сосновый Бор 1,1 | .8,1 → ${f[0]}: crit1 ${f[2]}, crit2 ${f[3]}, overall ${f[1]} (4 indicators); ranks by overall 95, 90, 63.75, 56.25.`)),
  X('result_sheet_cells', { sheet: 'Сводная', cells: { A1: 'Моя сводная (не трогать)', A2: 'Итого по моим подсчётам', B2: 42, A3: 'Комментарий методиста' } }, 'README/§7: a user\'s own sheet with the same name is never overwritten.'),
  X('result_sheet_cells', { sheet: 'Дефициты', cells: { A1: 'Мои заметки о дефицитах', A2: 'Лужский район — наставничество', B2: 'обсудить на совете' } }, '§7: the user\'s «Дефициты» is never overwritten.'),
  X('result_sheet_exists', { sheet: 'Сводная (2)' }, 'README: «если в книге уже есть свой лист «Сводная», итог будет записан в «Сводная (2)»».'),
  X('result_sheet_prefix', { prefix: 'Дефициты', not: 'Дефициты' }, '§7: the tool\'s deficit sheet is written under another name since «Дефициты» belongs to the user.'),
  X('result_sheet_exists', { sheet: 'Дефициты (2)' }, 'By analogy with README «Сводная (2)».', true),
  X('result_sheet_cells', { sheet: 'Данные', cells: { A1: 'Мониторинг ММС, 2024', B4: 'Кировский район', C4: 'да', D4: 0.9, E5: 0.85, F6: 'нет', B7: 'г. Сосновый Бор', D5: 0.4 } }, '§7: never change the user\'s data.'),
  X('result_notes', { sheet: 'Данные', notes: { C4: 'Программа утверждена приказом №15', B5: 'Уточнить у района' } }, '§7 «never change the user\'s data»: the user\'s cell comments survive.'),
  X('result_view', { sheet: 'Данные', xSplit: 2, ySplit: 3 }, 'The user\'s frozen pane (2 columns, 3 rows) survives.'),
  X('result_autofilter', { sheet: 'Данные', ref: 'A3:F7' }, 'The user\'s autofilter survives.'),
  X('result_cf', { sheet: 'Данные', ref: 'D4:E7', operator: 'lessThan', formula: '0.5' }, '§7: highlights are added as conditional formats the add-in can remove again — the user\'s own rule must stay.'),
  X('input_unchanged', {}, 'README: the input workbook is never written.'),
  X('result_cf_cells', { sheet: 'Данные', userRef: 'D4:E7', sets: [['C5', 'D5', 'F6'], ['D6', 'E4']] }, '§7 highlights: deficits (red) C5 «нет», D5 40 %, F6 «нет»; attention (yellow) E4 70 %, D6 60 % (E7 80 % = target is not attention). Added as conditional formats next to the user\'s own rule.', true),
  X('result_sheet_text', { prefix: 'Дефициты', not: 'Дефициты', texts: ['Данные!C5', 'Данные!D5', 'Данные!F6'] }, '§7 Дефициты: one row per finding with the source address.', true),
  X('rerun_on_result', { sameSheets: true, entities: 4, cfSheet: 'Данные', sheet: 'Сводная', cells: { A1: 'Моя сводная (не трогать)', B2: 42 } }, '§7: re-running replaces the add-in\'s own sheets (Сводная (2), Дефициты (2), …) — no «Сводная (3)»; the user\'s sheets stay; the tool\'s own result sheets are not read as data (still 4 entities). Run on the result workbook of the first run.'),
] });

// d07 — names
W('d07', { input: 'books/d07_names.xlsx', args: ['--previous', '2023'], expectations: [
  X('names_trimmed', {}, 'B4 of 2024 is «Волховский район » (trailing space): an entity name must not keep it (it would not match itself).', true),
  X('entity', { name: 'Подпорожский район', fulfilment: (1 + 0 + 0.4) / 3 * 100, group: 3 }, '2024: да, нет, 40 % → 1.4/3 = 46.667 → group 3.'),
  X('entity', { name: 'г. Пикалёво', fulfilment: (1 + 1 + 0.9) / 3 * 100, group: 1 }, '2024: да, да, 90 % → 2.9/3 = 96.667.'),
  X('entity', { name: 'Волосовский район', fulfilment: 100, group: 1, rank: 1 }, '2024: да, да, 100 % → 100, first.'),
  X('problem_text', { re: 'Волховск', re2: 'повтор|дважды|дубл|несколько раз|ещё раз|еще раз|встречается' }, 'The same district twice in one table (rows 4 and 8 of «2024») is something a methodologist must be told about.', true),
  X('change_entity', { entity: 'г. Пикалёво', matched: true, previousFulfilment: (1 + 1 + 0.8) / 3 * 100, currentFulfilment: (1 + 1 + 0.9) / 3 * 100 }, 'docs/rules.md §9: names match ignoring «ё»: «г. Пикалево» (2023) = «г. Пикалёво» (2024); previous 2.8/3 = 93.333, current 96.667.'),
  X('change_entity', { entity: 'г. Пикалёво', fulfilmentChange: 3.4 }, 'rules.md §9: change between displayed values 96.7 − 93.3 = 3.4 п.п.', true),
  X('change_entity', { entity: 'Подпорожский район', matched: true, previousFulfilment: 10 }, '2023 «Пoдпорожский» has a Latin «o»: a methodologist sees the same district; previous (0+0+0.3)/3 = 10.', true),
  X('change_entity', { entity: 'Волосовский район', matched: true, previousFulfilment: (1 + 0 + 0.9) / 3 * 100 }, '2023 «Волосовcкий» has a Latin «c»; previous 1.9/3 = 63.333.', true),
  X('problem_text', { re: 'Сланцевск' }, 'rules.md §9/README: Сланцевский район is only in 2023 — listed, not lost silently.'),
  X('no_problem_text', { re: 'Пикал[её]во' }, 'Пикалево/Пикалёво are one district: it must not be listed as «only in one period».', true),
  X('no_problem_text', { re: 'Волховск', re2: 'Только в текущем|сравнить не с чем' }, 'Волховский район is in both periods; its duplicate row must not make it appear «only in the current period».', true),
  X('no_problem_text', { re: 'Подпорожск', re2: 'только|нет данных|сравнить не с чем' }, 'Подпорожский must not be listed as only in one period.', true),
] });
console.log('written');
