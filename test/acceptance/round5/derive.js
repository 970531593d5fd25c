// Derives the expectations of the fifth blind set from data.js with an independent implementation of
// METHODOLOGY §3–§6, and writes expected/<name>.json. Written before the tool was run on these books.
'use strict';
const fs = require('fs');
const path = require('path');
const D = require('./data');
const EXP = path.join(__dirname, 'expected');
fs.mkdirSync(EXP, { recursive: true });

const mean = a => a.reduce((s, x) => s + x, 0) / a.length;
const median = a => { const b = [...a].sort((x, y) => x - y); const n = b.length; return n % 2 ? b[(n - 1) / 2] : (b[n / 2 - 1] + b[n / 2]) / 2; };
const r1 = x => Math.round(x * 10) / 10;
const f = (x, d = 3) => Number(x.toFixed(d));
function ranks(vals) { return vals.map(v => 1 + vals.filter(w => w > v + 1e-9).length); }
function group(v, target = 80, critical = 50) { return v >= target - 1e-9 ? 1 : v >= critical - 1e-9 ? 2 : 3; }
function write(name, input, args, expectations) {
  fs.writeFileSync(path.join(EXP, name + '.json'), JSON.stringify({ input, args, expectations }, null, 1));
  console.log(name, expectations.length, 'expectations');
  return expectations.length;
}
let total = 0;

// ═════════════════════════ e01: points, one sheet per municipality ═════════════════════════
{
  const mark = v => (v === 1 || v === '1' || v === '+' || v === 'да') ? 1 : (v === '' || v === undefined) ? null : 0;
  // rows: header row, block row, positions … per block; first block header at row 4
  function layout(spec) {
    let r = 4; const rows = {};
    for (const b of D.BLOCKS) { const n = b.key === 'mery' && spec.extraMery ? 8 : b.positions.length; rows[b.key] = { block: r + 1, first: r + 2, n }; r += 2 + n; }
    rows.total = r; return rows;
  }
  function score(spec) {
    const v = spec.values; const res = { blocks: {}, points: 0, max: 0, inconsistent: [], empty: [] }; const L = layout(spec);
    const allIneffective = v.ind.map(([a, b, c]) => mark(a) === 0 && mark(b) === 0 && mark(c) === 1);
    for (const b of D.BLOCKS) {
      const P = v[b.key]; let tot = 0; const pos = [];
      P.forEach((t, i) => {
        const [a, bb, c] = t.map(mark); const row = L[b.key].first + i;
        t.forEach((x, k) => { if (mark(x) === null) res.empty.push(`${'BCD'[k]}${row}`); });
        let s;
        if (b.kind === 'ind') {
          if (a === 1) s = 1 + (bb || 0) - (c || 0);
          else if (bb === 1) { s = 0; res.inconsistent.push(row); }
          else s = c === 1 ? -1 : 0;
        } else {
          if (a !== 1 && (bb === 1 || c === 1)) { s = 0; res.inconsistent.push(row); }
          else s = (a || 0) + (bb || 0) + (c || 0);
          if ((b.key === 'mon' || b.key === 'ana') && allIneffective[i]) s = 0;
        }
        pos.push(s); tot += s;
      });
      const max = b.kind === 'ind' ? 2 * P.length : 3 * P.length;
      res.blocks[b.key] = { name: b.name, total: tot, max, pos, declaredRow: L[b.key].block, declared: b.key === 'mery' && spec.extraMery ? 24 : b.declared };
      res.points += tot; res.max += max;
    }
    res.L = L; res.percent = res.points / res.max * 100; return res;
  }
  const S = D.E01_SHEETS.map(s => ({ spec: s, r: score(s) }));
  const pct = S.map(x => x.r.percent); const rk = ranks(pct);
  const E = [];
  E.push({ type: 'layout', layout: 'points', why: '§2C: evaluation sheets in points, one sheet per municipality from the seed-004 template (blocks → positions → parameters → «всего»).' });
  E.push({ type: 'entity_not_scored', re: 'Шаблон|_{3,}', why: 'Sheet «Шаблон» is the blank template: every parameter cell empty. §3: empty = missing, «excluded from numerators AND denominators … never as 0». A blank template must not become a municipality with 0 points / 0 % (that would also pull down the regional mean and median).' });
  E.push({ type: 'entities_count', count: 5, advisory: true, why: 'Five filled municipality sheets; the blank template is not a municipality (it may at most be reported). METHODOLOGY does not say what to do with a template sheet, hence advisory.' });
  const why0 = {
    'Крымский': 'Показатели: P1 1+1−0=2, P2 2, P3 «1,-,1» present, not matching, one ineffective → 1−1=0, P4 «1,1,1» → 2−1=1 → 5 of 8; Мониторинг 3+2+3+1=9/12; Анализ 3+2+1+0=6/12; Адресные 3+3+2+2=10/12; Меры 6×3+2=20/21; УР 3/3; АЭ 1+0+1=2/3 → 55 of 71 = 77.46 % → group 2 (50–79).',
    'Абинский': 'Показатели: «+,+,-»=2, «да,нет,-»=1 (present, not matching), «0,0,1» = single ineffective indicator → 0+0−1 = −1, «1,1,-» (text «1») = 2 → 4 of 8; Мониторинг: 3, «да,да,нет»=2, P3 «+,+,+» but the P3 indicators are all ineffective → 0 (§5), P4 «-,+,+» inconsistent → 0 → 5/12; Анализ: 3+2+0 (same rule, seed 004 «Анализ … неэффективных показателей … 0 баллов»)+1 = 6/12; Адресные 3+2+3+2 (D27 empty → 0 points) = 10/12; Меры 5×3 + 2 + 0 = 17/21; УР «да,нет,да» = 2/3; АЭ «-,-,-» = 0/3 → 44 of 71 = 61.97 % → group 2.',
    'Анапа': 'All 1 except Анализ P3 «1,0,1» = 2; the penalty column is 0 → 8+12+11+12+21+3+3 = 70 of 71 = 98.59 % → group 1.',
    'Славянский': 'Eight «Меры» positions (an extra «Организация стажировок…» row): block max 8×3 = 24, matching the declared 24. Показатели 1+2+0+2 = 5/8; Мониторинг 3+2+0+3 = 8/12; Анализ 2+1+0+2 = 5/12; Адресные 3+1+0+3 = 7/12; Меры 6×3+2+2 = 22/24; УР 3/3; АЭ 2/3 → 52 of 8+12+12+12+24+3+3 = 74 → 70.27 % → group 2.',
    'Темрюкский': 'Показатели 4×2 = 8/8; Мониторинг 3+1+1+1 = 6/12; Анализ 4×1 = 4/12; Адресные 4/12; Меры 3+1+1+2+0+1+1 = 9/21; УР 0; АЭ 0 → 31 of 71 = 43.66 % → group 3 (< 50).',
  };
  S.forEach(({ spec, r }, i) => {
    const adv = spec.sheet === 'Абинский';
    E.push({ type: 'entity', name: spec.title, points: r.points, group: group(r.percent), rank: rk[i], why: `§5 totals, percent of maximum, rank, groups by §4 thresholds. ${why0[spec.sheet]} Ranks by percent: Анапа 98.6, Крымский 77.5, Славянский 70.3, Абинский 62.0, Темрюкский 43.7.` });
    E.push({ type: 'entity', name: spec.title, maxPoints: r.max, fulfilment: r.percent, advisory: adv || undefined,
      why: adv ? `Max 71 and ${f(r.percent)} % if the empty D27 («материалы» of Адресные P4) counts as an unmarked parameter (seed 004: «за отсутствующий параметр выставляется 0 баллов»); a strict §3 reading (empty excluded from the denominator) would give 70 and 62.86 %. Advisory because METHODOLOGY §3 and the seed pull in different directions here.`
        : `§5: «the maximum of a block is computed from the positions actually present» → ${r.max}; percent of maximum ${r.points}/${r.max} = ${f(r.percent, 4)} %.` });
  });
  E.push({ type: 'entity', name: 'Абинский район', incomplete: true, advisory: true, why: '§4: «An entity with missing cells is marked incomplete» — D27 is empty (§3 missing).' });
  // block totals
  const blk = (sheet, key, adv) => { const s = S.find(x => x.spec.sheet === sheet); const b = s.r.blocks[key];
    E.push({ type: 'block', entity: s.spec.title, block: b.name, total: b.total, max: b.max, advisory: adv || undefined, why: `§5 «totals: per position, per block»: ${s.spec.title}, block «${b.name}» positions ${JSON.stringify(b.pos)} → ${b.total} of ${b.max}.` }); };
  for (const k of ['ind', 'mon', 'ana', 'rec', 'mery', 'ur', 'ae']) blk('Абинский', k);
  blk('Крымский', 'ind'); blk('Славянский', 'mery'); blk('Темрюкский', 'mon');
  // positions
  const pos = (sheet, key, i, val, why, adv) => { const s = S.find(x => x.spec.sheet === sheet); E.push({ type: 'position', entity: s.spec.title, block: s.r.blocks[key].name, index: i, total: val, advisory: adv || undefined, why }); };
  pos('Абинский', 'ind', 2, -1, '§5: «a single indicator that is itself ineffective → 0 + 0 − 1»: row 8 is «0, 0, 1» → −1 (not flagged as inconsistent: the penalty is not a «parameter that scores»).');
  pos('Абинский', 'mon', 2, 0, '§5: «monitoring of indicators that are all ineffective scores 0»: row 14 «+,+,+» monitors position 3, whose indicators (row 8) are all ineffective → 0.');
  pos('Абинский', 'mon', 3, 0, '§5: row 15 «-, +, +» — parameters 2–3 without parameter 1 → inconsistent, scored 0.');
  pos('Абинский', 'ana', 2, 0, 'Seed 004 (analysis block): «Если все показатели, по которым представлен анализ, неэффективные … выставляется 0 баллов» → row 20 «1,1,1» for position 3 → 0. METHODOLOGY §5 states the rule for monitoring only, so advisory.', true);
  pos('Крымский', 'ind', 2, 0, '§5: present, not matching, with one ineffective → 1 − 1 = 0 (row 8 «1, -, 1»).');
  pos('Крымский', 'ind', 3, 1, '§5: present and matching with at least one ineffective → 2 − 1 = 1 (row 9 «1, 1, 1»).');
  pos('Абинский', 'ind', 1, 1, '§3 «да» = 1, «нет» = 0; §5 present, not matching, no ineffective → 1 (row 7 «да, нет, -»).');
  pos('Абинский', 'ind', 3, 2, '§3: the text «1» is the number 1 → row 9 «1»,«1»,«-» → 2.');
  // problems
  for (const s of S) {
    const b = s.r.blocks.mery; const cell = `'${s.spec.sheet}'!E${b.declaredRow}`;
    if (b.declared !== b.max) E.push({ type: 'problem', cells: [cell], why: `§5: the «Меры, мероприятия» row declares всего ${b.declared} for ${b.pos.length} × 3 = ${b.max} → «report the mismatch with its address and use the computed value».` });
    else E.push({ type: 'no_problem', cells: [cell], why: `«Меры» on ${s.spec.sheet} has 8 positions, so the declared 24 equals the computed 8 × 3 = 24: nothing to report.` });
  }
  E.push({ type: 'problem', cells: ["'Абинский'!A15", "'Абинский'!B15", "'Абинский'!C15", "'Абинский'!D15", "'Абинский'!E15"], why: '§5: row 15 (Мониторинг P4 «-, +, +») — a parameter other than the first scored while the first is 0 → «flag such a row as inconsistent».' });
  E.push({ type: 'problem', cells: ["'Абинский'!D27"], why: '§3: an empty parameter cell is missing data and is «reported» (Адресные рекомендации P4, «материалы»).' });
  E.push({ type: 'problem', cells: ["'Темрюкский'!E7"], why: 'Temryuk typed всего 3 for Показатели P2 «1,1,0» = 2: a declared total that differs from the computed one is reported with its address (§5, «всего»).' });
  E.push({ type: 'problem', cells: ["'Темрюкский'!E14"], why: 'Temryuk typed всего 3 for Мониторинг P3 «1,0,0» = 1 → mismatch reported (§5).' });
  E.push({ type: 'problem', cells: ["'Темрюкский'!E43"], why: 'Temryuk typed «Итого баллов» 40, the parameters give 31 → mismatch reported with address (§5: declared total differing from the computed one).' });
  E.push({ type: 'no_problem', cells: ["'Абинский'!B6", "'Абинский'!C6", "'Абинский'!B7", "'Абинский'!C7", "'Абинский'!B9", "'Абинский'!C9", "'Абинский'!B12"], severity: 'error', why: '§3: «+», «да», «нет», «-» and the text «1» are ordinary yes/no/number forms — never an error.' });
  E.push({ type: 'deficit_entity', entity: 'Темрюкский район', kind: 'group-3', why: '§4 entity level: group 3 overall (43.66 % < 50) is a deficit finding.' });
  const real = S.map(x => x.r.percent);
  E.push({ type: 'region', median: median(real), why: `§4/§7 region median over the 5 municipalities (template excluded): sorted ${real.map(x => f(x, 2)).sort((a, b) => a - b).join(', ')} → ${f(median(real), 4)} (Славянский).` });
  E.push({ type: 'region', mean: mean(real), advisory: true, why: `Region mean of percent of maximum over the 5 municipalities = ${f(mean(real), 4)}; advisory because it depends on Абинский's max (71 vs 70, see above).` });
  E.push({ type: 'result_sheet_exists', sheet: 'Сводная', why: '§7: Сводная is written.' });
  E.push({ type: 'input_unchanged', why: '§7: «Never change the user\'s data».' });
  total += write('e01_points_sheets', 'books/e01_points_sheets.xlsx', [], E);
}

// ═════════════════════════ e02: plan / report ═════════════════════════
{
  const items = D.E02_ROWS.filter(x => x.kind === 'item');
  // rows: starts at 5 in order
  let r = 5; for (const x of D.E02_ROWS) { x.row = r++; }
  const n = items.length;
  const hasDates = items.filter(x => x.when).length, hasWho = items.filter(x => x.who).length;
  const done = items.filter(x => x.result && !/^(нет|не выполнено|-|в процессе|частично)$/i.test(x.result)).length;
  const E = [];
  const S = "'План 2024'";
  E.push({ type: 'layout', layout: 'plan', why: '§2E: «№ | Мероприятие | Сроки | Ответственный | Результат» — a plan / report on execution (seed 001).' });
  E.push({ type: 'entities_count', count: n, why: `§2E «Rows are measures»: 11 numbered items (1.1–1.4, 2.1–2.4, 3.1–3.3). Section rows merged across the table, the continuation row 13 (only «Ответственный» filled, belongs to 2.2), the blank row and «Примечание»/«Исполнитель» below the table are not measures.` });
  E.push({ type: 'entity_absent', re: 'Кузнецова', why: 'Row 13 carries only a second responsible for item 2.2 — a continuation, not a measure (a methodologist writes it so when the cell is too narrow).' });
  E.push({ type: 'entity_absent', re: '^(Примечание|Исполнитель)', why: 'Notes below the table end it (§2 «notes below the table»).' });
  E.push({ type: 'entity_absent', re: 'Организационно-методическое обеспечение деятельности|Поддержка молодых педагогов и развитие|Повышение квалификации педагогических работников$', why: 'Section rows merged across the width are headings, not measures.' });
  for (const x of items) {
    if (!x.result || x.result === 'не выполнено') E.push({ type: 'deficit', cell: `${S}!E${x.row}`, kind: 'deficit', why: `§2E: «items without a result are deficits» — item ${x.no} result ${x.result ? '«не выполнено» (§3: «не выполнено» = no)' : 'empty'}.` });
  }
  for (const x of items.filter(x => x.result && !/^(не выполнено|в процессе|частично)$/.test(x.result))) E.push({ type: 'no_deficit', cell: `${S}!E${x.row}`, why: `Item ${x.no} has a result («${x.result.slice(0, 40)}») → not a deficit.` });
  for (const x of items.filter(x => /^(в процессе|частично)$/.test(x.result))) E.push({ type: 'deficit', cell: `${S}!E${x.row}`, kind: 'attention', advisory: true, why: `Item ${x.no} result «${x.result}»: a measure not completed. METHODOLOGY is silent; docs/rules.md §6 says «в процессе», «частично» = not executed, attention zone.` });
  E.push({ type: 'indicator', re: '[Сс]рок', level: hasDates / n * 100, why: `§2E/§5 «Меры»: parameter «has dates» — 10 of 11 items have «Сроки» (2.3 is empty; «в течение года», «до 01.03.2024» are dates) → ${f(hasDates / n * 100, 4)} % (§4: yes/no level = share of «yes»).` });
  E.push({ type: 'indicator', re: '[Оо]тветствен', level: hasWho / n * 100, why: `§2E: «has responsible» — 10 of 11 (1.4 is empty; 2.2 has «Руководители ОО» plus a continuation) → ${f(hasWho / n * 100, 4)} %.` });
  E.push({ type: 'indicator', re: '[Рр]езультат', level: done / n * 100, status: 'critical', advisory: true, why: `Executed items: 1.1, 1.2, 1.4, 2.1, 3.1 → 5 of 11 = ${f(done / n * 100, 4)} % (< 50 → critical). «в процессе» and «частично» counted as not executed (docs/rules.md §6); METHODOLOGY does not define these words, hence advisory.` });
  E.push({ type: 'deficit', cell: `${S}!D9`, kind: 'attention', advisory: true, why: 'Item 1.4 without «Ответственный» — a §5 «Меры» parameter missing; docs/rules.md §6 calls it attention.' });
  E.push({ type: 'deficit', cell: `${S}!C14`, kind: 'attention', advisory: true, why: 'Item 2.3 without «Сроки» — attention (docs/rules.md §6).' });
  E.push({ type: 'entity', re: '^\\s*2\\.3', fulfilment: 50, advisory: true, why: 'Item 2.3: measure yes, dates no, responsible yes, result no → mean of 4 binaries = 50 % (§4 by indicator count). Advisory: METHODOLOGY does not define an item\'s fulfilment.' });
  E.push({ type: 'entity', re: '^\\s*1\\.1', fulfilment: 100, advisory: true, why: 'Item 1.1 has all four → 100 %.' });
  E.push({ type: 'input_unchanged', why: '§7.' });
  total += write('e02_plan', 'books/e02_plan.xlsx', [], E);
}

// ═════════════════════════ e03: folder of district files ═════════════════════════
{
  const F = D.E03_FILES.map(x => ({ ...x, base: x.baseNum || x.base, row: x.extraTitle ? 4 : 3,
    yd: typeof x.youngDecl === 'string' ? 12.5 : typeof x.youngDecl === 'object' ? x.youngDecl.v * 100 : x.youngDecl }));
  const E = [];
  const Y = 'в возрасте до 35 лет', K = 'повышение квалификации';
  E.push({ type: 'layout', layout: 'counts', why: '§2B: «Общее количество…», «Количество…», «Доля…, %» — counts and bases with declared shares (seed 002 ЕФС wording).' });
  E.push({ type: 'entities_count', count: 5, why: 'Five district files, one district each, read as one table (README: «папка с книгами … читаются как одна книга»). The extra title row of file 02, the «Исполнитель» line and headers are not districts.' });
  for (const x of F) {
    const s = x.young / x.base * 100;
    const mism = Math.abs(s - x.yd) > 0.05 + 1e-9;
    E.push({ type: 'share', entity: x.name, indicator: Y, numerator: x.young, base: x.base, share: s, declared: x.yd, mismatch: mism,
      why: `${x.file}: ${x.young}/${x.base} = ${f(s, 4)} %; declared ${JSON.stringify(x.youngDecl)} = ${x.yd} % → ${mism ? 'differs by ' + f(s - x.yd, 2) + ' п.п. → mismatch (§2B «a district\'s arithmetic error is a finding»)' : 'agrees within the rounding of the declared value'}.${x.extraTitle ? ' This file has an extra title row, the data is in row 4.' : ''}${x.baseNum ? ' Base typed as text «1 120» with a no-break space (§3 thousands separator).' : ''}` });
  }
  const sy = F.map(x => x.young / x.base * 100), sk = F.map(x => x.kpk / x.base * 100);
  const ny = F.reduce((a, x) => a + x.young, 0), nb = F.reduce((a, x) => a + x.base, 0), nk = F.reduce((a, x) => a + x.kpk, 0);
  E.push({ type: 'share', entity: null, indicator: Y, numerator: ny, base: nb, share: ny / nb * 100, why: `§4 pooled: Σ = 38+61+250+120+98 = ${ny} over 420+760+2000+1500+1120 = ${nb} → ${f(ny / nb * 100, 4)} % (not the mean of district shares).` });
  E.push({ type: 'share', entity: null, indicator: Y, mean: mean(sy), median: median(sy), why: `§4 «Also report mean and median of the districts' shares»: ${sy.map(x => f(x, 3)).join(', ')} → mean ${f(mean(sy), 4)}, median ${f(median(sy), 4)} (Кировский 8.75).` });
  E.push({ type: 'share', entity: null, indicator: K, numerator: nk, base: nb, share: nk / nb * 100, mean: mean(sk), median: median(sk), why: `§4 pooled: Σ 150+290+640+600+336 = ${nk} / ${nb} = ${f(nk / nb * 100, 4)} %; district shares ${sk.map(x => f(x, 3)).join(', ')} → mean ${f(mean(sk), 4)}, median ${f(median(sk), 4)}.` });
  for (const x of F) E.push({ type: 'share', entity: x.name, indicator: K, numerator: x.kpk, base: x.base, share: x.kpk / x.base * 100, mismatch: false, why: `${x.kpk}/${x.base} = ${f(x.kpk / x.base * 100, 4)} %, declared ${x.kpkDecl} agrees within its rounding.` });
  E.push({ type: 'problem', cells: ['Лист1!E3'], why: '§2B: Гатчинский declares 12,0 % young teachers while 120/1500 = 8.0 % → «a district\'s arithmetic error is a finding, reported with the cell address» (the only «Лист1» in the folder, so the address is unambiguous).' });
  E.push({ type: 'problem_mentions', cells: ['Лист1!E3'], re: 'Гатчин|04_', advisory: true, why: 'With several files the address «Лист1!E3» alone does not say which file; a methodologist needs the district or file named in the message (or the address).' });
  E.push({ type: 'no_problem', cells: ['Форма!E3', 'Форма!E4', 'Форма!C3'], severity: 'error', why: '§3: «12,5 %» (text with a space), 9,0, 8,0, 0.0875 with a percent format and «1 120» with a no-break space are all readable values — no error.' });
  E.push({ type: 'input_unchanged', why: '§7: none of the five input files may change.' });
  total += write('e03_folder_counts', 'books/e03_folder', [], E);
}

// ═════════════════════════ e04: teacher roster ═════════════════════════
{
  const T = D.E04_TEACHERS;
  const num = v => { if (typeof v === 'number') return v; if (v && typeof v === 'object') return v.v * 100; if (typeof v !== 'string' || !v.trim()) return null;
    const m = v.match(/^\s*(\d+(?:[.,]\d+)?)\s*(?:года?|лет|г\.)?\s*(?:(\d+)\s*мес\.?)?\s*%?\s*$/); if (!m) return undefined; return parseFloat(m[1].replace(',', '.')) + (m[2] ? +m[2] / 12 : 0); };
  const res = v => { if (v === 'н/д') return null; const x = num(v); return x === undefined ? null : x; };
  let count = 0, base = 0, mentored = 0;
  T.forEach(t => { const a = num(t.age), e = num(t.exp); if (a == null || e == null) return; base++; if (a < 35 && e <= 3) { count++; if (t.mentor && t.mentor !== 'нет') mentored++; } });
  const E = [];
  E.push({ type: 'layout', layout: 'roster', why: '§2D: one row per teacher with ОО, муниципалитет, предмет, возраст, стаж, наставник and four competence areas.' });
  E.push({ type: 'entities_count', count: T.length, advisory: true, why: '48 teachers; METHODOLOGY does not say that teachers are the JSON «entities», hence advisory.' });
  E.push({ type: 'young', count, base, share: count / base * 100, mentored, mentoredShare: mentored / count * 100,
    why: `§6 / seed 002: young = under 35 AND experience ≤ 3. Rows 5–14 are the border cases: 34 y/3 y yes; 35 y no; 24/0 yes; 29/4 no; «23 года»/«1 год» yes; age empty → out of count and base; 26/«2 года 6 мес.» yes; 31/3 yes; 33/2 yes; 27/1 yes; the other 38 are 36+ years old. → ${count} young of ${base} with known age and experience = ${f(count / base * 100, 4)} %. Mentored: «да» (row 5), «Иванова И.И.» (7), «Петрова С.В. (учитель-наставник)» (12), «да» (14) = ${mentored}; «нет» (9, 13) and empty (11) are not → ${mentored}/${count} = ${f(mentored / count * 100, 4)} %.` });
  // deficit map
  const units = [['Регион', () => true], ...D.MUNS.map(m => [m, t => t.mun === m])];
  const dm = (unit, pred, a) => { const v = T.filter(pred).map(t => res(t.res[a])).filter(x => x != null); return { share: v.filter(x => x < 50).length / v.length * 100, n: v.length, below: v.filter(x => x < 50).length }; };
  for (const [u, p] of units) D.AREAS.forEach((area, a) => {
    if (u !== 'Регион' && u !== 'Абинский район') return;
    const x = dm(u, p, a);
    E.push({ type: 'deficit_map', unit: u, area, share: x.share, why: `§6 deficit map: ${u} × ${area}: ${x.below} of ${x.n} teachers with a result below the critical 50 % → ${f(x.share, 4)} %. Missing («н/д», «см. протокол») are excluded; exactly 50 is not below; «72%» text and 0.45 with a percent format are read as 72 and 45.` });
  });
  // same-named schools in two municipalities
  const sch = (mun, school, a) => { const v = T.filter(t => t.mun === mun && t.school === school).map(t => res(t.res[a])).filter(x => x != null); return v.filter(x => x < 50).length / v.length * 100; };
  E.push({ type: 'deficit_map', unit: 'МБОУ «СОШ № 1»', municipality: 'Абинский район', area: D.AREAS[0], share: sch('Абинский район', 'МБОУ «СОШ № 1»', 0), advisory: true, why: '«МБОУ «СОШ № 1»» exists in Крымский and in Абинский район: the school-level map must keep them apart (share computed over Абинский\'s СОШ № 1 only).' });
  D.AREAS.forEach((area, a) => { const v = T.map(t => res(t.res[a])).filter(x => x != null);
    E.push({ type: 'indicator', re: '^' + area, level: mean(v), advisory: true, why: `§4: percent indicator level = mean over teachers with data: ${v.length} values, mean ${f(mean(v), 4)}. Advisory: §6 does not name the roster's indicators.` }); });
  E.push({ type: 'problem', cells: ['Диагностика!I25'], severity: 'error', why: '§3: «см. протокол» in a result column is an error with its address; the cell counts as missing.' });
  E.push({ type: 'problem', cells: ['Диагностика!K17'], why: '§3: «н/д» is missing data and is reported.' });
  E.push({ type: 'problem', cells: ['Диагностика!J45'], why: '§3: «н/д» (teacher 41, Методические) reported.' });
  E.push({ type: 'problem_text', re: 'возраст|стаж', advisory: true, why: 'Teacher 6 (row 10) has no age: excluded from the young-teacher base; a methodologist expects to be told (docs/rules.md §11: one message with the count and the first addresses).' });
  E.push({ type: 'no_problem', cells: ['Диагностика!I37', 'Диагностика!K38', 'Диагностика!F9', 'Диагностика!G9', 'Диагностика!G11'], severity: 'error', why: '«72%», 0.45 with a percent format, «23 года», «1 год», «2 года 6 мес.» are readable values, not errors.' });
  E.push({ type: 'cluster_order', why: '§6: k-means clusters «numbered from the weakest to the strongest profile» → the mean of the centre rises with the cluster number.' });
  E.push({ type: 'result_sheet_exists', sheet: 'Карта дефицитов', advisory: true, why: 'README: the deficit map sheet is written for a roster (§6 requires the map; the sheet name is the README\'s).' });
  total += write('e04_roster', 'books/e04_roster.xlsx', [], E);
}

// ═════════════════════════ e05: thresholds 70 / 40 ═════════════════════════
{
  const T = 70, C = 40; const R = D.E05_ROWS;
  const ful = R.map(x => (x.b.reduce((a, v) => a + v, 0) * 100 + x.p.reduce((a, v) => a + v, 0)) / 10);
  const rk = ranks(ful);
  const E = [];
  E.push({ type: 'thresholds', target: 70, critical: 40, why: '--target 70 --critical 40 (README); §4 thresholds are changeable.' });
  R.forEach((x, i) => {
    const c1 = x.b.reduce((a, v) => a + v, 0) / 5 * 100, c2 = x.p.reduce((a, v) => a + v, 0) / 5;
    E.push({ type: 'entity', name: x.name, fulfilment: ful[i], group: group(ful[i], T, C), rank: rk[i], criteria: { 'Критерий 1': c1, 'Критерий 2': c2 },
      why: `§4: 5 yes/no (${x.b.join(',')}) + 5 percents (${x.p.join(', ')}); overall by indicator count = (${x.b.reduce((a, v) => a + v, 0)}×100 + ${f(x.p.reduce((a, v) => a + v, 0), 1)}) / 10 = ${f(ful[i], 4)} → group ${group(ful[i], T, C)} with target 70 / critical 40 (≥ 70 → 1, ≥ 40 → 2, else 3)${[70, 40].includes(ful[i]) ? ' — exactly on the border, which belongs to the higher group («≥ target», «≥ critical»)' : ''}. Criterion 1 = ${c1}, criterion 2 = ${f(c2, 3)}. Rank by overall: ${rk[i]}.` });
  });
  const lv = [];
  for (let j = 0; j < 5; j++) lv.push({ id: `1.${j + 1}`, level: R.filter(x => x.b[j]).length * 10, kind: 'binary' });
  for (let j = 0; j < 5; j++) lv.push({ id: `2.${j + 1}`, level: R.reduce((a, x) => a + x.p[j], 0) / 10, kind: 'percent' });
  for (const x of lv) { const st = x.level >= T - 1e-9 ? 'ok' : x.level >= C - 1e-9 ? 'attention' : 'critical';
    E.push({ type: 'indicator', id: x.id, level: x.level, status: st, why: `§4 indicator level (${x.kind === 'binary' ? 'share of «да» among 10' : 'mean of 10 percents'}) = ${f(x.level, 3)} → ${st} with target 70 / critical 40 (< target = problem zone, < critical = critical).` }); }
  const S = 'Мониторинг';
  const cell = (row, colIdx) => `${S}!${String.fromCharCode(65 + colIdx)}${5 + row}`;
  const cells = [
    [3, 10, 'deficit', 'Всеволожский 2.4 = 39,9 % < 40 → deficit'],
    [2, 7, 'attention', 'Волховский 2.1 = 40 % — exactly the critical level is not below it → attention (40 ≤ x < 70)'],
    [1, 8, 'attention', 'Волосовский 2.2 = 69,9 % < 70 → attention'],
    [6, 9, 'deficit', 'Кингисеппский 2.3 = 0 % → deficit'],
    [5, 9, 'deficit', 'Гатчинский 2.3 = 30 % → deficit'],
    [0, 4, 'deficit', 'Бокситогорский 1.3 «нет» → deficit'],
    [8, 11, 'none', 'Кировский 2.5 = 70 % = target → no finding'],
    [0, 7, 'none', 'Бокситогорский 2.1 = 70 % (fraction 0.7 with a percent format) → no finding'],
    [4, 11, 'none', 'Выборгский 2.5 = 100 % → no finding'],
    [5, 11, 'attention', 'Гатчинский 2.5 = 50 % → attention with critical 40 (it would be the border with the defaults)'],
  ];
  for (const [r, c, k, w] of cells) E.push(k === 'none' ? { type: 'no_deficit', cell: cell(r, c), why: `§4 cell level with the thresholds in force: ${w}.` } : { type: 'deficit', cell: cell(r, c), kind: k, why: `§4 cell level with the thresholds in force: ${w}.` });
  E.push({ type: 'deficit_entity', entity: 'Всеволожский район', kind: 'group-3', why: '§4: overall 39.99 % < critical 40 → group 3 → entity-level deficit.' });
  E.push({ type: 'deficit_entity', entity: 'Кингисеппский район', kind: 'group-3', why: '§4: overall 20 % → group 3.' });
  E.push({ type: 'no_deficit_entity', entity: 'Волховский район', kind: 'group-3', why: '§4: overall exactly 40 % = critical → group 2, not group 3.' });
  E.push({ type: 'band_label', group: 1, re: '70', advisory: true, why: 'Group 1 label should show the band in force («70–100 %»), not the default «80–100 %» (seed 003 labels groups by their bounds).' });
  E.push({ type: 'result_sheet_text', prefix: 'Справка', re: '70\\s?%', advisory: true, why: 'The note should state the target in force (70 %), not 80 %.' });
  total += write('e05_thresholds', 'books/e05_thresholds.xlsx', ['--target', '70', '--critical', '40'], E);
}

// ═════════════════════════ e06: two periods ═════════════════════════
{
  const fulOf = (spec, row) => { const v = row.slice(1).map(x => typeof x === 'number' ? x : x === 'да' ? 1 : 0); return mean(v) * 100; };
  const cur = D.E06_CUR.rows.map(r => ({ name: r[0], ful: fulOf(D.E06_CUR, r) })), prev = D.E06_PREV.rows.map(r => ({ name: r[0], ful: fulOf(D.E06_PREV, r) }));
  const rk = ranks(cur.map(x => x.ful));
  const E = [];
  E.push({ type: 'entities_count', count: 8, why: 'The current period «2024-2025» has 8 districts; the previous sheet is compared, not merged into the current ranking.' });
  E.push({ type: 'indicator_count', count: 5, why: 'The current sheet has 5 indicators (1.1–1.3, 2.1, 2.2); «1.4» exists only in the previous sheet.' });
  cur.forEach((x, i) => E.push({ type: 'entity', name: x.name.trim().replace(/\s+/g, ' '), fulfilment: x.ful, rank: rk[i], why: `§4 current period: ${JSON.stringify(D.E06_CUR.rows[i].slice(1))} → ${f(x.ful, 3)} %; four districts tie at 68 % and share rank 3 («ties share a rank (1, 2, 2, 4)»).` }));
  const pairs = [
    ['Бокситогорский район', 'Бокситогорский район', false, 'same name'],
    ['Волосовский муниципальный район', 'Волосовский район', false, 'docs/rules.md §9: the word «муниципальный» is ignored'],
    ['г.Сосновый Бор', 'г. Сосновый Бор', false, 'docs/rules.md §9 example: «г.Сосновый Бор» = «г. Сосновый Бор»'],
    ['Кингисеппский р-н', 'Кингисеппский район', true, '«р-н» is the usual abbreviation of «район» in district forms; not in docs/rules.md → advisory'],
    ['Лодейнопольский  район ', 'Лодейнопольский район', false, 'docs/rules.md §9: extra spaces are ignored'],
    ['ТИХВИНСКИЙ РАЙОН', 'Тихвинский район', false, 'docs/rules.md §9: case is ignored'],
    ['Лужский район', 'Лужский район', false, 'same name'],
  ];
  for (const [c, p, adv, w] of pairs) {
    const a = cur.find(x => x.name === c), b = prev.find(x => x.name === p);
    E.push({ type: 'change_entity', entity: c.trim().replace(/\s+/g, ' '), previousFulfilment: b.ful, currentFulfilment: a.ful, advisory: adv || undefined,
      why: `Matched «${c}» ↔ «${p}» (${w}). Previous: 4 yes/no + 2 % = ${f(b.ful, 3)} %; current: 3 yes/no + 2 % = ${f(a.ful, 3)} %.` });
  }
  E.push({ type: 'change_entity', entity: 'Волосовский муниципальный район', fulfilmentChange: r1(r1(92) - r1(73.3333)), advisory: true, why: 'docs/rules.md §9: change in п.п. between the values as shown: 92.0 − 73.3 = 18.7.' });
  E.push({ type: 'only_period', side: 'current', re: 'Кировский', why: 'Кировский район is new in 2024-2025 → listed as present only in the current period (docs/rules.md §9 «не теряются молча»).' });
  E.push({ type: 'only_period', side: 'previous', re: 'Сланцевский', why: 'Сланцевский район is gone → listed as only in the previous period.' });
  E.push({ type: 'not_only_period', re: 'Волосовск|Сосновый|Лодейноп|Тихвин', why: 'The renamed/respaced/re-cased districts are matched, so they must not appear as «only in one period» (docs/rules.md §9).' });
  E.push({ type: 'not_only_period', re: 'Кингисепп', advisory: true, why: '«Кингисеппский р-н» = «Кингисеппский район» for a methodologist.' });
  E.push({ type: 'change_indicator', id: '2.1', previousLevel: mean(D.E06_PREV.rows.map(r => r[5])) * 100, currentLevel: mean(D.E06_CUR.rows.map(r => r[4])) * 100, why: 'Indicator 2.1 renamed («Доля педагогов с ИОМ, %» → «2.1. Доля педагогов, имеющих ИОМ (%)») is matched by its number (docs/rules.md §9); levels = mean of 8 percents: 4.1/8 = 51.25 → 5.2/8 = 65.' });
  E.push({ type: 'only_period_indicator', side: 'previous', re: 'сайт', why: '1.4 «Наличие сайта ММС» exists only in 2023-2024 → listed (docs/rules.md §9).' });
  E.push({ type: 'result_sheet_exists', sheet: 'Динамика', why: 'README: «--previous … сравнение с ним (лист «Динамика» …)».' });
  E.push({ type: 'change_region', previous: mean(prev.map(x => x.ful)), current: mean(cur.map(x => x.ful)), advisory: true, why: `Region mean of fulfilment: previous (all 8 districts of 2023-2024) = ${f(mean(prev.map(x => x.ful)), 4)}, current = ${f(mean(cur.map(x => x.ful)), 4)}.` });
  total += write('e06_periods', 'books/e06_periods.xlsx', ['--previous', '2023-2024'], E);
}

// ═════════════════════════ e07: re-run on the result workbook ═════════════════════════
{
  const ful = row => mean(row.slice(1).map(x => typeof x === 'number' ? x : x === 'да' ? 1 : 0)) * 100;
  const before = D.E07.rows.map(ful);
  const afterRows = D.E07.rows.map(r => [...r]); afterRows[3][2] = 'да'; afterRows[3][4] = 0.85;
  const after = afterRows.map(ful); const rk = ranks(after);
  const E = [];
  E.push({ type: 'run1_entity', name: 'Малгобекский район и г. Малгобек', fulfilment: before[3], group: 3, why: 'First run, before the correction: «да, нет, нет, 35 %, 60 %» → (1+0+0+0.35+0.6)/5 = 39 % → group 3.' });
  E.push({ type: 'entity', name: 'Малгобекский район и г. Малгобек', fulfilment: after[3], group: group(after[3]), rank: rk[3], criteria: { '1': 200 / 3, '2': 72.5 },
    why: 'After the user corrected D8 «нет»→«да» and F8 35 %→85 % in the result workbook: (1+1+0+0.85+0.6)/5 = 69 % → group 2, rank 5; criterion 1 = 2/3 = 66.7, criterion 2 = (85+60)/2 = 72.5. §7: «"Пересчитать" after editing data».' });
  after.forEach((v, i) => { if (i !== 3) E.push({ type: 'entity', name: D.E07.rows[i][0], fulfilment: v, rank: rk[i], why: `Unchanged district: ${f(v, 2)} %, rank ${rk[i]}.` }); });
  E.push({ type: 'entities_count', count: 6, why: 'The earlier result sheets (Сводная, Справка, Дефициты, Проверка данных) and the user\'s «Мои заметки» are not data: still 6 districts (README: «и как данные не читаются»).' });
  E.push({ type: 'no_deficit', cell: "'Мониторинг ММС'!D8", why: 'D8 is now «да» → no deficit.' });
  E.push({ type: 'no_deficit', cell: "'Мониторинг ММС'!F8", why: 'F8 is now 85 % ≥ 80 → no finding.' });
  E.push({ type: 'deficit', cell: "'Мониторинг ММС'!E8", kind: 'deficit', why: 'E8 «нет» is unchanged → still a deficit.' });
  E.push({ type: 'no_duplicate_sheets', why: '§7 «re-running replaces them»; README: «листы прошлого запуска и его подсветка заменяются новыми, а не добавляются вторым набором («Сводная (2)»)» → no sheet named «… (2)».' });
  E.push({ type: 'sheet_once', sheets: ['Сводная', 'Справка', 'Дефициты', 'Проверка данных'], why: 'Each result sheet exactly once after the re-run.' });
  E.push({ type: 'user_sheet_kept', sheet: D.E07.userSheet.name, cells: D.E07.userSheet.cells, why: '§7 «a user\'s own sheet … is never overwritten»: the sheet the user added to the result workbook survives with the same cells.' });
  E.push({ type: 'cf_not_doubled', sheet: 'Мониторинг ММС', why: '§7 highlights «that the add-in can remove again»; README: only one set of highlights after a re-run → no cell covered by two tool highlight rules, and no more tool rules than after the first run.' });
  E.push({ type: 'cf_not_on', sheet: 'Мониторинг ММС', cells: ['D8', 'F8'], why: 'The corrected cells are no longer deficits → not highlighted by the tool (a stale red D8 would tell the user the correction did not take).' });
  E.push({ type: 'cf_user_kept', sheet: 'Мониторинг ММС', ref: 'B5:B10', why: 'The user\'s own conditional format (blue fill for long names, B5:B10) stays exactly once.' });
  E.push({ type: 'sheet_order_user_first', sheet: 'Мониторинг ММС', why: 'The source sheet stays the first sheet (result sheets are added after the user\'s).', advisory: true });
  total += write('e07_rerun', 'books/e07_rerun.xlsx', [], E);
}

// ═════════════════════════ e08: untidy matrix ═════════════════════════
{
  const yes = new Set(['да', 'Да', 'ДА', '+', '✓', '✔', 'есть', 'имеется', 'выполнено', true]);
  const no = new Set(['нет', '-', '−', '–', '—', 'отсутствует', 'не выполнено', false]);
  const miss = new Set(['', '…', '...', 'н/д', 'нет данных', 'x', 'х']);
  const pct = (v, j) => { if (v && typeof v === 'object') return v.v; if (typeof v === 'number') return j === 10 ? v : v / 100; // col M fractions, col J bare percents
    const m = String(v).match(/^\s*(\d+(?:[.,]\d+)?)\s*%/); return m ? parseFloat(m[1].replace(',', '.')) / 100 : null; };
  const rows = D.E08_ROWS.filter(x => !x.blank);
  let r = 7; for (const x of D.E08_ROWS) { if (x.blank) { r++; continue; } x.row = r++; }
  const sc = rows.map(x => x.v.map((v, j) => { const k = D.E08_IND[j].kind; if (miss.has(v)) return null; if (k === 'b') return yes.has(v) ? 1 : no.has(v) ? 0 : null; return pct(v, j); }));
  const ful = sc.map(s => { const a = s.filter(x => x != null); return mean(a) * 100; });
  const c1 = sc.map(s => mean(s.slice(0, 6).filter(x => x != null)) * 100), c2 = sc.map(s => mean(s.slice(6).filter(x => x != null)) * 100);
  const rk = ranks(ful);
  const E = [];
  E.push({ type: 'layout', layout: 'matrix', why: '§2A: indicator matrix with criteria merged over indicators.' });
  E.push({ type: 'entities_count', count: 10, why: '10 districts. Not entities: the 3-row header, the column-numbering row 6, the blank row 11, «Итого по области», «Среднее значение», «Примечание…» and the footnote «* данные…» (§2A).' });
  E.push({ type: 'entity_absent', re: '^(Итого|Среднее|Примечание|\\*)', why: '§2A: total rows and notes are not entities. (Corrected after the first run: my first regex «Итого|…» without an anchor matched «Бокс-ИТОГО-рский район» — my error, not the tool\'s.)' });
  E.push({ type: 'entity', name: 'Выборгский район', advisory: true, exact: true, why: 'The footnote star of «Выборгский район*» is not part of the name (docs/decisions.md; a methodologist would not expect the star in the ranking).' });
  rows.forEach((x, i) => {
    const inc = sc[i].some(v => v == null);
    E.push({ type: 'entity', name: x.name.replace('*', ''), fulfilment: ful[i], group: group(ful[i]), rank: rk[i], incomplete: inc, criteria: { 'Критерий 1': c1[i], 'Критерий 2': c2[i] },
      why: `§3/§4: scores ${JSON.stringify(sc[i].map(v => v == null ? null : f(v, 3)))} (null = missing or unreadable, excluded) → criterion 1 ${f(c1[i], 3)}, criterion 2 ${f(c2[i], 3)}, overall by indicator count ${f(ful[i], 4)} → group ${group(ful[i])}, rank ${rk[i]}${inc ? ', incomplete (missing cells)' : ''}.${['Выборгский район*', 'Кингисеппский район'].includes(x.name) ? ' Выборгский and Кингисеппский both have 7.5/9 = 83.33 % → tie, both rank 4 (§4 «ties share a rank»).' : ''}` });
  });
  D.E08_IND.forEach((ind, j) => {
    const v = sc.map(s => s[j]).filter(x => x != null); const lvl = mean(v) * 100;
    const st = lvl >= 80 - 1e-9 ? 'ok' : lvl >= 50 - 1e-9 ? 'attention' : 'critical';
    E.push({ type: 'indicator', id: ind.id, level: lvl, status: st, why: `§4 level of ${ind.id} (${ind.kind === 'b' ? 'share of yes among districts with data' : 'mean percent'}) over ${v.length} values = ${f(lvl, 4)} → ${st}.${j === 10 ? ' Column 2.5 holds bare 0.45, 0.9, 1 … (all ≤ 1, no format) → fractions (§3).' : ''}${j === 7 ? ' Column 2.2 holds bare 65, 80.5 … under «%» → percents.' : ''}` });
  });
  const P = c => `Свод!${c}`;
  E.push({ type: 'problem', cells: [P('F12')], severity: 'error', why: '§3: «возможно» in a data column → error with its address; counts as missing, never 0.' });
  E.push({ type: 'problem', cells: [P('F15')], severity: 'error', why: '§3: «см. приложение» → error with address.' });
  E.push({ type: 'problem', cells: [P('G8')], severity: 'warning', why: '§3: «100% от 3-5 до 28 групп» → the leading number with a warning that text was ignored.' });
  for (const c of ['C17', 'G9', 'J9', 'I12', 'D14', 'L14', 'E15']) E.push({ type: 'problem', cells: [P(c)], why: `§3: ${c} holds a missing form (empty, «…», «н/д», «нет данных», «x», «х», «...») → excluded and «reported».` });
  E.push({ type: 'problem_in_column', sheet: 'Свод', col: 'M', severity: 'warning', why: '§3: «In a percent column a bare number is ambiguous … infer per column (all values ≤ 1 → fractions) and warn» — column M (2.5).' });
  E.push({ type: 'no_problem', cells: ['C9', 'D9', 'E9', 'L7', 'H9', 'D10', 'H10', 'L9', 'N8', 'N10', 'N15', 'C10', 'K13', 'L8'].map(P), severity: 'error', why: '§3 value forms «✔», «−», «–», «✓», TRUE, FALSE, «не выполнено», «отсутствует», «1 234», «2 015» (no-break space), «640» as text, «-», «—» are all readable: no error.' });
  E.push({ type: 'problem', cells: [P('N18')], advisory: true, why: '«Итого по области» 10 210 ≠ Σ 10 209 of the counts → a total that disagrees with its rows (docs/rules.md §1а); METHODOLOGY only says total rows are not entities, hence advisory.' });
  for (const [c, k, w] of [['C13', 'deficit', 'Гатчинский 1.1 «нет»'], ['F13', 'deficit', 'Гатчинский 1.4 12 % < 50'], ['F17', 'deficit', 'Лодейнопольский 1.4 40 % < 50'], ['G17', 'attention', 'Лодейнопольский 1.5 60 % (50–80)'],
    ['D8', 'deficit', 'Волосовский 1.2 «нет»'], ['E9', 'deficit', 'Волховский 1.3 «–» (en dash = no)'], ['H10', 'deficit', 'Всеволожский 1.6 «не выполнено»'], ['M13', 'deficit', 'Гатчинский 2.5 0.1 → 10 %'], ['J17', 'deficit', 'Лодейнопольский 2.2 45 < 50']])
    E.push({ type: 'deficit', cell: P(c), kind: k, why: `§4 cell level: ${w} → ${k}.` });
  for (const [c, w] of [['F12', '«возможно» is an error, counted as missing, never as 0'], ['C17', 'empty = missing, not «no»'], ['J9', '«н/д» = missing'], ['G8', '«100% от …» = 100 %'], ['M9', 'bare 1 in the fraction column = 100 %']])
    E.push({ type: 'no_deficit', cell: P(c), why: `§3/§4: ${w} → no deficit.` });
  E.push({ type: 'deficit_entity', entity: 'Гатчинский район', kind: 'group-3', why: '§4: overall 7.05 % → group 3.' });
  E.push({ type: 'region', mean: mean(ful), median: median(ful), why: `§7 «region total, mean, median» of overall fulfilment: mean ${f(mean(ful), 4)}, median ${f(median(ful), 4)}.` });
  total += write('e08_matrix_untidy', 'books/e08_matrix_untidy.xlsx', [], E);
}

// ═════════════════════════ e09: «Методика» sheet changes the weights ═════════════════════════
{
  const W = { mery: [1, 1, 1], ur: [2, 1, 1], ae: [2, 1, 1] };
  const sc = s => { let pts = 0, max = 0; const b = {}; for (const k of ['mery', 'ur', 'ae']) { let t = 0; for (const p of s.values[k]) { if (!p[0] && (p[1] || p[2])) continue; t += p.reduce((a, v, i) => a + v * W[k][i], 0); } b[k] = t; pts += t; max += s.values[k].length * W[k].reduce((a, x) => a + x, 0); } return { pts, max, b }; };
  const E = [];
  E.push({ type: 'layout', layout: 'points', why: '§2C evaluation sheets.' });
  E.push({ type: 'entities_count', count: 2, why: 'Two municipality sheets; «Методика» is the scheme, not a municipality (§5).' });
  const [k, a] = D.E09_SHEETS.map(sc);
  E.push({ type: 'entity', name: 'Крымский район', points: k.pts, maxPoints: k.max, fulfilment: k.pts / k.max * 100, group: group(k.pts / k.max * 100), rank: 1,
    why: '§5 «a sheet in the workbook (e.g. Методика) … overrides» the built-in scheme; the sheet gives «наличие» 2 points in «Управленческие решения» and «Анализ эффективности». Меры (4 positions × 1+1+1): 3+3+2+1 = 9 of 12; УР «1,1,1» = 2+1+1 = 4 of 4; АЭ «1,0,1» = 2+0+1 = 3 of 4 → 16 of 20 = 80 % → group 1. (Ignoring the sheet would give 14 of 18 = 77.8 % → group 2.)' });
  E.push({ type: 'entity', name: 'Абинский район', points: a.pts, maxPoints: a.max, fulfilment: a.pts / a.max * 100, group: group(a.pts / a.max * 100), rank: 2,
    why: 'Меры 3+0+2+3 = 8; УР «1,0,0» = 2; АЭ 0 → 10 of 20 = 50 % → group 2.' });
  E.push({ type: 'block', entity: 'Крымский район', block: 'Управленческие решения', total: 4, max: 4, why: '«Методика»: 2 + 1 + 1 = 4 points, max 4.' });
  E.push({ type: 'no_problem', cells: ["'Крымский район'!E5", "'Крымский район'!E11", "'Крымский район'!E12", "'Крымский район'!E14", "'Крымский район'!E15", "'Абинский район'!E5", "'Абинский район'!E11", "'Абинский район'!E12", "'Абинский район'!E14", "'Абинский район'!E15"], advisory: true, why: 'Declared «всего» on the block rows (Меры 12 in E5, УР 4 in E11, АЭ 4 in E14) and on the УР/АЭ position rows (E12, E15: 4 and 3 for Крымский, 2 and 0 for Абинский) agree with the weights of «Методика» → nothing to report.' });
  total += write('e09_points_metodika', 'books/e09_points_metodika.xlsx', [], E);
}

// ═════════════════════════ WAVE 2 — added after the first run, derived by hand from METHODOLOGY before running them ═════════════════════════
function addTo(name, extra) { const p = path.join(EXP, name + '.json'); const d = JSON.parse(fs.readFileSync(p)); d.expectations.push(...extra.map(e => ({ ...e, wave: 2 }))); fs.writeFileSync(p, JSON.stringify(d, null, 1)); total += extra.length; console.log(name, '+', extra.length, 'wave-2 expectations'); }
addTo('e01_points_sheets', ['Крымский район', 'город-курорт Анапа', 'Темрюкский район', 'Славянский район'].map(n => ({ type: 'entity', name: n, incomplete: false,
  why: `§4: «An entity with missing cells is marked incomplete». ${n} has every parameter cell filled; ${n === 'Славянский район' ? 'its extra 8th «Меры» position is additional data, not a gap' : 'its sheet follows the built-in scheme exactly (7 «Меры» positions); the 8th position typed only on Славянский\'s sheet is not a position it is missing'}.` })));
addTo('e05_thresholds', [
  { type: 'deficit_threshold', cell: 'Мониторинг!K8', threshold: 40, why: '§7 Дефициты: «value, threshold» — the threshold in force for a deficit is the critical 40, not the default 50.' },
  { type: 'deficit_threshold', cell: 'Мониторинг!H7', threshold: 70, why: 'Attention cell H7 (40 %): the threshold it falls short of is the target 70, not 80.' },
  { type: 'cf_color', sheet: 'Мониторинг', cell: 'K8', color: 'red', why: '§7 «Highlights in the source sheet: deficit cells red, attention cells yellow, by the thresholds in force»: 39,9 % < 40 → red.' },
  { type: 'cf_color', sheet: 'Мониторинг', cell: 'H7', color: 'yellow', why: '40 % = critical → attention → yellow.' },
  { type: 'cf_color', sheet: 'Мониторинг', cell: 'I6', color: 'yellow', why: '69,9 % < target 70 → yellow.' },
  { type: 'cf_color', sheet: 'Мониторинг', cell: 'L10', color: 'yellow', why: 'Гатчинский 2.5 = 50 % → attention with 70/40 (with the defaults it would not be red either) → yellow.' },
  { type: 'cf_color', sheet: 'Мониторинг', cell: 'H5', color: 'none', why: '70 % = target → no highlight.' },
  { type: 'cf_color', sheet: 'Мониторинг', cell: 'L13', color: 'none', why: 'Кировский 2.5 = 70 % → no highlight (it would be yellow with the default 80).' },
  { type: 'result_sheet_text', prefix: 'Дефициты', re: 'K8', why: '§7 Дефициты: one row per finding with «cell address in the source» — K8 (Всеволожский 2.4).' },
  { type: 'summary_features', why: '§7 Сводная: «An Excel table with number formats, frozen header … and a chart of the overall result by entity coloured by group» (10 entities in 3 groups).' },
  { type: 'note_not_match', prefix: 'Справка', re: 'Группа 2 \\(40[^\\n]*?\\(70,0\\s?%\\)|Группа 3 \\(менее 40\\s?%\\)[^\\n]*?\\(40,0\\s?%\\)', advisory: true,
    why: 'A note that lists «Волосовский район (70,0 %)» under «Группа 2 (40–69 %)» and «Всеволожский район (40,0 %)» under «Группа 3 (менее 40 %)» contradicts itself for the reader; a value that sits just under a border needs a second decimal (69,99 %, 39,99 %). §4 allows rounding for display only — the display must not reverse the grouping.' },
]);
addTo('e08_matrix_untidy', [
  { type: 'deficit_entity', entity: 'Всеволожский район', kind: 'below-median', why: '§4 «below the regional median is reported as a weaker flag»: 75.91 < median 79.62.' },
  { type: 'no_deficit_entity', entity: 'Кингисеппский район', kind: 'below-median', why: '83.33 > median 79.62 → not below the median.' },
  { type: 'result_sheet_text', prefix: 'Проверка данных', re: 'F12[\\s\\S]*возможно|возможно[\\s\\S]*F12', why: '§7 Проверка данных: «every unreadable or inconsistent cell, with address» — F12 «возможно».' },
  { type: 'cf_color', sheet: 'Свод', cell: 'F12', color: 'none', why: '§3: an unreadable cell counts as missing, «never as 0» → it must not be painted as a deficit.' },
  { type: 'cf_color', sheet: 'Свод', cell: 'C13', color: 'red', why: '§7: «нет» → deficit → red.' },
  { type: 'cf_color', sheet: 'Свод', cell: 'G17', color: 'yellow', why: '60 % → attention → yellow.' },
  { type: 'cf_color', sheet: 'Свод', cell: 'C17', color: 'none', why: 'Empty = missing, not «нет» → no red.' },
]);
// e10: Excel-native cells
{
  const R = D.E10_ROWS; const E = [];
  const g = x => (x.g && typeof x.g === 'object') ? (typeof x.g.result === 'number' ? x.g.result : null) : x.g;
  const b = v => /^да$/i.test(String(v).replace(/^rich:/, '').replace(/[\s\u00a0]+$/, '')) ? 1 : 0;
  const sc = R.map(x => [b(x.f), g(x), b(x.h)]);
  const ful = sc.map(s => mean(s.filter(v => v != null)) * 100); const rk = ranks(ful);
  R.forEach((x, i) => E.push({ type: 'entity', name: x.name, fulfilment: ful[i], rank: rk[i], incomplete: sc[i].includes(null), why: `§4: 1.1 ${x.f.replace('rich:', '')}${x.f.startsWith('rich:') ? ' (rich text: first letter bold)' : ''} → ${sc[i][0]}; 1.2 ${x.g && x.g.formula ? 'formula =' + x.g.formula + ' → ' + JSON.stringify(x.g.result) : x.g} → ${sc[i][1]}; 1.3 ${JSON.stringify(x.h)} → ${sc[i][2]} → ${f(ful[i], 3)} %, rank ${rk[i]}. The young-teacher share (a count pair) is descriptive and does not enter fulfilment (§4 counts are descriptive; docs/rules.md §2).` }));
  [['1.1', [0]], ['1.2', [1]], ['1.3', [2]]].forEach(([id, [k]]) => { const v = sc.map(s => s[k]).filter(x => x != null); E.push({ type: 'indicator', id, level: mean(v) * 100, why: `§4 level of ${id} over ${v.length} districts with data = ${f(mean(v) * 100, 3)}.` }); });
  const ny = R.reduce((a, x) => a + x.young, 0), nb = R.reduce((a, x) => a + x.all, 0), sh = R.map(x => x.young / x.all * 100);
  E.push({ type: 'share', entity: null, indicator: 'молодых', numerator: ny, base: nb, share: ny / nb * 100, mean: mean(sh), median: median(sh), why: `§4 pooled ${ny}/${nb} = ${f(ny / nb * 100, 4)} %; district shares mean ${f(mean(sh), 4)}, median ${f(median(sh), 4)}. The «Итого» row (SUM formulas) is not a district.` });
  R.forEach((x, i) => E.push({ type: 'share', entity: x.name, indicator: 'молодых', numerator: x.young, base: x.all, share: x.young / x.all * 100, mismatch: false, why: `Declared E${4 + i} is the formula =D${4 + i}/C${4 + i} with cached ${f(x.young / x.all, 6)} (format 0.0%) → equals the computed share → no mismatch (§2: read formulas as Excel holds them).` }));
  E.push({ type: 'problem', cells: ['Свод!G6'], severity: 'error', why: '§3: a cell holding an Excel error (#DIV/0!, cached result of =0/0) is not data → error with its address (docs/rules.md §1 names #ДЕЛ/0! explicitly); counted as missing.' });
  E.push({ type: 'no_problem', cells: ['F4', 'F5', 'F6', 'F7', 'F8', 'H4', 'H5', 'E4', 'E5', 'G4', 'G5', 'C10', 'D10', 'E10'].map(c => 'Свод!' + c), severity: 'error', why: 'Rich-text «да»/«нет», «да» + no-break space, «нет » with a trailing space, formulas with cached numbers → all readable.' });
  E.push({ type: 'no_problem', cells: ['Свод!C10', 'Свод!D10'], severity: 'warning', advisory: true, why: 'The «Итого» SUM formulas equal the sums of the rows (6230, 622) → no total mismatch.' });
  E.push({ type: 'entity_absent', re: '^Итого', why: '§2A total row.' });
  E.push({ type: 'entities_count', count: 6, why: '6 districts.' });
  total += write('e10_excel_native', 'books/e10_excel_native.xlsx', [], E.map(e => ({ ...e, wave: 2 })));
}
// e11: plan with Excel dates, hyperlinks, rich text
{
  const I = D.E11_ITEMS; const n = I.length; const E = [];
  E.push({ type: 'layout', layout: 'plan', why: '§2E: «Наименование мероприятия | Срок исполнения | Ответственные исполнители | Результат выполнения».' });
  E.push({ type: 'entities_count', count: n, why: '6 measures.' });
  E.push({ type: 'indicator', re: '[Сс]рок', level: I.filter(x => x.when).length / n * 100, why: 'Dates: items 1, 2, 4, 6 hold real Excel dates (28.08.2024 …), item 3 «февраль–март», item 5 empty → 5/6 = 83.33 % (§2: read the cells as Excel holds them — a date cell is a date).' });
  E.push({ type: 'indicator', re: '[Оо]тветствен', level: I.filter(x => x.who).length / n * 100, why: 'Responsible: item 4 empty → 5/6 = 83.33 %.' });
  E.push({ type: 'indicator', re: '[Рр]езультат', level: I.filter(x => x.result).length / n * 100, why: 'Results: item 1 and 3 are hyperlinks to documents (their text counts), item 6 is rich text, item 2 empty → 5/6 = 83.33 %.' });
  E.push({ type: 'deficit', cell: 'Отчёт!E5', kind: 'deficit', why: '§2E: item 2 without a result → deficit.' });
  for (const c of ['E4', 'E6', 'E9', 'E7', 'E8']) E.push({ type: 'no_deficit', cell: 'Отчёт!' + c, why: `Result present (${c === 'E4' || c === 'E6' ? 'hyperlink' : c === 'E9' ? 'rich text' : 'text'}) → no deficit.` });
  E.push({ type: 'no_deficit', cell: 'Отчёт!C4', why: 'C4 is a date → dates present → no attention for «Сроки».' });
  E.push({ type: 'no_problem', cells: ['Отчёт!C4', 'Отчёт!C5', 'Отчёт!C7', 'Отчёт!C9', 'Отчёт!E4', 'Отчёт!E6', 'Отчёт!E9'], severity: 'error', why: 'Date cells, hyperlink cells and rich text are ordinary Excel cells, not errors.' });
  E.push({ type: 'entity_absent', re: 'object Object|^\\s*\\d+\\.?\\s*$', why: 'Each measure is named by its text.' });
  total += write('e11_plan_dates_links', 'books/e11_plan_dates_links.xlsx', [], E.map(e => ({ ...e, wave: 2 })));
}
// e12: folder with an Excel lock file, a .txt and a sub-folder with last year's file
{
  const E = [];
  E.push({ type: 'exit_ok', why: 'A folder that districts e-mailed usually holds more than the forms: an Excel owner file «~$…xlsx» left by an open workbook and a covering letter. §8: non-zero exit only «when the file cannot be read as a workbook or holds no table»; here five good forms are present → the run succeeds.' });
  E.push({ type: 'entity_absent', re: '~\\$|Методист|письмо', why: 'The lock file and the letter are not districts.' });
  E.push({ type: 'entities_count', count: 5, advisory: true, why: 'The sub-folder «архив» holds last year\'s Гатчинский file; a folder argument means the files in that folder (README: «папка с книгами»). Reading sub-folders would count Гатчинский twice.' });
  E.push({ type: 'share', entity: null, indicator: 'в возрасте до 35 лет', numerator: 567, base: 5800, advisory: true, why: 'Same five files as e03 → pooled 567/5800 (the archived 2023 file must not be added).' });
  E.push({ type: 'problem_text', re: '~\\$03|письмо|\\.txt|пропущ', advisory: true, why: 'The user should be told which files in the folder were skipped.' });
  total += write('e12_folder_junk', 'books/e12_folder_junk', [], E.map(e => ({ ...e, wave: 2 })));
}
addTo('e07_rerun', [{ type: 'rerun_again', sheet: 'Мониторинг ММС', userSheet: 'Мои заметки', entity: 'Малгобекский район и г. Малгобек', fulfilment: 69, entities: 6,
  why: 'A third run on the second result (the methodologist presses «Пересчитать» again): still one set of result sheets, no more tool highlight rules than after the second run, «Мои заметки» kept, same numbers (Малгобекский 69 %, 6 districts).' }]);
console.log('TOTAL', total);
