// Writes expected/<name>.json. Every number below was derived by hand from the cells written
// in make.js (the arithmetic is spelled out in "why"); none was taken from the tool.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'expected');
fs.mkdirSync(dir, { recursive: true });
const E = {};
const ent = (entity, field, value, why, extra = {}) => ({ type: 'entityField', entity, field, value, why, ...extra });

// ------------------------------------------------------------------ b09 folder of district forms
E.b09_folder = {
  input: 'books/b09_folder',
  expectations: [
    { type: 'exitCode', value: 0, why: 'a folder of district forms is a documented input (README: «несколько книг или папка с книгами … читаются как одна книга»)' },
    { type: 'layout', value: 'counts', why: 'columns «Всего педагогических работников», «Количество …», «Доля …, %» — layout B (§2 B)' },
    { type: 'entitiesSet', names: ['Всеволожский', 'Киришский', 'Гатчинский', 'Лужский', 'Сосновый Бор'], why: '4 files, 5 districts: 01 Всеволожский (sheet «Форма»), 02 Киришский (sheet «Лист1»), 03 Гатчинский + Лужский (extra blank column B, row «Итого» is not an entity, §2 A), 04 г. Сосновый Бор (sheet «Форма» after an «Инструкция» sheet). No district may be dropped.' },
    { type: 'noEntity', name: 'Итого', why: '«Итого» is a total row, not an entity (§2 A)' },
    { type: 'entities', names: ['Всеволожский', 'Киришский', 'Гатчинский', 'Лужский', 'Сосновый Бор'], advisory: true, why: 'file order 01…04 and row order inside file 03; METHODOLOGY does not state the order for several files' },
    { type: 'share', entity: 'Всеволожский', indicator: 'молодых педагогов', fields: { numerator: 212, base: 1850, share: 11.45946, mismatch: false }, why: '01_Всеволожский.xlsx Форма!D5/C5 = 212/1850 = 11.459 %; declared E5 11.5 is the rounding of it → no mismatch (§2 B, §4)' },
    { type: 'share', entity: 'Киришский', indicator: 'молодых педагогов', fields: { numerator: 71, base: 640, share: 11.09375, declared: 12.0, mismatch: true }, why: '02_Киришский.xlsx Лист1!D5/C5 = 71/640 = 11.094 %, the district declared 12,0 in E5 → mismatch (README\'s own example «Киришский 640 71 12,0 ← ошибка»)' },
    { type: 'problem', cell: 'Лист1!E5', why: 'declared share 12,0 ≠ 71/640 = 11,1 %: «a district\'s arithmetic error is a finding, reported with the cell address» (§2 B)' },
    { type: 'share', entity: 'Гатчинский', indicator: 'молодых педагогов', fields: { numerator: 260, base: 2100, share: 12.38095, mismatch: false }, why: '03 file has an extra blank column B, so name in C, base D5=2100, young E5=260, declared F5=12.4 = round(12.381) → no mismatch' },
    { type: 'share', entity: 'Лужский', indicator: 'молодых педагогов', fields: { numerator: 95, base: 1120, share: 8.48214, mismatch: false }, why: 'base D6 is text «1 120» = 1120 (§3: "1 234" with a space is a number); 95/1120 = 8.482 %, declared «8,5» (text with comma) → no mismatch' },
    { type: 'share', entity: 'Сосновый Бор', indicator: 'молодых педагогов', fields: { numerator: 48, base: 560, share: 8.57143, mismatch: false }, why: '48/560 = 8.571 %; declared E5 is a formula =D5/C5*100 with cached 8.5714 → agrees' },
    { type: 'share', entity: null, indicator: 'молодых педагогов', fields: { numerator: 686, base: 6270, share: 10.94099, mean: 10.39755, median: 11.09375 }, why: 'pooled (§4): Σ = 212+71+260+95+48 = 686 over 1850+640+2100+1120+560 = 6270 → 10.941 %; district shares 11.459, 11.094, 12.381, 8.482, 8.571 → mean 10.398, median 11.094' },
    { type: 'problem', cell: 'Форма!G5', hint: 'Гатчин', why: 'file 03: КПК count G5 = 2250 > base D5 = 2100 → error (§4 "numerator > base … → error"); the address must let the user find the file (hint «Гатчин» expected somewhere in the problem)' },
    { type: 'share', entity: null, indicator: 'повышение квалификации', fields: { numerator: 1570, base: 4170, share: 37.64988, mean: 38.83838, median: 36.49373 }, why: 'Гатчинский pair is in error (2250 > 2100) and is left out (§4). Σ = 640+310+430+190 = 1570 over 1850+640+1120+560 = 4170 → 37.650 %; shares 34.595, 48.438, 38.393, 33.929 → mean 38.838, median (34.595+38.393)/2 = 36.494' },
    { type: 'share', entity: 'Киришский', indicator: 'повышение квалификации', fields: { numerator: 310, base: 640, share: 48.4375 }, why: '310/640 = 48.4375 % (sheet «Лист1» must be read although it is not called «Форма»)' },
  ],
};

// ------------------------------------------------------------------ b10 one wide points table
const b10names = ['Сунженский', 'Малгобекский', 'Назрановский', 'Джейрахский', 'Магас'];
E.b10_points_wide = {
  input: 'books/b10_points_wide.xlsx',
  expectations: [
    { type: 'exitCode', value: 0, why: 'a wide points table is layout C (§2 C, "one wide table")' },
    { type: 'layout', value: 'points', why: 'blocks «Мониторинг», «Управленческие решения», «Анализ эффективности принятых мер» → positions → parameters in header rows 5-7 (§2 C)' },
    { type: 'entities', names: b10names, why: 'rows 8-12; row 13 «Итого по региону» and the note in row 15 are not entities; header starts in row 5 under a 2-line title and a date line' },
    { type: 'noEntity', name: 'Итого', why: 'total row' },
    ent('Сунженский', 'points', 18, 'row 8: all 12 monitoring parameters + 3 + 3 = 18'),
    ent('Малгобекский', 'points', 13, 'row 9: monitoring 3+2+1+3 = 9, решения 1+1+0 = 2, анализ 1+0+1 = 2 → 13'),
    ent('Назрановский', 'points', 14, 'row 10: monitoring 3+3+2+3 = 11, решения 3, анализ «-» «-» «-» = 0 (dash = no, §3) → 14'),
    ent('Джейрахский', 'points', 3, 'row 11: position 1 = 1,0,0 → 1; position 2 = 1,1,0 → 2; position 3 = 0,1,1 — first parameter 0, so the others cannot score (§5) → 0; position 4 = 0 → monitoring 3; решения 0; анализ 0 → 3'),
    ent('Магас', 'points', 16, 'row 12: monitoring 3+3+3+2 = 11, решения 3, анализ 1+1+0 = 2 → 16 (X12 is a formula with cached 16)'),
    ...b10names.map((n) => ent(n, 'maxPoints', 18, 'maximum is computed from the positions present (§5): monitoring 4 positions × 3 = 12, решения 1 × 3 = 3, анализ эффективности 1 × 3 = 3 → 18; the other blocks are not in this sheet')),
    ent('Сунженский', 'fulfilment', 100, '18/18 (§5 "percent of maximum")'),
    ent('Малгобекский', 'fulfilment', 72.22222, '13/18 = 72.22 %'),
    ent('Назрановский', 'fulfilment', 77.77778, '14/18 = 77.78 %'),
    ent('Джейрахский', 'fulfilment', 16.66667, '3/18 = 16.67 %'),
    ent('Магас', 'fulfilment', 88.88889, '16/18 = 88.89 %'),
    ent('Сунженский', 'group', 1, '100 ≥ 80'), ent('Малгобекский', 'group', 2, '72.2 in [50,80)'), ent('Назрановский', 'group', 2, '77.8 in [50,80)'),
    ent('Джейрахский', 'group', 3, '16.7 < 50'), ent('Магас', 'group', 1, '88.9 ≥ 80'),
    ent('Сунженский', 'rank', 1, '18 > 16 > 14 > 13 > 3'), ent('Магас', 'rank', 2, 'second'), ent('Назрановский', 'rank', 3, 'third'),
    ent('Малгобекский', 'rank', 4, 'fourth'), ent('Джейрахский', 'rank', 5, 'last'),
    { type: 'problem', cell: 'Баллы!X9', why: 'Малгобекский declared «Итого баллов» 14 but the parameters give 13 → declared-total mismatch reported with its address (§5)' },
    { type: 'problemRow', sheet: 'Баллы', row: 11, why: 'Джейрахский position 3 (I11:K11 = 0,1,1): a parameter scores while the first is 0 → "flag such a row as inconsistent" (§5)' },
    { type: 'noProblem', cell: 'Баллы!X10', severity: 'error', why: 'Назрановский declared 14 = computed 14: no false alarm' },
    { type: 'noProblem', cell: 'Баллы!O9', severity: 'error', why: 'Малгобекский block «Мониторинг» declared 9 = 3+2+1+3: no false alarm' },
    { type: 'noProblem', cell: 'Баллы!X12', severity: 'error', why: 'formula =O12+S12+W12 cached 16 = computed 16' },
  ],
};

// ------------------------------------------------------------------ b11 template sheet per municipality
E.b11_points_sheets = {
  input: 'books/b11_points_sheets.xlsx',
  expectations: [
    { type: 'exitCode', value: 0, why: 'one sheet per municipality with the same template is layout C (§2 C)' },
    { type: 'layout', value: 'points', why: '§2 C' },
    { type: 'entities', names: ['Сунженский', 'Малгобекский', 'Назрановский', 'Джейрахский'], why: 'four template sheets in order; the first sheet «Как заполнять» is instructions, not an entity' },
    ent('Сунженский', 'points', 24, '7 measures × 3 + решения 3 = 24'),
    ent('Малгобекский', 'points', 16, 'measures 3+2+1+3+0+2+3 = 14 (rows 6-12), решения 1+1+0 = 2 → 16'),
    ent('Назрановский', 'points', 20, 'older template: 6 measures (row «устранение кадровых дефицитов» missing) 3+3+3+3+2+3 = 17, решения 3 → 20'),
    ent('Джейрахский', 'points', 3, '«+» = 1, «-» = 0 (§3). measures: + - - → 1; - - - → 0; - + + → first is 0 → 0 (§5); + - - → 1; 0; 0; + - - → 1 → 3; решения 0 → 3'),
    ent('Сунженский', 'maxPoints', 24, 'computed max 7×3 + 1×3 = 24 (declared 24 for «Меры» alone is wrong, the computed 21 is used, §5)'),
    ent('Малгобекский', 'maxPoints', 24, '7×3 + 3 = 24'),
    ent('Джейрахский', 'maxPoints', 24, '7×3 + 3 = 24'),
    ent('Назрановский', 'maxPoints', 21, '"maximum of a block is computed from the positions actually present" (§5): 6×3 + 3 = 21. Could also be read as 24 with the missing position scoring 0', { advisory: true }),
    ent('Сунженский', 'fulfilment', 100, '24/24'),
    ent('Малгобекский', 'fulfilment', 66.66667, '16/24'),
    ent('Джейрахский', 'fulfilment', 12.5, '3/24'),
    ent('Назрановский', 'fulfilment', 95.2381, '20/21 (20/24 = 83.3 under the other reading)', { advisory: true }),
    ent('Сунженский', 'group', 1, '100'), ent('Малгобекский', 'group', 2, '66.7'), ent('Назрановский', 'group', 1, '95.2 or 83.3 — group 1 either way'), ent('Джейрахский', 'group', 3, '12.5'),
    ent('Сунженский', 'rank', 1, '100'), ent('Назрановский', 'rank', 2, '95.2 (or 83.3)'), ent('Малгобекский', 'rank', 3, '66.7'), ent('Джейрахский', 'rank', 4, '12.5'),
    { type: 'problem', cell: 'Сунженский!E5', why: '«Меры, мероприятия» declares 24 for 7 positions × 3 = 21 → "report the mismatch with its address and use the computed value" (§5, the seed 004 case)' },
    { type: 'problem', cell: 'Малгобекский!E5', why: 'same declared 24 ≠ 21' },
    { type: 'problem', cell: 'Джейрахский!E5', why: 'same declared 24 ≠ 21' },
    { type: 'problem', cell: 'Малгобекский!E7', why: 'position «конкурсы профессионального мастерства»: parameters 1,1,0 = 2 but «всего» says 3 → declared total mismatch (§5)' },
    { type: 'problemRow', sheet: 'Джейрахский', row: 8, why: 'row 8 «- + +»: parameters 2-3 score while the first is 0 → inconsistent row flagged (§5); declared 2 there, computed 0' },
    { type: 'noProblem', cell: 'Назрановский!E5', severity: 'error', advisory: true, why: 'older template declares 18 = 6 positions × 3: consistent with its own positions' },
    { type: 'problemSheet', sheet: 'Назрановский', advisory: true, why: 'a methodologist would want to be told that this sheet is an older template with the position «Принятие мер, направленных на устранение кадровых дефицитов в ОО» missing' },
  ],
};

// ------------------------------------------------------------------ b12 periods in one table
E.b12_periods = {
  input: 'books/b12_periods.xlsx',
  expectations: [
    { type: 'exitCode', value: 0, why: 'matrix with a «Учебный год» column (README: "Если периоды лежат в одной таблице со столбцом «Год» («Учебный год» …) ничего указывать не нужно")' },
    { type: 'layout', value: 'matrix', why: '§2 A' },
    { type: 'entities', names: ['Сунженский', 'Малгобекский', 'Назрановский', 'Джейрахский'], why: 'names are merged over two rows (B8:B9 …); the current period 2023/2024 has one row per municipality → 4 entities, not 8 (README, rules §9)' },
    ent('Сунженский', 'fulfilment', 100, '2023/2024 row 8: да, да, 100 %, да → (1+1+1+1)/4'),
    ent('Малгобекский', 'fulfilment', 58.75, '2023/2024 row 11 (after the 2022/2023 row): да, нет, 35 %, да → (1+0+0.35+1)/4 = 58.75'),
    ent('Назрановский', 'fulfilment', 71.25, '2023/2024 row 12: да, да, 85 %, нет → 2.85/4 = 71.25'),
    ent('Джейрахский', 'fulfilment', 46.66667, '2023/2024 row 15: да, н/д (missing), 40 %, нет → (1+0.4+0)/3 = 46.67'),
    ent('Джейрахский', 'incomplete', true, '«н/д» in E15 → "An entity with missing cells is marked incomplete" (§4)'),
    ent('Сунженский', 'group', 1, '100'), ent('Малгобекский', 'group', 2, '58.75'), ent('Назрановский', 'group', 2, '71.25'), ent('Джейрахский', 'group', 3, '46.67'),
    ent('Сунженский', 'rank', 1, '100'), ent('Назрановский', 'rank', 2, '71.25'), ent('Малгобекский', 'rank', 3, '58.75'), ent('Джейрахский', 'rank', 4, '46.67'),
    { type: 'criterion', entity: 'Малгобекский', criterion: 'Критерий 1', value: 50, why: '1.1 да, 1.3 нет → 50' },
    { type: 'criterion', entity: 'Джейрахский', criterion: 'Критерий 1', value: 100, why: '1.1 да, 1.3 н/д (excluded) → 100' },
    { type: 'criterion', entity: 'Назрановский', criterion: 'Критерий 2', value: 42.5, why: '2.1 85 %, 2.5 нет → (0.85+0)/2' },
    { type: 'criterion', entity: 'Малгобекский', criterion: 'Критерий 2', value: 67.5, why: '(0.35+1)/2' },
    { type: 'indicator', indicator: '1.1', field: 'level', value: 100, why: 'current period: да ×4 → 4/4' },
    { type: 'indicator', indicator: '1.3', field: 'level', value: 66.66667, why: 'current: да, нет, да, н/д → 2 of 3 with data (§4)' },
    { type: 'indicator', indicator: '2.1', field: 'level', value: 65, why: 'current: mean(100, 35, 85, 40) = 65' },
    { type: 'indicator', indicator: '2.5', field: 'level', value: 50, why: 'current: да, да, нет, нет → 2/4' },
    { type: 'indicator', indicator: '1.3', field: 'status', value: 'attention', why: '66.7 in [50, 80)' },
    { type: 'indicator', indicator: '1.1', field: 'status', value: 'ok', why: '100 ≥ 80' },
    { type: 'problem', cell: 'Мониторинг!E15', why: '«н/д» is missing: "excluded … and reported" (§3)' },
    { type: 'deficit', entity: 'Малгобекский', cell: 'Мониторинг!E11', kind: 'deficit', why: 'current-period «нет» → cell deficit (§4)' },
    { type: 'deficit', entity: 'Малгобекский', cell: 'Мониторинг!F11', kind: 'deficit', why: '35 % < 50' },
    { type: 'deficit', entity: 'Назрановский', cell: 'Мониторинг!G12', kind: 'deficit', why: '«нет»' },
    { type: 'deficit', entity: 'Джейрахский', cell: 'Мониторинг!F15', kind: 'deficit', why: '40 % < 50' },
    { type: 'noDeficit', cell: 'Мониторинг!E9', advisory: true, why: 'E9 is Сунженский\'s PREVIOUS period «нет»; the current table is 2023/2024 (README) so it is not a current deficit' },
    { type: 'noDeficit', cell: 'Мониторинг!F14', advisory: true, why: 'previous period row of Джейрахский (20 %)' },
    { type: 'change', entity: 'Сунженский', value: 35, tolerance: 0.06, advisory: true, why: 'fulfilment 2022/2023 row 9: да, нет, 60 %, да → 65; now 100 → +35 п.п. (§8 defines no key for dynamics: searched anywhere in the JSON)' },
    { type: 'change', entity: 'Малгобекский', value: 26.25, tolerance: 0.06, advisory: true, why: 'row 10: да, нет, 30 %, нет → 32.5; now 58.75 → +26.25' },
    { type: 'change', entity: 'Назрановский', value: -26.25, tolerance: 0.06, advisory: true, why: 'row 13: да, да, 90 %, да → 97.5; now 71.25 → −26.25' },
    { type: 'change', entity: 'Джейрахский', value: 41.66667, tolerance: 0.06, advisory: true, why: 'row 14: нет, нет, 20 %, нет → 5; now 46.67 → +41.67 (41.7 between shown values)' },
  ],
};

// ------------------------------------------------------------------ b13 3-row header matrix
const S13 = "'Мониторинг ММС'";
E.b13_matrix3 = {
  input: 'books/b13_matrix3.xlsx',
  expectations: [
    { type: 'exitCode', value: 0, why: 'matrix (§2 A) on the second sheet; the first sheet «Инструкция» is not a table' },
    { type: 'layout', value: 'matrix', why: '§2 A' },
    { type: 'entities', names: ['Сунженский', 'Малгобекский', 'Назрановский', 'Джейрахский', 'Магас'], why: 'header rows 5-7 under a 3-line title and a date line; row 8 «В целом по региону» is a totals row at the TOP (not an entity); rows 9-13; note in row 15' },
    { type: 'noEntity', name: 'В целом', why: 'totals row at the top' },
    ent('Сунженский', 'fulfilment', 98.125, 'C9:J9 = 1,1,1,0.9 | 1 (100 % «0%»), 0.95, 1, 1 → 7.85/8'),
    ent('Малгобекский', 'fulfilment', 41.25, '1,0,0,0.6 | G10 formula cached 0.35, H10 text «35 %» = 0.35, 1, 0 → 3.3/8'),
    ent('Назрановский', 'fulfilment', 100, '1,1,«+»=1,«100% от 3-5 до 28 групп»=1 | 1, H11 = 115 % (impossible → error, missing), 1, 1 → 7/7 = 100. If 115 % were kept the result would exceed 100', { advisory: true }),
    ent('Джейрахский', 'fulfilment', 25.71429, '0,0,«возможно» (error → missing, §3),0.2 | 0.1, 0.5, 1, 0 → 1.8/7'),
    ent('Магас', 'fulfilment', 92.85714, '1,1,1,#DIV/0! (error → missing) | 0.8,0.7,1,1 → 6.5/7'),
    ent('Джейрахский', 'incomplete', true, 'E12 unreadable counts as missing (§3) → incomplete (§4)'),
    ent('Магас', 'incomplete', true, 'F13 #ДЕЛ/0! counts as missing → incomplete'),
    ent('Сунженский', 'incomplete', false, 'all cells readable'),
    ent('Сунженский', 'group', 1, '98.1'), ent('Малгобекский', 'group', 3, '41.25 < 50'), ent('Назрановский', 'group', 1, '100 (≥ 80 under any reading)'),
    ent('Джейрахский', 'group', 3, '25.7'), ent('Магас', 'group', 1, '92.9'),
    ent('Назрановский', 'rank', 1, '100'), ent('Сунженский', 'rank', 2, '98.1'), ent('Магас', 'rank', 3, '92.9'), ent('Малгобекский', 'rank', 4, '41.25'), ent('Джейрахский', 'rank', 5, '25.7'),
    { type: 'criterion', entity: 'Сунженский', criterion: 'Критерий 1', value: 97.5, why: 'criteria are the TOP merged level (row 5); sub-criteria in row 6 group them further. (1+1+1+0.9)/4' },
    { type: 'criterion', entity: 'Малгобекский', criterion: 'Критерий 2', value: 42.5, why: '(0.35+0.35+1+0)/4' },
    { type: 'criterion', entity: 'Джейрахский', criterion: 'Критерий 1', value: 6.66667, why: '(0+0+0.2)/3, E12 missing' },
    { type: 'criterion', entity: 'Магас', criterion: 'Критерий 2', value: 87.5, why: '(0.8+0.7+1+1)/4' },
    { type: 'indicator', indicator: '1.1', field: 'level', value: 80, why: 'да,да,да,нет,да → 4/5 (row 8 «4 из 5» is not data)' },
    { type: 'indicator', indicator: '1.3', field: 'level', value: 75, why: 'да, нет, «+», (error), да → 3/4' },
    { type: 'indicator', indicator: '1.4', field: 'level', value: 67.5, why: 'mean(90, 60, 100, 20) = 67.5 (F13 #DIV/0! excluded; F11 leading number 100)' },
    { type: 'indicator', indicator: '2.1', field: 'level', value: 65, why: 'mean(100, 35, 100, 10, 80) = 65' },
    { type: 'indicator', indicator: '2.2', field: 'level', value: 62.5, advisory: true, why: 'mean(95, 35, 50, 70) = 62.5 with 115 % excluded' },
    { type: 'indicator', indicator: '2.5', field: 'level', value: 60, why: 'да, нет, да, нет, да → 3/5' },
    { type: 'indicator', indicator: '1.2', field: 'status', value: 'attention', why: '60 in [50,80)' },
    { type: 'problem', cell: `${S13}!E12`, severity: 'error', why: '«возможно» → "an error reported with its address" (§3)' },
    { type: 'problem', cell: `${S13}!F13`, severity: 'error', why: 'Excel error #ДЕЛ/0! — not a number, reported with address (§3 "anything else")' },
    { type: 'problem', cell: `${S13}!F11`, why: '«100% от 3-5 до 28 групп» → leading number "with a warning that text was ignored" (§3)' },
    { type: 'problem', cell: `${S13}!H11`, advisory: true, why: '115 % in a percent column is impossible (cf. §4 numerator > base → error)' },
    { type: 'noProblem', cell: `${S13}!G10`, severity: 'error', why: 'formula with cached 0.35 and «0.0%» format is a valid value ("work from the cells as Excel holds them … formulas", §2)' },
    { type: 'noProblem', cell: `${S13}!H10`, severity: 'error', why: 'text «35 %» is a percent (§3)' },
    { type: 'deficit', entity: 'Малгобекский', cell: `${S13}!D10`, kind: 'deficit', why: '«нет» (§4 cell level)' },
    { type: 'deficit', entity: 'Малгобекский', cell: `${S13}!G10`, kind: 'deficit', why: '35 % < 50' },
    { type: 'deficit', entity: 'Джейрахский', cell: `${S13}!G12`, kind: 'deficit', why: '10 % < 50' },
    { type: 'deficit', entity: 'Малгобекский', cell: `${S13}!F10`, kind: 'attention', why: '60 % in [50,80)' },
    { type: 'deficit', entity: 'Джейрахский', cell: `${S13}!H12`, kind: 'attention', why: '50 % is not < critical 50, and < 80 → attention' },
    { type: 'deficit', entity: 'Магас', cell: `${S13}!H13`, kind: 'attention', why: '70 %' },
    { type: 'noIndicator', name: 'Код МО', advisory: true, why: 'hidden column K holds OKTMO codes, not an indicator' },
  ],
};

// ------------------------------------------------------------------ b14 transposed
E.b14_transposed = {
  input: 'books/b14_transposed.xlsx',
  expectations: [
    { type: 'exitCode', value: 0, why: 'transposed matrix (§2 A "Also expect the transposed form")' },
    { type: 'layout', value: 'matrix', why: '§2 A' },
    { type: 'entities', names: ['Всеволожский', 'Гатчинский', 'Киришский', 'Лужский', 'Тихвинский'], why: 'municipalities are the columns C-G; column H «Среднее по области» is a total (§2 A «Среднее»)' },
    { type: 'noEntity', name: 'Среднее', why: 'average column is not an entity' },
    ent('Всеволожский', 'fulfilment', 95.25, '1, 1, 0.85 | 1, 1, «86,5%» = 0.865 → 5.715/6'),
    ent('Гатчинский', 'fulfilment', 66.66667, '1, 0, 0.4 | 1, 1, 0.6 → 4/6'),
    ent('Киришский', 'fulfilment', 50, '1, 1, 0.7 | 0, 0, 0.3 → 3/6 = 50 exactly'),
    ent('Лужский', 'fulfilment', 31, '0, 0, 0.55 | 1, «—» = 0, «н/д» missing → 1.55/5'),
    ent('Тихвинский', 'fulfilment', 98.33333, '1, 1, 0.9 | 1, 1, 1 → 5.9/6'),
    ent('Киришский', 'group', 2, '50 is ≥ critical 50 → group 2 «50–79 %» (boundary)'),
    ent('Всеволожский', 'group', 1, '95.25'), ent('Гатчинский', 'group', 2, '66.7'), ent('Лужский', 'group', 3, '31'), ent('Тихвинский', 'group', 1, '98.3'),
    ent('Тихвинский', 'rank', 1, '98.3'), ent('Всеволожский', 'rank', 2, '95.25'), ent('Гатчинский', 'rank', 3, '66.7'), ent('Киришский', 'rank', 4, '50'), ent('Лужский', 'rank', 5, '31'),
    ent('Лужский', 'incomplete', true, 'F11 «н/д»'),
    { type: 'criterion', entity: 'Гатчинский', criterion: 'Критерий 1', value: 46.66667, why: 'criteria from the group rows 4 and 8: (1+0+0.4)/3' },
    { type: 'criterion', entity: 'Киришский', criterion: 'Критерий 2', value: 10, why: '(0+0+0.3)/3' },
    { type: 'criterion', entity: 'Лужский', criterion: 'Критерий 2', value: 50, why: '(1+0)/2, 2.1 missing' },
    { type: 'criterion', entity: 'Всеволожский', criterion: 'Критерий 2', value: 95.5, why: '(1+1+0.865)/3' },
    { type: 'indicator', indicator: '1.1', field: 'level', value: 80, why: '4 of 5 «да»' },
    { type: 'indicator', indicator: '1.4', field: 'level', value: 68, why: 'mean(85,40,70,55,90)' },
    { type: 'indicator', indicator: '2.5', field: 'level', value: 60, why: 'да, да, нет, «—», да → 3/5' },
    { type: 'indicator', indicator: '2.1', field: 'level', value: 69.125, why: 'mean(86.5, 60, 30, 100), «н/д» excluded' },
    { type: 'indicator', indicator: '1.2', field: 'status', value: 'attention', why: '60' },
    { type: 'indicator', indicator: '2.4', field: 'status', value: 'ok', why: '80 ≥ 80' },
    { type: 'problem', cell: 'Показатели!F11', why: '«н/д» reported as missing (§3)' },
    { type: 'deficit', entity: 'Гатчинский', cell: 'Показатели!D6', kind: 'deficit', why: '«нет»' },
    { type: 'deficit', entity: 'Лужский', cell: 'Показатели!F10', kind: 'deficit', why: 'dash «—» = no (§3) → deficit' },
    { type: 'deficit', entity: 'Киришский', cell: 'Показатели!E11', kind: 'deficit', why: '30 % < 50' },
    { type: 'deficit', entity: 'Киришский', cell: 'Показатели!E7', kind: 'attention', why: '70 %' },
    { type: 'deficit', entity: 'Гатчинский', cell: 'Показатели!D11', kind: 'attention', why: '60 %' },
    { type: 'deficitKind', entity: 'Лужский', kind: 'group-3', why: 'entity level: group 3 overall is a deficit (§4)' },
    { type: 'noIndicatorLike', name: 'устаревший', advisory: true, why: 'hidden row 12 is a note without data, not an indicator' },
  ],
};

// ------------------------------------------------------------------ b15 counts with untidy numbers
E.b15_counts = {
  input: 'books/b15_counts.xlsx',
  expectations: [
    { type: 'exitCode', value: 0, why: 'layout B' },
    { type: 'layout', value: 'counts', why: '§2 B' },
    { type: 'entities', names: ['Всеволожский', 'Выборгский', 'Гатчинский', 'Кингисеппский', 'Лодейнопольский', 'Тихвинский'], why: 'header in row 6 under a 3-line title and «Отчётный период» line; «Итого» row 13 and note row 15 excluded' },
    { type: 'noEntity', name: 'Итого', why: 'total row' },
    { type: 'share', entity: 'Всеволожский', indicator: 'повышение квалификации', fields: { numerator: 1200, base: 1850, share: 64.86486, mismatch: false }, why: '1200/1850 = 64.865; declared E7 64.9 = rounding → no mismatch (no false alarm)' },
    { type: 'share', entity: 'Выборгский', indicator: 'повышение квалификации', fields: { numerator: 900, base: 1250, share: 72, mismatch: false }, why: 'base C8 is text «1 250» = 1250 (§3); 900/1250 = 72.0' },
    { type: 'share', entity: 'Гатчинский', indicator: 'повышение квалификации', fields: { numerator: 1300, base: 2100, share: 61.90476, declared: 65, mismatch: true }, why: '1300/2100 = 61.9 %, declared E9 65,0 → mismatch' },
    { type: 'problem', cell: 'Свод!E9', why: 'declared share 65,0 ≠ 61,9 — reported with the address (§2 B)' },
    { type: 'share', entity: 'Тихвинский', indicator: 'повышение квалификации', fields: { numerator: 560, base: 800, share: 70, mismatch: false }, why: '560/800 = 70; declared text «70,0»' },
    { type: 'problem', cell: 'Свод!D10', severity: 'error', why: 'Кингисеппский count −15 is negative → error (§4)' },
    { type: 'share', entity: null, indicator: 'повышение квалификации', fields: { numerator: 4240, base: 6310, share: 67.19493, mean: 71.81844, median: 70 }, why: 'Кингисеппский (negative) left out (§4). Σ 1200+900+1300+280+560 = 4240 / 1850+1250+2100+310+800 = 6310 = 67.195 %; shares 64.865, 72, 61.905, 90.323, 70 → mean 71.818, median 70' },
    { type: 'share', entity: 'Гатчинский', indicator: 'наставничества', fields: { numerator: 70, base: 88, share: 79.54545, mismatch: false }, why: '70/88 = 79.545; declared H9 formula =G9/F9*100 cached 79.545' },
    { type: 'problem', cell: 'Свод!G12', severity: 'error', why: 'Тихвинский: 52 organisations with ЦМН > 35 organisations in total → count above base, error (§4)' },
    { type: 'problemRow', sheet: 'Свод', row: 11, why: 'Лодейнопольский: base F11 = 0 → "no value and a reported problem" (§4)' },
    { type: 'problem', cell: 'Свод!H11', advisory: true, why: 'declared share H11 is #ДЕЛ/0! — an Excel error value in a data column' },
    { type: 'share', entity: null, indicator: 'наставничества', fields: { numerator: 225, base: 284, share: 79.22535, mean: 78.2197, median: 77.27273 }, why: 'rows with base 0 (Лодейнопольский) and count > base (Тихвинский) are out. Σ 80+45+70+30 = 225 / 96+60+88+40 = 284 = 79.225 %; shares 83.333, 75, 79.545, 75 → mean 78.220, median 77.273' },
    { type: 'noProblem', cell: 'Свод!C8', severity: 'error', why: '«1 250» is a number (§3)' },
    { type: 'noProblem', cell: 'Свод!E12', severity: 'error', why: '«70,0» is a number (§3)' },
    { type: 'noProblem', cell: 'Свод!I7', severity: 'error', why: '«1 250,5» (space thousands, comma decimal) is a number (§3)' },
    { type: 'noProblem', cell: 'Свод!E7', severity: 'error', why: 'declared 64,9 agrees with 64,865 at one decimal' },
    { type: 'problem', cell: 'Свод!C13', advisory: true, why: '«Итого» C13 = 7130 but the rows sum to 1850+1250+2100+720+310+800 = 7030' },
  ],
};

// ------------------------------------------------------------------ b16 title only
E.b16_title_only = {
  input: 'books/b16_title_only.xlsx',
  expectations: [
    { type: 'exitCode', value: 'nonzero', why: '"non-zero … when the file … holds no table the add-in recognises" (§8): only a title and a line of text' },
    { type: 'stderrSentence', why: '"one plain sentence on stderr, no stack trace" (§8), in Russian (README)' },
    { type: 'noOutputFile', why: '"no file written" (§8)' },
    { type: 'emptyStdout', advisory: true, why: 'with --json stdout holds JSON "and nothing else"; on failure nothing useful should be there' },
  ],
};

for (const [name, obj] of Object.entries(E)) {
  fs.writeFileSync(path.join(dir, name + '.json'), JSON.stringify(obj, null, 2) + '\n');
}
console.log('wrote', Object.keys(E).length, 'expectation files');
