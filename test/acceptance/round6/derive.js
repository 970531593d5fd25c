// Computes the expected results of every run from data.js with lib.js (my own reading of
// METHODOLOGY) and writes expected/<run>.json. Written before the tool was run on these books.
'use strict';
const fs = require('fs');
const path = require('path');
const { books } = require('./data.js');
const L = require('./lib.js');

const B = Object.fromEntries(books().map((b) => [b.name.slice(0, 3), b]));
const cellsOf = (b) => (s) => b.sheets.find((x) => x.name === s).cells;
const q = (sheet, a) => (/^[A-Za-zА-Яа-яЁё0-9_]+$/.test(sheet) ? sheet : `'${sheet}'`) + '!' + a;
const OUT = {};
function run(id, input, args, exps) { OUT[id] = { input, args, expectations: exps }; }

// generic expectations shared by every run ------------------------------------------------
function generic(opts) {
  const e = [
    { type: 'exit_ok', why: 'METHODOLOGY §8: exit status 0 when the workbook was analysed; with --json stdout holds the JSON and nothing else.' },
    { type: 'addresses_valid', why: 'METHODOLOGY §7/§8: every deficit and problem carries the address of its source cell; the cell must hold the value the finding talks about and belong to the entity it names.' },
    { type: 'deficits_sheet_matches_json', why: 'METHODOLOGY §7: «Дефициты» — one row per finding with the cell address; it must list the same findings as the JSON (§8), thresholds = those in force.' },
  ];
  if (opts.fulfilment) e.push({ type: 'svodnaya_matches_json', why: 'METHODOLOGY §7: «Сводная» shows per entity the overall %, group and rank; they must be the same numbers as the JSON (§8).' });
  if (opts.note) {
    e.push({ type: 'note_plurals', why: 'METHODOLOGY §7: «Справка» is a text for the committee; numerals must agree with nouns (1 муниципальное образование / 2 муниципальных образования / 5 муниципальных образований; 21 район / 22 района / 25 районов).' });
    e.push({ type: 'note_numbers_traceable', why: 'METHODOLOGY §7 + README: every percentage in «Справка» is one of the computed numbers (entity/criterion/region/indicator/share values, thresholds), rounded to one decimal as in «Сводная».' });
    e.push({ type: 'note_coverage', count: opts.count, why: `METHODOLOGY §7: the note says how many entities were monitored — ${opts.count}.` });
  }
  return e;
}

// helpers to express matrix expectations -----------------------------------------------
function matrixExpectations(an, model, o = {}) {
  const adv = new Set(o.advisoryEntities || []);
  const sheet = model.sheet;
  const exps = [];
  const firm = an.ents.filter((e) => !adv.has(e.name));
  exps.push({ type: 'entity_count', sheet, count: an.ents.length, why: `METHODOLOGY §2A: rows (or columns) are entities; ${an.ents.length} entities on «${sheet}»; total/average/section/note rows are not entities.` });
  exps.push({ type: 'entity_names', sheet, names: an.ents.map((e) => e.name), why: 'METHODOLOGY §2A: exactly these names are entities (no «Итого», «Среднее», section or note rows).' });
  exps.push({ type: 'entities_values', sheet, field: 'fulfilment', tol: 1e-6,
    values: Object.fromEntries(firm.map((e) => [e.name, e.fulfilment])),
    why: 'METHODOLOGY §4: overall fulfilment = mean of all scored indicators of the entity over non-missing cells × 100 (default weighting by indicator count); yes/no → 1/0, percent → value.' });
  for (const name of adv) {
    const e = an.ents.find((x) => x.name === name);
    exps.push({ type: 'entity_field', sheet, name, field: 'fulfilment', value: e.fulfilment, tol: 1e-6, advisory: true,
      why: (o.advisoryWhy || {})[name] || 'Depends on a reading METHODOLOGY leaves open.' });
  }
  if (model.criteria.some((c) => c.label)) {
    exps.push({ type: 'entities_criteria', sheet, tol: 1e-6,
      values: Object.fromEntries(firm.map((e) => [e.name, e.criteria])),
      why: 'METHODOLOGY §4: criterion fulfilment = mean of the indicator scores of that criterion over non-missing cells × 100.' });
  }
  const gEnts = o.groupsAdvisory ? [] : an.ents;
  exps.push({ type: 'entities_values', sheet, field: 'group', values: Object.fromEntries((o.groupsAll ? an.ents : firm).map((e) => [e.name, e.group])),
    why: `METHODOLOGY §4 (seed 003): group 1 ≥ target (${an.target}), group 2 ≥ critical (${an.critical}) and < target, group 3 < critical.` });
  if (!o.ranksAdvisory) {
    exps.push({ type: 'entities_values', sheet, field: 'rank', values: Object.fromEntries(an.ents.map((e) => [e.name, e.rank])),
      why: 'METHODOLOGY §4: rank by overall fulfilment, descending; ties share a rank (1, 2, 2, 4).' });
  }
  exps.push({ type: 'entities_values', sheet, field: 'incomplete', values: Object.fromEntries(firm.map((e) => [e.name, e.incomplete])),
    why: 'METHODOLOGY §4: an entity with missing cells (empty, н/д, x, unreadable) is marked incomplete; others are not.' });
  if (!o.regionAdvisory) {
    exps.push({ type: 'region', sheet, field: 'mean', value: an.region.mean, tol: 1e-6, why: 'METHODOLOGY §7: region mean of overall fulfilment.' });
    exps.push({ type: 'region', sheet, field: 'median', value: an.region.median, tol: 1e-6, why: 'METHODOLOGY §7/§4: region median of overall fulfilment (even count → mean of the two middle values).' });
  }
  const lv = {}; const st = {};
  for (const [id, v] of Object.entries(an.levels)) {
    if ((o.levelAdvisory || []).includes(id)) continue;
    lv[id] = v.level;
  }
  for (const [id, v] of Object.entries(an.levels)) st[id] = v.status;
  const key = (id) => { const ind = an.inds.find((i) => i.id === id); return model.orientation === 'cols' ? { row: ind.row } : { col: ind.col }; };
  exps.push({ type: 'indicator_levels', sheet, tol: 1e-6, values: Object.entries(lv).map(([id, v]) => ({ id, ...key(id), level: v })),
    why: 'METHODOLOGY §4: indicator level — yes/no: share of «да» among entities with data; percent: mean.' });
  exps.push({ type: 'indicator_statuses', sheet, values: Object.entries(st).map(([id, v]) => ({ id, ...key(id), status: v })),
    why: `METHODOLOGY §4/§8: level < target (${an.target}) → attention (problem zone), < critical (${an.critical}) → critical, else ok.` });
  const ign = o.ignoreCells || [];
  exps.push({ type: 'deficit_cells', sheet, kind: 'deficit', cells: an.red.filter((c) => !ign.includes(c)), ignore: ign,
    why: `METHODOLOGY §4: cell-level deficit = «нет» or a percent below the critical level (${an.critical} %).` });
  exps.push({ type: 'deficit_cells', sheet, kind: 'attention', cells: an.yellow.filter((c) => !ign.includes(c)), ignore: ign,
    why: `METHODOLOGY §4: between critical (${an.critical}) and target (${an.target}) is «зона внимания».` });
  exps.push({ type: 'highlights_exact', sheet, red: an.red.filter((c) => !ign.includes(c)), yellow: an.yellow.filter((c) => !ign.includes(c)), ignore: ign,
    why: 'METHODOLOGY §7: deficit cells red, attention cells yellow, by the thresholds in force — exactly those, no others (also in hidden rows/columns: they are data).' });
  const g3 = an.ents.filter((e) => e.group === 3).map((e) => e.name);
  exps.push({ type: 'entity_deficits', kind: 'group-3', names: g3, scope: 'overall', advisory: !!o.groupsAdvisory,
    why: 'METHODOLOGY §4: entity level deficit — group 3 overall.' });
  if (!o.regionAdvisory) {
    const bm = an.ents.filter((e) => e.belowMedian).map((e) => e.name);
    exps.push({ type: 'entity_deficits', kind: 'below-median', names: bm,
      why: `METHODOLOGY §4 (seed 004): entities below the regional median (${an.region.median.toFixed(3)}) get the weaker flag «ниже медианы».` });
  }
  if (o.note) {
    const groups = { 1: [], 2: [], 3: [] };
    for (const e of an.ents) groups[e.group].push(e.name);
    exps.push({ type: 'note_groups', groups, all: an.ents.map((e) => e.name), why: 'METHODOLOGY §7 (seed 003): the note lists the groups with their members, the same as computed.' });
    const best = Math.max(...an.ents.map((e) => e.fulfilment)); const worst = Math.min(...an.ents.map((e) => e.fulfilment));
    exps.push({ type: 'note_best_worst', best: { value: best, names: an.ents.filter((e) => Math.abs(e.fulfilment - best) < 1e-9).map((e) => e.name) },
      worst: { value: worst, names: an.ents.filter((e) => Math.abs(e.fulfilment - worst) < 1e-9).map((e) => e.name) },
      advisory: !!o.ranksAdvisory || an.ents.length < 3,
      corrected: an.ents.length < 3 ? 'After the first run: §7 asks for the best and weakest examples «by criterion»; an overall best/worst line for 1–2 entities is optional (for 1 entity it would even contradict note_not_same_best_worst). Made advisory — my derivation over-reached.' : undefined,
      why: 'METHODOLOGY §7 (seed 000): named examples of the best and the weakest entities, with their numbers.' + (o.ranksAdvisory ? ' Advisory here: the best entity depends on an advisory reading.' : '') });
    const probs = Object.values(an.levels).filter((v) => v.status !== 'ok').map((v) => ({ id: v.ind.id, name: o.indNames ? o.indNames[v.ind.id] : null, status: v.status }));
    const oks = Object.values(an.levels).filter((v) => v.status === 'ok').map((v) => ({ id: v.ind.id, name: o.indNames ? o.indNames[v.ind.id] : null }));
    exps.push({ type: 'note_problem_zones', problems: probs, ok: oks, codes: !o.indNames,
      why: 'METHODOLOGY §7/§4: problem zones = indicators with level < target (critical ones first); indicators at target are not problem zones.' });
  }
  return exps;
}

// =============================================================== f01
{
  const b = B.f01; const m = b.model; const S = m.sheet; const cells = b.sheets[0].cells;
  const t1 = L.analysePairs(cells, m.table1.ents, [
    { num: 'D', base: 'C', declared: 'E' }, { num: 'F', base: 'D', declared: 'G' }, { num: 'H', base: 'D', declared: 'I' }]);
  const t2 = L.analysePairs(cells, m.table2.ents, [{ num: 'D', base: 'C', declared: 'E' }]);
  const kj = L.analysePairs(cells, m.table1.ents, [{ num: 'K', base: 'J', declared: 'L' }])[0];
  const fc = L.analysePairs(cells, m.table1.ents, [{ num: 'F', base: 'C' }])[0];
  const shareSet = (p, adv, why, extra = {}) => ({ type: 'share_set', sheet: S, num: p.num, base: p.base,
    values: Object.fromEntries(p.rows.map((r) => [q(S, r.numCell), r.share])), tol: 1e-6, advisory: adv, why, ...extra });
  const regionShare = (p, adv, why) => ({ type: 'region_share', sheet: S, anyNumeratorCell: q(S, p.rows[0].numCell),
    numerator: p.region.numerator, base: p.region.base, share: p.region.share, mean: p.region.mean, median: p.region.median, tol: 1e-6, advisory: adv, why });
  const A = [...generic({ fulfilment: false, note: true, count: 11 })];
  A.push({ type: 'entity_rows', sheet: S, rowMin: 7, rowMax: 17, count: 11, why: 'METHODOLOGY §2B: the 11 district rows 7–17 of table 1 are entities (row 6 is a numbering row, row 18 a total).' });
  A.push({ type: 'entity_absent', pattern: '^(Итого|Примечание|Таблица)', why: 'METHODOLOGY §2A: total rows («Итого по области», «Итого») and notes are NOT entities.' });
  A.push(shareSet(t1[0], false, 'METHODOLOGY §2B/§4: share = «всего прошли КПК» (D) / «Всего педагогических работников» (C) × 100 for each district; the declared «доля от общего числа педагогов» (E) agrees with D/C in 10 of 11 rows.'));
  A.push(shareSet(t1[1], false, 'METHODOLOGY §2B/§4: «из них по программам из Федерального реестра» (F) is a part of those who passed КПК (D) — nested «из них» under the merged «Прошли повышение квалификации» header; its declared «доля от прошедших КПК» (G) equals F/D in 10 of 11 rows. Share = F/D.'));
  A.push(shareSet(t1[2], false, 'METHODOLOGY §2B/§4: «из них в форме стажировки» (H) is the second sub-count of D; declared I = H/D in all rows. Share = H/D.'));
  A.push({ type: 'share_exists', sheet: S, numeratorCells: m.table1.ents.map((e) => q(S, 'K' + e.row)), why: 'METHODOLOGY §2B: «The add-in computes every share from its count and base» — «из них участвовали в конкурсах» (K) must get a share (base C or its duplicate J).' });
  A.push(regionShare(t1[0], false, 'METHODOLOGY §4: regional share = ΣD/ΣC over the districts (pooled), plus mean and median of district shares.'));
  A.push(regionShare(t1[1], false, 'METHODOLOGY §4: regional ΣF/ΣD pooled; mean/median of district shares.'));
  A.push(regionShare(t1[2], false, 'METHODOLOGY §4: regional ΣH/ΣD pooled; mean/median of district shares.'));
  A.push({ type: 'mismatch_set', sheet: S, rowMin: 7, rowMax: 17, expected: [q(S, 'E9'), q(S, 'G14')], allowExtra: [q(S, 'L15')],
    why: 'METHODOLOGY §2B: a district\'s arithmetic error in a declared share is a finding with the cell address: E9 (Волховский: 37,5 typed, 350/980 = 35,7) and G14 (Киришский: 14,1 typed = 90/640, but 90/233 = 38,6). No other declared share in rows 7–17 is off by more than its rounding (L15 is allowed only if K is paired with J).' });
  A.push({ type: 'problem_at', cell: q(S, 'E9'), why: 'METHODOLOGY §2B: the wrong declared share E9 is reported with its address in «Проверка данных».' });
  A.push({ type: 'problem_at', cell: q(S, 'G14'), why: 'METHODOLOGY §2B: the wrong declared share G14 is reported with its address.' });
  A.push({ type: 'problem_at', cell: q(S, 'G18'), why: 'METHODOLOGY §2B: the sheet\'s own regional share in the total row (G18 = 40,2) is a declared share; ΣF/ΣD = 34,8 % — a finding with address.' });
  A.push({ type: 'problem_at', cell: q(S, 'C18'), advisory: true, documented: 'rules.md §1а', why: 'Hand-typed total C18 = 14 260, the sum of rows 7–17 is 14 250 — rules.md §1а promises a warning at the total cell; METHODOLOGY §2B speaks of a district\'s arithmetic errors as findings.' });
  A.push({ type: 'problem_at', cell: q(S, 'F18'), advisory: true, documented: 'rules.md §1а', why: 'Hand-typed total F18 = 1 778, the sum is 1 781 — warning expected at F18 (rules.md §1а).' });
  A.push({ type: 'no_problem_at', cells: ['D18', 'E18', 'H18', 'I18', 'K18'].map((a) => q(S, a)), advisory: true, why: 'These totals and the regional share E18/I18 are right; a warning there would be a false alarm.' });
  A.push({ type: 'problem_any', cells: ['C15', 'J15', 'L15'].map((a) => q(S, a)), advisory: true,
    why: 'The base «Всего педагогических работников» appears twice (C and J) and disagrees for Кировский (1 010 vs 1 100). METHODOLOGY is silent; a methodologist expects the contradiction to be pointed out somewhere (C15, J15 or the share L15).' });
  A.push({ type: 'pairs_present', sheet: S, headerRowMax: 6, pairs: [{ num: 'D', base: 'C', declared: 'E' }, { num: 'F', base: 'D', declared: 'G' }, { num: 'H', base: 'D', declared: 'I' }],
    advisory: true, documented: 'README («Надстройка сама находит пары … показывает, почему она так решила»)',
    why: 'The inferred pairs of table 1 are exposed (JSON tables[].pairs) with column letters and a reason, so that a user can correct them.' });
  A.push({ type: 'stderr_pairs', sheet: S, letters: ['D', 'C', 'F', 'H'], advisory: true, documented: 'README («Найденные пары команда печатает с буквами столбцов и причиной выбора»)',
    why: 'The command prints the pairs it inferred with column letters and a --pair hint, so the correction can be typed from the screen.' });
  // table 2
  A.push({ type: 'entity_rows', sheet: S, rowMin: 25, rowMax: 35, count: 11, advisory: true,
    why: 'The second table under the note (own title and header) is a separate table with its own indicator set; METHODOLOGY §2 is silent about two tables on a sheet, but a methodologist expects it read, not dropped and not glued to table 1.' });
  A.push({ type: 'tables_separate', sheet: S, a: q(S, 'D7'), b: q(S, 'D25'), advisory: true, why: 'Rows 25–35 must not be read as more rows of table 1 (different headers, same column letters).' });
  A.push({ ...shareSet(t2[0], true, 'Table 2: share = «из них региональные инновационные площадки» (D) / «Всего общеобразовательных организаций» (C); advisory because reading table 2 is advisory.'), rowRange: [25, 35] });
  A.push({ type: 'problem_at', cell: q(S, 'E29'), advisory: true, why: 'Table 2: declared «Доля РИП» 15,2 for Выборгский, 5/38 = 13,2 % — a finding (§2B), advisory only because table 2 itself is.' });
  A.push({ type: 'problem_at', cell: q(S, 'F33'), advisory: true, why: 'Table 2: «н/д» in the yes/no column is missing data and reported (§3).' });
  A.push({ type: 'indicator_levels', sheet: S, headerRowMin: 24, advisory: true, values: [{ id: 'F', col: 'F', level: 70 }],
    why: 'Table 2: «Наличие муниципальной сети МО» — 7 «да» of 10 with data (Кировский н/д) → 70 % (§4 yes/no level).' });
  A.push({ type: 'highlights_exact', sheet: S, red: ['F27', 'F31', 'F34'], yellow: [], advisory: true,
    why: '§7: the only cell-level deficits on the sheet are the three «нет» in table 2 (F27, F31, F34); counts and shares of table 1 are descriptive (§4), so no other cell is highlighted.' });
  for (const X of [A]) {
    X.push({ type: 'note_not_contains', re: 'не ниже целевого', wave: 2,
      why: 'Wave 2 (after the first run): METHODOLOGY §7 — the note must agree with its numbers. The regional shares are 35,9 %, 34,8 %, 6,4 %, 4,6 %; a sentence saying that every indicator is «не ниже целевого (80 %)» is false, whatever the reason for not scoring shares.' });
    X.push({ type: 'note_not_contains', re: 'меньше пяти \\(0\\)', wave: 2,
      why: 'Wave 2: the form covers 11 districts with data; «районов с данными меньше пяти (0)» is false (§7: the note states how many entities were monitored).' });
  }
  run('f01a', b.file, [], A);

  const Bx = [...generic({ fulfilment: false, note: true, count: 11 })];
  Bx.push({ type: 'pairs_present', sheet: S, headerRowMax: 6, pairs: [{ num: 'K', base: 'J', declared: 'L', manual: true }, { num: 'F', base: 'C', manual: true }],
    documented: 'README (--pair "ЛИСТ!D/C=E")', why: 'The two --pair corrections are in force and marked as the user\'s (manual).' });
  Bx.push({ type: 'pairs_absent', sheet: S, headerRowMax: 6, pairs: [{ num: 'F', base: 'D' }, { num: 'K', base: 'C' }],
    documented: 'README («поправить пару»)', why: 'A count has one base: the correction replaces the inferred pair, it does not add a second one.' });
  Bx.push(shareSet(kj, false, '--pair K/J=L: share = K/J; for Кировский 52/1 100 = 4,727 % (not 52/1 010).'));
  Bx.push(regionShare(kj, false, 'METHODOLOGY §4 with the corrected pair: ΣK/ΣJ = 657/14 340 pooled.'));
  Bx.push({ type: 'share_field', numeratorCell: q(S, 'K15'), field: 'mismatch', value: true, why: 'With K/J the declared L15 = 5,1 (made as 52/1 010) differs from 4,7 → a mismatch (§2B).' });
  Bx.push({ type: 'problem_at', cell: q(S, 'L15'), why: 'The mismatch of L15 is reported with its address (§2B).' });
  Bx.push(shareSet(fc, false, '--pair F/C: the federal ЕФС indicator (seed 002: «…от общего количества педагогических работников») — share = F/C for each district.'));
  Bx.push(regionShare(fc, false, 'METHODOLOGY §4: ΣF/ΣC = 1 781/14 250 pooled with the corrected pair.'));
  Bx.push(shareSet(t1[0], false, 'Unchanged by the corrections: D/C.'));
  Bx.push(shareSet(t1[2], false, 'Unchanged by the corrections: H/D.'));
  Bx.push({ type: 'problem_at', cell: q(S, 'E9'), why: 'Unchanged: E9 still reported.' });
  Bx.push({ type: 'no_problem_at', cells: ['G7', 'G8', 'G9', 'G10', 'G11', 'G12', 'G13', 'G15', 'G16', 'G17'].map((a) => q(S, a)), wave: 2,
    documented: 'README: «--pair "ЛИСТ!D/C=E" — и доля, указанная на листе, в E»; rules.md: «Заявленная доля («Доля молодых, %») относится к паре, числитель которой она называет»',
    why: 'Wave 2 (added after the first run, derived from the README/§2B): the user re-based F on C without «=G». G is «доля от прошедших КПК» (F/D) and is right in 10 of 11 rows; attaching it to the user\'s F/C pair turns ten correct district figures into «arithmetic errors» (§2B: a finding must be a district\'s error).' });
  run('f01b', b.file, ['--pair', 'Форма 1!K/J=L', '--pair', 'Форма 1!F/C'], Bx);
}

// =============================================================== f02
{
  const b = B.f02; const m = b.model; const S = m.sheet;
  const an = L.analyseMatrix(b, m, cellsOf(b));
  const A = [...generic({ fulfilment: true, note: true, count: 21 })];
  A.push(...matrixExpectations(an, m, { note: true, advisoryEntities: ['Ейский район'],
    advisoryWhy: { 'Ейский район': 'C13 holds «да» + line break + «(приказ УО № 112 от 01.09.2023)». §3 lists only «a number followed by text» as value+warning; reading «да (…)» as «да» with a warning (as for numbers) gives 88,33 %. Advisory.' } }));
  const hid = m.hidden;
  const nameAt = (r) => m.ents.find((e) => e.row === r).name;
  A.push({ type: 'entity_names_include', names: hid.filteredOut.map(nameAt), why: 'Rows filtered out by the AutoFilter (C ≠ «да») are still data: a filter is a view, the cells hold values (METHODOLOGY §2: «work from the cells as Excel holds them»; §2A: rows are entities). The filter even hides exactly the deficits.' });
  A.push({ type: 'entity_names_include', names: hid.manualHidden.map(nameAt), why: 'A manually hidden row is still an entity (§2, §2A).' });
  A.push({ type: 'entity_names_include', names: hid.outlineRows.map(nameAt), why: 'Rows inside a collapsed outline group are still entities (§2, §2A).' });
  A.push({ type: 'indicator_exists', sheet: S, col: 'G', kind: 'percent', why: 'Hidden column G («2.2. Доля молодых педагогов, закреплённых за наставниками, %») is an indicator of criterion 2: hidden is a display property, the cells hold data (§2).' });
  A.push({ type: 'problem_at', cell: q(S, 'D16'), why: '§3: «н/д» is missing and reported.' });
  A.push({ type: 'problem_at', cell: q(S, 'G17'), why: '§3: «x» (not applicable) is missing and reported — in a hidden column.' });
  A.push({ type: 'problem_at', cell: q(S, 'E8'), severity: ['warning'], why: '§3: «88 %» followed by a line break and «(по данным на 01.05.2024)» → 88 with a warning that text was ignored.' });
  A.push({ type: 'problem_at', cell: q(S, 'C13'), why: '§3: «да» + line break + text is not a plain value; it must be reported at C13 (as a warning if read as «да», as an error otherwise).' });
  A.push({ type: 'no_problem_at', cells: ['I6', 'I9', 'I16'].map((a) => q(S, a)), advisory: true, why: '«Комментарий ММС» is a notes column, not an indicator: its free text is not a data error.' });
  A.push({ type: 'indicator_absent', sheet: S, col: 'I', advisory: true, why: 'The comments column I is not an indicator.' });
  A.push({ type: 'indicator_name_clean', sheet: S, col: 'C', advisory: true, why: 'The header of 1.1 has line breaks inside the cell; the indicator name shown in results should read as one line (no \\n).' });
  A.push({ type: 'problem_mentions', re: 'скрыт|фильтр', advisory: true, why: 'A methodologist who filtered the sheet should be told that hidden/filtered rows (9 of 21) were included.' });
  A.push({ type: 'source_view_preserved', sheet: S, hiddenRows: [7, 9, 11, 13, 18, 21, 22, 23, 24], hiddenCols: ['G'], autoFilter: 'A4:I25', notes: ['B6', 'C10', 'E19'],
    why: 'METHODOLOGY §7: never change the user\'s data — the filter, hidden rows/columns, outline and comments of the source sheet stay as they were in the result workbook.' });
  A.push({ type: 'tie_rank', sheet: S, names: ['Белореченский район', 'Крымский район'], rank: 4, next: { name: 'Абинский район', rank: 6 },
    why: 'METHODOLOGY §4: Белореченский (1,1,88 %,1,90 %,1) and Крымский (1,1,90 %,1,88 %,1) both have 96,333… %; ties share a rank (4, 4) and the next (Абинский, 96,167 %) is 6.' });
  run('f02', b.file, [], A);
}

// =============================================================== f03
{
  const b = B.f03; const m = b.model; const S = m.sheet;
  const an = L.analyseMatrix(b, m, cellsOf(b));
  const A = [...generic({ fulfilment: true, note: true, count: 22 })];
  const advW = {
    'г. Новомосковск': 'F7 = «105%». My reading (and the tool\'s documented rule): a percent above 100 is an error → missing → 81,25 %. METHODOLOGY does not say; 100 % or 105 % would give other values.',
    'Белёвский район': 'F16 = 1,12 with a percent format (112 %) → error/missing → 27,5 %. METHODOLOGY silent on >100.',
    'Кимовский район': 'D22 holds a formula with no cached value (file saved by a generator). I read it as missing → 98,75 %. Computing 156/520 = 30 % would give 85 %.',
  };
  A.push(...matrixExpectations(an, m, { note: true, advisoryEntities: Object.keys(advW), advisoryWhy: advW, groupsAll: true, ranksAdvisory: true, regionAdvisory: true,
    levelAdvisory: ['1.2', '2.1'], ignoreCells: ['D22', 'F7', 'F16'] }));
  A.push({ type: 'entities_values', sheet: S, field: 'rank', advisory: true, values: Object.fromEntries(an.ents.map((e) => [e.name, e.rank])),
    why: 'Ranks depend on the advisory readings of F7, F16, D22 (see those).' });
  A.push({ type: 'region', sheet: S, field: 'median', value: an.region.median, tol: 1e-6, advisory: true, why: 'Depends on the advisory readings.' });
  A.push({ type: 'tie_rank', sheet: S, names: ['г. Тула', 'Киреевский район'], why: 'METHODOLOGY §4: г. Тула (1; 80 %; 91 %; 1; 1) and Киреевский (1; 90 %; 81 %; 1; 1) both have 94,2 %; ties share a rank.' });
  A.push({ type: 'tie_rank', sheet: S, names: ['Дубенский район', 'Тёпло-Огарёвский район', 'Ясногорский район'], nextAfter: 'Плавский район',
    why: 'METHODOLOGY §4: three entities at exactly 93 % share a rank r, and the next (Плавский, 90,4 %) gets r + 3.' });
  A.push({ type: 'entity_field', sheet: S, name: 'г. Алексин', field: 'group', value: 3,
    why: 'METHODOLOGY §4 default weighting by indicator count: Алексин = (1 + 0,5 + 0,84 + 0 + 0)/5 = 46,8 % → group 3; the mean of criteria (75 + 28)/2 = 51,5 % would give group 2.' });
  A.push({ type: 'entity_field', sheet: S, name: 'г. Алексин', field: 'fulfilment', value: 46.8, tol: 1e-6,
    why: 'METHODOLOGY §4: overall = mean over all scored indicators (default by indicator count), not the mean of criteria.' });
  A.push({ type: 'entity_field', sheet: S, name: 'г. Донской', field: 'fulfilment', value: 49.25, tol: 1e-6,
    why: '§3: G9 holds a date (01.09.2024) in a yes/no column — «anything else» → error, counts as missing, never as 0 (and not as «да»): (0 + 0,2 + 0,77 + 1)/4 = 49,25 %.' });
  A.push({ type: 'problem_at', cell: q(S, 'G9'), why: '§3: a date in a yes/no column is not a yes/no value — reported with its address.' });
  A.push({ type: 'problem_at', cell: q(S, 'G27'), why: '§3: text «01.09.2023» in a yes/no column — an error reported at G27; counts as missing (Суворовский stays at 89,0 %).' });
  A.push({ type: 'problem_at', cell: q(S, 'F18'), severity: ['error'], why: '§4 «negative → error»: −5 % for Воловский is impossible; reported as an error at F18, excluded.' });
  A.push({ type: 'problem_at', cell: q(S, 'F7'), advisory: true, why: '«105%» is not a possible share of teachers; at least a warning at F7 (METHODOLOGY silent on >100).' });
  A.push({ type: 'problem_at', cell: q(S, 'F16'), advisory: true, why: '1,12 formatted as 112 % — reported at F16 (advisory, as F7).' });
  A.push({ type: 'problem_at', cell: q(S, 'D22'), advisory: true, why: 'D22 is a formula without a computed value: the cell shows nothing to a reader without recalculation; it should be reported (missing, §3) rather than silently skipped.' });
  A.push({ type: 'entities_range', sheet: S, field: 'fulfilment', min: 0, max: 100, why: '§4: scores are normalised to 0…1, so no fulfilment can leave 0–100 whatever is done with 105 %, 112 % or −5 %.' });
  A.push({ type: 'no_problem_at', cells: ['E6', 'E7', 'F20', 'F26', 'H6', 'D6'].map((a) => q(S, a)),
    why: '§3: «4 120»/«1 480» with a no-break space are numbers; «85,5 %» with a no-break space before % is a percent; «72,0%» is a percent; H6/D6 are formulas on another sheet with cached values — none of them is a problem.' });
  A.push({ type: 'no_problem_at', cells: [q(S, 'E29')], advisory: true, why: '«1 010» with a narrow no-break space (U+202F, as some locales write thousands) is also a number.' });
  A.push({ type: 'entity_criterion', sheet: S, name: 'г. Тула', criterionRe: '^1\\.', value: 90, tol: 1e-6,
    why: '§2 formulas: D6 = \'Расчёт\'!D4/\'Расчёт\'!C4 with cached 0,8 (80 %) → criterion 1 of Тула = (1 + 0,8)/2 = 90 %.' });
  A.push({ type: 'indicator_exists', sheet: S, col: 'E', kind: 'count', why: '§4: «Численность педагогических работников, чел.» is a count: descriptive, not in fulfilment.' });
  A.push({ type: 'no_problem_at', cells: ['E12', 'E31', 'E32'].map((a) => q(S, a)), advisory: true,
    why: 'The subtotals (городские округа 7 630, муниципальные районы) and the regional total are right; a total mismatch warning there would be false.' });
  A.push({ type: 'problem_absent_re', re: 'Итого по городским|Среднее по городским', advisory: true, why: 'The mid-table total/average rows must not be reported as entities without data or as unnamed rows.' });
  A.push({ type: 'problem_at', cell: q(S, 'D22'), notRe: 'пуст', advisory: true, wave: 2,
    why: 'Wave 2 (after the first run): D22 is not empty — it holds the formula =\'Расчёт\'!D17/\'Расчёт\'!C17 without a stored result; Excel shows 30,0 % there. A message «Ячейка пуста» sends the methodologist to a cell that is visibly filled; it should say that the formula has no computed value (recalculate and save in Excel).' });
  run('f03', b.file, [], A);
}

// =============================================================== f04
{
  const b = B.f04; const m = b.model;
  const an24 = L.analyseMatrix(b, m.y2024, cellsOf(b), { target: 75, critical: 40 });
  const A = [...generic({ fulfilment: true, note: false })];
  A.push({ type: 'sheets_analysed', sheets: ['2024 год'], documented: 'README (--sheet)', why: '--sheet "2024 год" selects one sheet: only it is analysed.' });
  A.push(...matrixExpectations(an24, m.y2024, { note: false }));
  A.push({ type: 'thresholds', target: 75, critical: 40, documented: 'README (--target/--critical)', why: 'METHODOLOGY §4: thresholds are changeable; the run uses 75/40.' });
  A.push({ type: 'result_sheets', present: ['Сводная', 'Дефициты', 'Проверка данных'], absent: ['Справка'], documented: 'README (--no-note)', why: '--no-note: no «Справка»; the other result sheets of §7 are written.' });
  A.push({ type: 'deficits_sheet_thresholds', target: 75, critical: 40, why: 'METHODOLOGY §7: «Дефициты» shows the threshold of each finding — with --target 75 --critical 40, cell deficits carry 40 % and attention cells 75 %, and the heading states 75/40.' });
  A.push({ type: 'no_highlights', sheets: ['2023 год', 'Инструкция'], why: 'Only the selected sheet is analysed, so only it gets highlights (§7).' });
  A.push({ type: 'svodnaya_band_labels', labels: ['75–100', '40–74', 'менее 40'], advisory: true, why: 'Group labels follow the thresholds in force (seed 003 style «80–100 %», «50–79 %», «менее 50 %» → «75–100 %», «40–74 %», «менее 40 %»).' });
  A.push({ type: 'json_note_empty', advisory: true, why: 'With --no-note the JSON should not carry a note either (or it should be empty).' });
  run('f04a', b.file, ['--sheet', '2024 год', '--no-note', '--target', '75', '--critical', '40'], A);

  const an23 = L.analyseMatrix(b, m.y2023, cellsOf(b));
  const names = { C: 'Наличие муниципальной программы наставничества', D: 'Доля молодых педагогов, закреплённых за наставниками', E: 'Доля педагогов, прошедших диагностику', F: 'Наличие ИОМ у педагогов', G: 'Доля педагогов — участников сетевых' };
  const Bx = [...generic({ fulfilment: true, note: true, count: 5 })];
  Bx.push({ type: 'sheets_analysed', sheets: ['2023 год'], documented: 'README (--sheet)', why: '--sheet "2023 год".' });
  Bx.push(...matrixExpectations(an23, m.y2023, { note: true, indNames: names }));
  Bx.push({ type: 'result_sheets', present: ['Сводная', 'Справка', 'Дефициты', 'Проверка данных'], absent: [], why: 'METHODOLOGY §7: by default the note is written.' });
  Bx.push({ type: 'deficits_sheet_thresholds', target: 80, critical: 50, why: 'Default thresholds 80/50 (§4).' });
  Bx.push({ type: 'no_highlights', sheets: ['2024 год', 'Инструкция'], why: 'Only the selected sheet gets highlights.' });
  run('f04b', b.file, ['--sheet', '2023 год'], Bx);
}

// =============================================================== f05
{
  const b = B.f05; const m = b.model; const S = m.sheet;
  const an = L.analyseMatrix(b, m, cellsOf(b));
  const A = [...generic({ fulfilment: true, note: true, count: 1 })];
  A.push(...matrixExpectations(an, m, { note: true }));
  A.push({ type: 'entity_deficits', kind: 'group-3', names: ['Тосненский район'], scope: 'criterion', why: 'METHODOLOGY §4: entity level — group 3 on a criterion: Критерий 3 = 37,3 % (< 50).' });
  A.push({ type: 'note_not_same_best_worst', advisory: true, why: 'With a single entity, naming it both «наиболее высокий» and «наиболее низкий» result is confusing for the committee.' });
  run('f05', b.file, [], A);
}

// =============================================================== f06
{
  const b = B.f06; const m = b.model; const S = m.sheet;
  const an = L.analyseMatrix(b, m, cellsOf(b));
  const A = [...generic({ fulfilment: true, note: true, count: 2 })];
  A.push(...matrixExpectations(an, m, { note: true }));
  A.push({ type: 'user_cf_intact', sheet: S, why: 'METHODOLOGY §7 (never change the user\'s data; highlights the add-in can remove again): the user\'s five rules (cellIs «нет» orange, colour scale, data bar, a blue rule with formula TRUE, an expression rule) stay exactly as they were.' });
  A.push({ type: 'static_fill_kept', sheet: S, cell: 'D6', argb: 'FFD9D9D9', why: '§7: the user\'s own cell fill (grey D6) is not changed — highlights are conditional formats on top.' });
  A.push({ type: 'no_highlights', sheets: ['Примечания'], why: 'A text sheet gets no highlights.' });
  A.push({ type: 'rerun_cf', sheet: S, red: an.red, yellow: an.yellow, documented: 'README (повторный запуск заменяет прежние результаты)',
    why: 'Running the tool again on its own result workbook keeps the user\'s five rules (including the blue TRUE rule, which looks like the tool\'s but has another colour) and leaves exactly one set of red/yellow highlights.' });
  run('f06', b.file, [], A);
}

// =============================================================== f07
{
  const b = B.f07; const m = b.model; const S = m.sheet;
  const an = L.analyseMatrix(b, m, cellsOf(b));
  const A = [...generic({ fulfilment: true, note: true, count: 12 })];
  A.push(...matrixExpectations(an, m, { note: true }));
  A.push({ type: 'entity_names_include', names: ['Вожегодский округ'], why: 'Column H (Вожегодский) is hidden but holds data: it is an entity (§2).' });
  A.push({ type: 'problem_at', cell: q(S, 'M7'), why: '§3: «н/д» is missing and reported (Кирилловский, 1.3).' });
  A.push({ type: 'problem_any', cells: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'].map((c) => q(S, c + 9)), or: { re: 'без знака|как дол|дроб' }, severity: ['warning', 'info'],
    why: '§3: row 2.1 holds bare numbers 0,9 … 1 with no percent format; all ≤ 1 → read as fractions (90 % …) and warn.' });
  A.push({ type: 'entity_absent', pattern: '^В среднем', why: '§2A: «В среднем по области» is an average column, not an entity.' });
  run('f07', b.file, [], A);
}

// =============================================================== f08
{
  const b = B.f08; const m = b.model; const S = m.sheet; const cells = b.sheets[0].cells;
  const res = L.analysePairs(cells, m.ents, m.pairs);
  const rowOf = (n) => m.ents.find((e) => e.name === n).row;
  const A = [...generic({ fulfilment: false, note: true, count: 25 })];
  A.push({ type: 'entity_rows', sheet: S, rowMin: 6, rowMax: 30, count: 25, why: 'METHODOLOGY §2B: 25 district rows 6–30 under a 3-row merged header; «Итого по краю» is not an entity.' });
  A.push({ type: 'entity_absent', pattern: '^(Итого|\\*)', why: '§2A: total row and the footnote are not entities.' });
  for (const p of res) {
    const okRows = p.rows.filter((r) => r.status === 'ok');
    A.push({ type: 'share_set', sheet: S, num: p.num, base: p.base, values: Object.fromEntries(okRows.map((r) => [q(S, r.numCell), r.share])), tol: 1e-6,
      why: `METHODOLOGY §2B/§4: share ${p.num}/${p.base}${p.num === 'D' ? ' (молодые «всего» / всего педагогов; declared I)' : ' («из них:» sub-count of the young teachers D; declared ' + p.declared + ')'} for every valid row.` });
    A.push({ type: 'region_share', sheet: S, anyNumeratorCell: q(S, okRows[0].numCell), numerator: p.region.numerator, base: p.region.base, share: p.region.share,
      mean: p.region.mean, median: p.region.median, tol: 1e-6,
      why: `METHODOLOGY §4: pooled Σ${p.num}/Σ${p.base} leaving out rows in error and base-0 rows; mean and median of the valid district shares.` });
  }
  const r0 = rowOf('Быстроистокский район'); const rz = rowOf('Завьяловский район'); const rn = rowOf('Залесовский район'); const rk = rowOf('Красногорский район'); const rc = rowOf('Калманский район');
  A.push({ type: 'share_field', numeratorCell: q(S, 'E' + r0), field: 'share', value: null, why: '§4: base 0 (no young teachers in Быстроистокский) → no share.' });
  A.push({ type: 'problem_any', cells: ['D', 'E', 'F', 'G', 'H'].map((c) => q(S, c + r0)), why: '§4: base 0 → a reported problem at the row\'s cells.' });
  A.push({ type: 'share_field', numeratorCell: q(S, 'E' + rz), field: 'share', value: null, alsoExcluded: true, why: '§4: numerator 31 > base 29 (Завьяловский) → error, no share, left out of the regional figures.' });
  A.push({ type: 'problem_at', cell: q(S, 'E' + rz), severity: ['error'], why: '§4: numerator > base is an error reported at E' + rz + '.' });
  A.push({ type: 'problem_at', cell: q(S, 'G' + rn), severity: ['error'], why: '§4/§3: a negative count (−2, Залесовский) is an error at G' + rn + '.' });
  A.push({ type: 'share_field', numeratorCell: q(S, 'G' + rn), field: 'share', value: null, alsoExcluded: true, why: '§4: negative numerator → error, no share, excluded from the region.' });
  A.push({ type: 'mismatch_set', sheet: S, rowMin: 6, rowMax: 30, expected: [q(S, 'I' + rk)], allowExtra: [q(S, 'F' + rz)],
    why: `§2B: the only wrong declared share is I${rk} (Красногорский 9,6 typed; 16/210 = 7,6 %). F${rz} («100» for an invalid pair) may or may not be mentioned.` });
  A.push({ type: 'problem_at', cell: q(S, 'I' + rk), why: '§2B: the wrong declared share is reported with its address.' });
  A.push({ type: 'no_problem_at', cells: [q(S, 'C' + rc)], why: '§3: «1 234» with a no-break space is the number 1 234.' });
  A.push({ type: 'no_problem_at', cells: ['C31', 'D31', 'E31', 'G31'].map((a) => q(S, a)), advisory: true, why: 'The totals are the exact sums of the typed rows; no total mismatch.' });
  A.push({ type: 'pairs_present', sheet: S, pairs: [{ num: 'D', base: 'C', declared: 'I' }, { num: 'E', base: 'D', declared: 'F' }, { num: 'G', base: 'D', declared: 'H' }],
    advisory: true, documented: 'README', why: 'The «из них:» sub-counts under the merged header are paired with «всего» young teachers (D), and each declared share with its pair.' });
  run('f08', b.file, [], A);
}

// write ----------------------------------------------------------------------------------
fs.mkdirSync(path.join(__dirname, 'expected'), { recursive: true });
let n = 0;
for (const [id, e] of Object.entries(OUT)) {
  e.expectations.forEach((x, i) => { x.n = i + 1; if (x.advisory === undefined) x.advisory = false; });
  fs.writeFileSync(path.join(__dirname, 'expected', id + '.json'), JSON.stringify(e, null, 1));
  n += e.expectations.length;
  console.log(id, e.expectations.length);
}
console.log('total', n);
