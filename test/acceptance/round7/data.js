// Raw contents of the seventh blind acceptance set. make.js renders these into .xlsx,
// derive.js computes the expected results from the same raw cells with lib.js.
// Cell spec forms (as in blind6): 'text' | 12 | true | null | { v, fmt } | { f, r, fmt } | { date, fmt }
'use strict';
const NB = '\u00a0';

function colLetter(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function colNum(s) { let n = 0; for (const ch of s) n = n * 26 + ch.charCodeAt(0) - 64; return n; }
const r1 = (x) => Math.round(x * 10) / 10;
const P = (x) => ({ v: x, fmt: '0%' });      // number with a percent format (x is a fraction)

// deterministic PRNG (mulberry32)
function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }

// ---------------------------------------------------------------- g01 untidy matrix
// ОКТМО code column first, «№» second, names in C; 3 header rows (criterion / code / name);
// text percents, trailing spaces, a duplicate district, «Всего по области» in the middle;
// the user already has his own sheets «Сводная» and «Справка».
function g01() {
  const S = 'Мониторинг 2024';
  const cells = {}; const merges = [];
  cells.A1 = 'Мониторинг деятельности муниципальных методических служб Тверской области, 2024 год';
  merges.push('A1:L1');
  Object.assign(cells, {
    A3: 'Код ОКТМО', B3: '№', C3: 'Муниципальное образование',
    D3: 'Критерий 1. Нормативное обеспечение методической работы', G3: 'Критерий 2. Поддержка молодых педагогов',
    J3: 'Критерий 3. Профессиональные сообщества педагогов',
    D4: '1.1', E4: '1.2', F4: '1.3', G4: '2.1', H4: '2.2', I4: '2.3', J4: '3.1', K4: '3.2', L4: '3.3',
    D5: 'Наличие положения о муниципальной методической службе (да/нет)',
    E5: 'Наличие плана работы ММС на учебный год (да/нет)',
    F5: 'Доля ОО, охваченных мониторингом профессиональных дефицитов, %',
    G5: 'Доля молодых педагогов, закреплённых за наставниками, %',
    H5: 'Наличие муниципальной школы молодого педагога (да/нет)',
    I5: 'Доля молодых педагогов, прошедших КПК, %',
    J5: 'Наличие муниципальных методических объединений (да/нет)',
    K5: 'Доля педагогов — участников сетевых профессиональных сообществ, %',
    L5: 'Наличие муниципальной программы развития наставничества (да/нет)',
  });
  merges.push('A3:A5', 'B3:B5', 'C3:C5', 'D3:F3', 'G3:I3', 'J3:L3');
  // name, oktmo, D,E,F,G,H,I,J,K,L
  const rows = [
    ['Андреапольский муниципальный округ', '28502000', 'да', 'да', P(0.92), '85%', 'да', P(0.7), 'да', '64 %', 'да'],
    ['Бежецкий район', '28604000', 'да', 'нет', P(0.55), '40%', 'нет', P(0.35), 'да', '30 %', '-'],
    ['Бологовский район', '28608000', 'Да', 'да', P(0.81), '90%', '+', P(0.88), 'да', '75 %', 'да'],
    ['Весьегонский муниципальный округ', '28512000', 'да', '—', P(0.45), '50%', 'нет', 'н/д', 'нет', '20 %', 'нет'],
    ['Вышневолоцкий городской округ', '28714000', 'ДА', 'да', P(1), '100% (по данным ОО)', 'есть', P(0.95), 'имеется', '90 %', 'да'],
    ['Калининский район', '28620000', 'да', 'да', P(0.6), '72%', 'да', P(0.66), 'да', '58 %', 'нет'],
    ['TOTAL', null],
    ['Кашинский городской округ', '28715000', 'нет', 'да', P(0.3), '25%', 'нет', P(0.4), 'да', '35 %', 'нет'],
    ['Кировский район ', '28625000', 'да', 'да', P(0.77), '80%', 'да', P(0.79), 'да', 'возможно', 'да'],
    ['Конаковский район', '28630000', 'да', 'да', P(0.88), '95%', 'да', P(0.91), 'да', '82 %', 'да'],
    ['Бежецкий район', '28604000', 'да', 'да', P(0.6), '45%', 'да', P(0.4), 'да', '33 %', 'нет'],
    ['Лихославльский муниципальный округ', '28636000', 'да', 'x', P(0.5), '50%', 'да', P(0.5), 'да', '50 %', 'да'],
  ];
  const ents = []; let r = 6; let n = 1;
  for (const d of rows) {
    if (d[0] === 'TOTAL') {
      cells['C' + r] = 'Всего по области';
      Object.assign(cells, { ['D' + r]: 6, ['E' + r]: 4, ['F' + r]: P(0.69), ['G' + r]: '64%', ['H' + r]: 4, ['I' + r]: P(0.7), ['J' + r]: 5, ['K' + r]: '56 %', ['L' + r]: 3 });
      r++; continue;
    }
    cells['A' + r] = d[1]; cells['B' + r] = n++; cells['C' + r] = d[0];
    'DEFGHIJKL'.split('').forEach((c, i) => { cells[c + r] = d[2 + i]; });
    ents.push({ name: d[0].trim(), row: r });
    r++;
  }
  cells['C' + (r + 1)] = 'Примечание: сведения представлены ММС по состоянию на 01.06.2024; ОКТМО — по ОК 033-2013.';
  const model = {
    sheet: S, orientation: 'rows', ents,
    criteria: [
      { label: 'Критерий 1. Нормативное обеспечение методической работы', inds: [{ id: '1.1', col: 'D', kind: 'binary' }, { id: '1.2', col: 'E', kind: 'binary' }, { id: '1.3', col: 'F', kind: 'percent' }] },
      { label: 'Критерий 2. Поддержка молодых педагогов', inds: [{ id: '2.1', col: 'G', kind: 'percent' }, { id: '2.2', col: 'H', kind: 'binary' }, { id: '2.3', col: 'I', kind: 'percent' }] },
      { label: 'Критерий 3. Профессиональные сообщества педагогов', inds: [{ id: '3.1', col: 'J', kind: 'binary' }, { id: '3.2', col: 'K', kind: 'percent' }, { id: '3.3', col: 'L', kind: 'binary' }] },
    ],
  };
  const svod = {
    A1: 'Моя сводная таблица (не трогать!)', A2: 'Район', B2: 'Баллы за 2023', A3: 'Бежецкий район', B3: 14, A4: 'Кировский район', B4: 17,
    A5: { f: 'SUM(B3:B4)', r: 31 },
  };
  const spr = { A1: 'Справка, подготовленная вручную 15.05.2024', A2: 'Текст справки методиста.' };
  return {
    name: 'g01_untidy', file: 'books/g01_untidy.xlsx', model,
    sheets: [
      { name: 'Сводная', cells: svod },
      { name: S, cells, merges, widths: { C: 36 } },
      { name: 'Справка', cells: spr },
    ],
  };
}

// ---------------------------------------------------------------- g02 counts, mixed share forms, dashes and н/д
function g02() {
  const S = 'Форма ЕФС';
  const cells = {}; const merges = [];
  cells.A1 = 'Показатели ЕФС по муниципальным районам на 01.09.2024';
  Object.assign(cells, {
    A3: '№ п/п', B3: 'Муниципальный район', C3: 'Всего педагогических работников, чел.',
    D3: 'из них в возрасте до 35 лет, чел.', E3: 'Доля педагогов в возрасте до 35 лет, %',
    F3: 'из них прошли диагностику профессиональных дефицитов, чел.', G3: 'Доля педагогов, прошедших диагностику, %',
    H3: 'Всего общеобразовательных организаций', I3: 'из них реализуют программы наставничества', J3: 'Доля ОО с программами наставничества, %',
  });
  // name, C, D, F, H, I ; E/G/J computed unless overridden
  const rows = [
    ['Бокситогорский район', 560, 84, 410, 12, 10],
    ['Волосовский район', 540, 70, 420, 10, 9],
    ['Волховский район', 980, 150, 700, 19, 15],
    ['Всеволожский район', 3850, 720, 3100, 61, 55],
    ['Выборгский район', 2100, 'н/д', 1650, 38, 30],
    ['Гатчинский район', 2650, 400, 2010, 44, 40],
    ['Кингисеппский район', 720, '-', 500, 15, 12],
    ['Киришский район', 640, 96, '—', 12, 12],
    ['Кировский район', 'нет данных', 150, 800, 17, 14],
    ['Лодейнопольский район', 310, 40, 250, 7, '-'],
    ['Ломоносовский район', 890, 130, 700, 20, 'нет данных'],
    ['Лужский район', 1150, 160, 900, 30, 21],
  ];
  const ents = [];
  rows.forEach((d, i) => {
    const r = 4 + i; const [name, C, D, F, H, I] = d;
    Object.assign(cells, { ['A' + r]: i + 1, ['B' + r]: name, ['C' + r]: C, ['D' + r]: D, ['F' + r]: F, ['H' + r]: H, ['I' + r]: I });
    const num = (x) => (typeof x === 'number' ? x : (x === '-' || x === '—') ? 0 : null);
    const c = num(C), dd = num(D), f = num(F), h = num(H), ii = num(I);
    cells['E' + r] = c && dd !== null ? r1(dd / c * 100) : null;
    cells['G' + r] = c && f !== null ? r1(f / c * 100) : null;
    cells['J' + r] = h && ii !== null ? r1(ii / h * 100) : null;
    ents.push({ name, row: r });
  });
  // declared shares: a fraction typed by one district; an arithmetic error in another
  cells.E5 = 0.13;     // Волосовский: 70/540 = 12,96 % typed as a fraction
  cells.G9 = 0.76;     // Гатчинский: 2010/2650 = 75,8 % typed as a fraction
  cells.J7 = 80.2;     // Всеволожский: 55/61 = 90,2 % — wrong digit
  cells.E8 = 'н/д'; cells.E12 = null; cells.G12 = null;
  const rt = 4 + rows.length;
  cells['B' + rt] = 'Итого';
  cells['A' + (rt + 2)] = 'Примечание: прочерк — явление отсутствует; «н/д» — район сведений не представил.';
  const pairs = [{ num: 'D', base: 'C', declared: 'E' }, { num: 'F', base: 'C', declared: 'G' }, { num: 'I', base: 'H', declared: 'J' }];
  return { name: 'g02_counts', file: 'books/g02_counts.xlsx', model: { sheet: S, ents, pairs, totalRow: rt }, sheets: [{ name: S, cells, merges }] };
}

// ---------------------------------------------------------------- g03 two periods on two sheets
function periodSheet(title, rows) {
  const cells = {}; const merges = [];
  cells.A1 = title;
  Object.assign(cells, {
    A3: '№ п/п', B3: 'Муниципальное образование', C3: 'Критерий 1. Работа с молодыми педагогами', F3: 'Критерий 2. Выявление дефицитов и ИОМ',
    C4: '1.1. Наличие программы наставничества (да/нет)', D4: '1.2. Доля молодых педагогов с наставником, %', E4: '1.3. Наличие клуба молодых педагогов (да/нет)',
    F4: '2.1. Проведена диагностика профессиональных дефицитов (да/нет)', G4: '2.2. Доля педагогов с ИОМ, %', H4: '2.3. Доля педагогов, прошедших КПК по итогам диагностики, %',
  });
  merges.push('A3:A4', 'B3:B4', 'C3:E3', 'F3:H3');
  const ents = [];
  rows.forEach((d, i) => {
    const r = 5 + i;
    cells['A' + r] = i + 1; cells['B' + r] = d[0];
    'CDEFGH'.split('').forEach((c, k) => { cells[c + r] = d[1 + k]; });
    ents.push({ name: d[0], row: r });
  });
  return { cells, merges, ents };
}
function g03() {
  const y23 = [
    ['Ржевский р-н', 'да', P(0.6), 'нет', 'да', P(0.3), P(0.4)],
    ['г.Торжок', 'да', P(0.9), 'да', 'да', P(0.8), P(0.7)],
    ['Кашинский район', 'нет', P(0.2), 'нет', 'да', P(0.1), P(0.3)],
    ['Нелидовский район', 'да', P(0.8), 'да', 'нет', P(0.5), P(0.6)],
    ['Осташковский район', 'да', P(0.7), 'нет', 'да', P(0.6), P(0.55)],
    ['Старицкий район', 'да', P(0.5), 'да', 'да', P(0.5), P(0.5)],
  ];
  const y24 = [   // reordered, renamed
    ['г. Торжок', 'да', P(0.95), 'да', 'да', P(0.9), P(0.85)],
    ['Старицкий район', 'да', P(0.5), 'да', 'да', P(0.5), P(0.5)],
    ['Ржевский район', 'да', P(0.75), 'да', 'да', P(0.5), P(0.6)],
    ['Нелидовский район', 'нет', P(0.6), 'да', 'нет', P(0.4), P(0.5)],
    ['Кашинский городской округ', 'да', P(0.4), 'нет', 'да', P(0.3), P(0.35)],
    ['Осташковский городской округ', 'да', P(0.7), 'нет', 'да', P(0.6), P(0.55)],
  ];
  const a = periodSheet('Мониторинг поддержки педагогов Тверской области, 2023 год', y23);
  const b = periodSheet('Мониторинг поддержки педагогов Тверской области, 2024 год', y24);
  const crit = [
    { label: 'Критерий 1. Работа с молодыми педагогами', inds: [{ id: '1.1', col: 'C', kind: 'binary' }, { id: '1.2', col: 'D', kind: 'percent' }, { id: '1.3', col: 'E', kind: 'binary' }] },
    { label: 'Критерий 2. Выявление дефицитов и ИОМ', inds: [{ id: '2.1', col: 'F', kind: 'binary' }, { id: '2.2', col: 'G', kind: 'percent' }, { id: '2.3', col: 'H', kind: 'percent' }] },
  ];
  return {
    name: 'g03_periods', file: 'books/g03_periods.xlsx',
    model: { cur: { sheet: '2024', orientation: 'rows', ents: b.ents, criteria: crit }, prev: { sheet: '2023', orientation: 'rows', ents: a.ents, criteria: crit },
      match: { 'Ржевский район': 'Ржевский р-н', 'г. Торжок': 'г.Торжок', 'Нелидовский район': 'Нелидовский район', 'Старицкий район': 'Старицкий район' },
      onlyCur: ['Кашинский городской округ', 'Осташковский городской округ'], onlyPrev: ['Кашинский район', 'Осташковский район'] },
    sheets: [{ name: '2023', cells: a.cells, merges: a.merges }, { name: '2024', cells: b.cells, merges: b.merges }],
  };
}

// ---------------------------------------------------------------- g04 roster with dates of birth
function g04() {
  const S = 'Диагностика';
  const cells = {}; const merges = [];
  cells.A1 = 'Результаты диагностики профессиональных компетенций педагогов (по состоянию на 01.09.2024)';
  merges.push('A1:K1');
  Object.assign(cells, {
    A3: '№', B3: 'ФИО педагога', C3: 'Муниципалитет', D3: 'ОО', E3: 'Предмет', F3: 'Дата рождения', G3: 'Педагогический стаж, лет', H3: 'Наставник',
    I3: 'Предметные, %', J3: 'Методические, %', K3: 'Цифровые, %',
  });
  const munis = ['Бежецкий район', 'Конаковский район', 'г. Тверь'];
  const schools = { 'Бежецкий район': ['МОУ СОШ № 1', 'МОУ СОШ № 2'], 'Конаковский район': ['МОУ СОШ № 1', 'МБОУ Гимназия'], 'г. Тверь': ['МОУ СОШ № 3', 'МОУ Лицей № 4'] };
  const subjects = ['математика', 'русский язык', 'история', 'физика', 'начальные классы'];
  const R = rng(7);
  const teachers = [];
  // explicit boundary teachers first: [dob, exp, mentor]
  const special = [
    ['1989-09-02', 3, 'да'],            // 34 on 01.09.2024 → young
    ['1989-09-01', 2, 'да'],            // exactly 35 → not young
    ['1995-03-15', 4, 'нет'],           // 29, 4 years → not young
    ['1998-11-30', '2 года 6 мес.', 'Смирнова О.В.'], // young, mentored (name)
    ['2000-01-10', '1 год', null],      // young, mentor blank
    ['1999-06-20', 0, 'нет'],           // young, not mentored
    [null, 2, 'да'],                    // no date → unknown
    ['1997-02-02', 3, 'да'],            // young, mentored
    ['2001-08-31', 1, 'нет'],           // young (23), not mentored
    ['1990-09-01', 3, 'да'],            // 34 (turns 34 on 01.09.2024) → young
  ];
  const N = 30;
  for (let i = 0; i < N; i++) {
    const m = munis[i % 3]; const sc = schools[m][Math.floor(i / 3) % 2];
    let dob, exp, mentor;
    if (i < special.length) [dob, exp, mentor] = special[i];
    else {
      const y = 1960 + Math.floor(R() * 25); const mo = 1 + Math.floor(R() * 12); const dd = 1 + Math.floor(R() * 28);
      dob = `${y}-${String(mo).padStart(2, '0')}-${String(dd).padStart(2, '0')}`; exp = 8 + Math.floor(R() * 25); mentor = null;
    }
    const res = [0, 1, 2].map(() => Math.round((0.3 + R() * 0.65) * 100) / 100);
    teachers.push({ name: `Педагог ${String(i + 1).padStart(2, '0')}`, m, sc, subj: subjects[i % 5], dob, exp, mentor, res });
  }
  teachers[12].res[1] = 'н/д';
  teachers[20].res[2] = null;
  const ents = [];
  teachers.forEach((t, i) => {
    const r = 4 + i;
    Object.assign(cells, { ['A' + r]: i + 1, ['B' + r]: t.name, ['C' + r]: t.m, ['D' + r]: t.sc, ['E' + r]: t.subj, ['G' + r]: t.exp, ['H' + r]: t.mentor });
    if (t.dob) cells['F' + r] = { date: t.dob, fmt: 'dd.mm.yyyy' };
    ['I', 'J', 'K'].forEach((c, k) => { const v = t.res[k]; cells[c + r] = typeof v === 'number' ? P(v) : v; });
    ents.push({ name: t.name, row: r, t });
  });
  return { name: 'g04_roster', file: 'books/g04_roster.xlsx', model: { sheet: S, ents, teachers, asOf: '2024-09-01', areas: [{ col: 'I', name: 'Предметные' }, { col: 'J', name: 'Методические' }, { col: 'K', name: 'Цифровые' }] }, sheets: [{ name: S, cells, merges }] };
}

// ---------------------------------------------------------------- g05 large seeded matrix 60 × 25
function g05() {
  const S = 'Свод';
  const R = rng(20241204);
  const cells = {}; const merges = [];
  cells.A1 = 'Мониторинг методической работы в муниципальных образованиях, 2024 год';
  cells.A3 = '№ п/п'; cells.B3 = 'Муниципальное образование'; merges.push('A3:A4', 'B3:B4');
  const critNames = ['Системность методической работы', 'Поддержка молодых педагогов и наставничество', 'Выявление профессиональных дефицитов', 'Методические объединения и сетевые сообщества', 'Повышение квалификации'];
  const criteria = [];
  let col = 3;
  critNames.forEach((cn, ci) => {
    const start = colLetter(col);
    cells[start + '3'] = `Критерий ${ci + 1}. ${cn}`;
    const inds = [];
    for (let k = 0; k < 5; k++) {
      const L = colLetter(col); const bin = (k % 2 === 0);
      const id = `${ci + 1}.${k + 1}`;
      cells[L + '4'] = `${id}. ${bin ? 'Наличие' : 'Доля'} показателя ${id}${bin ? ' (да/нет)' : ', %'}`;
      inds.push({ id, col: L, kind: bin ? 'binary' : 'percent' });
      col++;
    }
    merges.push(`${start}3:${colLetter(col - 1)}3`);
    criteria.push({ label: `Критерий ${ci + 1}. ${cn}`, inds });
  });
  const ents = [];
  for (let i = 0; i < 60; i++) {
    const r = 5 + i; const name = `Муниципальный округ № ${i + 1}`;
    cells['A' + r] = i + 1; cells['B' + r] = name;
    const strength = 0.25 + 0.7 * R();
    for (const cr of criteria) for (const ind of cr.inds) {
      const u = R();
      let v;
      if (u < 0.02) v = 'н/д';
      else if (ind.kind === 'binary') v = R() < strength ? 'да' : 'нет';
      else v = P(Math.max(0, Math.min(1, Math.round((strength + (R() - 0.5) * 0.5) * 100) / 100)));
      cells[ind.col + r] = v;
    }
    ents.push({ name, row: r });
  }
  cells['B' + 65] = 'Итого по региону';
  return { name: 'g05_large', file: 'books/g05_large.xlsx', model: { sheet: S, orientation: 'rows', ents, criteria }, sheets: [{ name: S, cells, merges }] };
}

// ---------------------------------------------------------------- g06 (wave 2, added after the first run)
// g01 with the code column headed «ОКТМО» instead of «Код ОКТМО»: the first run showed that a «Код …»
// header turns the whole matrix into a teacher roster, which hid every other check of g01.
function g06() { const b = g01(); b.name = 'g06_untidy_oktmo'; b.file = 'books/g06_untidy_oktmo.xlsx'; b.sheets[1].cells.A3 = 'ОКТМО'; return b; }

// ---------------------------------------------------------------- g07 (wave 2) evaluation sheets in points + «Методика»
const SCHEME = [
  { block: 'Мониторинг', params: ['Наличие показателей мониторинга', 'Наличие сведений о сроках проведения мониторинга', 'Наличие сведений об использовании результатов мониторинга'], weights: [1, 1, 1],
    positions: ['по осуществлению методической поддержки молодых педагогов/по реализации системы наставничества', 'по развитию и/или поддержке методических объединений педагогов'] },
  { block: 'Адресные рекомендации', params: ['Наличие адресных рекомендаций по результатам проведенного анализа', 'Наличие рекомендаций по использованию успешных управленческих практик', 'Наличие методических и иных материалов, разработанных по итогам анализа'], weights: [1, 1, 1],
    positions: ['по осуществлению методической поддержки молодых педагогов/по реализации системы наставничества', 'по развитию и/или поддержке методических объединений педагогов'] },
  { block: 'Управленческие решения', params: ['Наличие управленческих решений', 'Наличие сведений о сроках реализации', 'Наличие сведений об ответственных/участниках'], weights: [2, 1, 1],
    positions: ['Принятие управленческих решений по результатам анализа'] },
];
function g07() {
  const munis = [
    // sheet name, municipality, marks per block → per position [p1,p2,p3]; declared overrides {cell: value}
    { sheet: 'Белогорский район', name: 'Белогорский район', marks: [[[1, 1, 1], [1, 1, 0]], [[1, 0, 1], [0, 0, 0]], [[1, 1, 1]]], over: { E4: 8 } },
    { sheet: 'Заречный район', name: 'Заречный район', marks: [[[1, 1, 1], [1, 1, 1]], [[1, 1, 1], [1, 0, 0]], [[0, 1, 1]]], over: { E11: 3 } },
    { sheet: 'Лист3', name: 'Озёрный район', marks: [[[1, 0, 0], [0, 0, 0]], [[0, 0, 0], [0, 0, 0]], [[1, 0, 0]]], over: { E17: 15 } },
    { sheet: 'Приозёрный район', name: 'Приозёрный район', marks: [[[1, 1, 1], [1, 1, 1]], [[1, 1, 1], [1, 1, 1]], [[1, 1, 1]]], over: {} },
  ];
  const sheets = [];
  const met = { A1: 'Блок', B1: 'Позиция', C1: 'Параметр', D1: 'Баллы' }; let mr = 2;
  for (const b of SCHEME) for (const p of b.positions) b.params.forEach((pa, k) => { Object.assign(met, { ['A' + mr]: b.block, ['B' + mr]: p, ['C' + mr]: pa, ['D' + mr]: b.weights[k] }); mr++; });
  const layout = []; // per block: header row, block row, position rows
  for (const m of munis) {
    const cells = { A1: `Оценочный лист: ${m.name}`, A2: 'Оценка муниципальной системы методической работы, 2024 год' };
    let r = 3; const lay = [];
    SCHEME.forEach((b, bi) => {
      Object.assign(cells, { ['A' + r]: 'Позиция оценивания', ['B' + r]: b.params[0], ['C' + r]: b.params[1], ['D' + r]: b.params[2], ['E' + r]: 'всего' });
      const max = b.positions.length * b.weights.reduce((a, x) => a + x, 0);
      Object.assign(cells, { ['A' + (r + 1)]: b.block, ['B' + (r + 1)]: '-', ['C' + (r + 1)]: '-', ['D' + (r + 1)]: '-', ['E' + (r + 1)]: max });
      const rows = [];
      b.positions.forEach((p, pi) => {
        const rr = r + 2 + pi; const mk = m.marks[bi][pi];
        const pts = mk[0] ? mk.reduce((a, x, k) => a + x * b.weights[k], 0) : 0;
        Object.assign(cells, { ['A' + rr]: p, ['B' + rr]: mk[0], ['C' + rr]: mk[1], ['D' + rr]: mk[2], ['E' + rr]: pts });
        rows.push(rr);
      });
      lay.push({ headerRow: r, blockRow: r + 1, rows });
      r = r + 2 + b.positions.length + 1;
    });
    cells['A' + r] = 'Итого'; cells['E' + r] = 16;
    lay.totalRow = r;
    Object.assign(cells, m.over);
    m.layout = lay;
    sheets.push({ name: m.sheet, cells, widths: { A: 60 } });
  }
  sheets.push({ name: 'Методика', cells: met, widths: { B: 60, C: 50 } });
  return { name: 'g07_points', file: 'books/g07_points.xlsx', model: { munis, scheme: SCHEME }, sheets };
}

function books() { return [g01(), g02(), g03(), g04(), g05(), g06(), g07()]; }
module.exports = { books, colLetter, colNum, r1, NB };
