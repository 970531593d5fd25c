// Builds the third blind acceptance set (c01…c08) into /work/blind4/books/.
// Plain Node CommonJS, exceljs 4. Deterministic: no random numbers, fixed dates.
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const OUT = path.join(__dirname, 'books');
fs.mkdirSync(OUT, { recursive: true });

const PCT = '0%';
const NNBSP = '\u202F'; // narrow no-break space
const NBSP = '\u00A0';

function wrap(cell) {
  cell.alignment = Object.assign({}, cell.alignment || {}, { wrapText: true, vertical: 'top' });
}
function put(ws, addr, value, numFmt) {
  const c = ws.getCell(addr);
  c.value = value;
  if (numFmt) c.numFmt = numFmt;
  if (typeof value === 'string' && value.includes('\n')) wrap(c);
  return c;
}
function bold(ws, addrs) {
  for (const a of addrs) ws.getCell(a).font = { bold: true };
}

// ---------------------------------------------------------------------------
// c01 — matrix starting at column C, row 8; a second (reference) table below
// after two blank rows.
async function c01() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Мониторинг ММС');
  put(ws, 'C2', 'Мониторинг деятельности муниципальных методических служб Ленинградской области');
  put(ws, 'C3', '2023/2024 учебный год');
  put(ws, 'C5', 'Форма заполняется муниципальной методической службой (ММС)');
  // header rows 8–9
  ws.mergeCells('C8:C9'); put(ws, 'C8', '№ п/п');
  ws.mergeCells('D8:D9'); put(ws, 'D8', 'Муниципальное образование');
  ws.mergeCells('E8:F8'); put(ws, 'E8', 'Критерий 1. Системность методической работы');
  ws.mergeCells('G8:H8'); put(ws, 'G8', 'Критерий 2. Поддержка обновления профессиональных компетенций педагогических и руководящих кадров');
  put(ws, 'E9', '1.1. Наличие нормативно-правовой базы, регламентирующей методическую работу в МСО');
  put(ws, 'F9', '1.2. Наличие и реализация модели методической работы, основанной на взаимодействии педагогических сообществ');
  put(ws, 'G9', '2.1. Доля педагогов, имеющих индивидуальные программы профессионального развития, %');
  put(ws, 'H9', '2.5. Наличие практики реализации программ наставничества');
  ['C8', 'D8', 'E8', 'G8', 'E9', 'F9', 'G9', 'H9'].forEach((a) => wrap(ws.getCell(a)));
  const rows = [
    ['Волховский муниципальный район', 'да', 'да', 0.86, 'да'],
    ['Гатчинский муниципальный район', 'да', 'нет', 0.45, 'да'],
    ['Лужский муниципальный район', 'нет', 'нет', '30 %', 'нет'],
    ['Выборгский район', 'да', 'да', 'н/д', 'да'],
    ['Кингисеппский муниципальный район', 'да', 'возможно', 0.7, 'да'],
  ];
  rows.forEach((r, i) => {
    const n = 10 + i;
    put(ws, 'C' + n, i + 1);
    put(ws, 'D' + n, r[0]);
    put(ws, 'E' + n, r[1]);
    put(ws, 'F' + n, r[2]);
    put(ws, 'G' + n, r[3], typeof r[3] === 'number' ? PCT : undefined);
    put(ws, 'H' + n, r[4]);
  });
  put(ws, 'D15', 'Итого по области');
  put(ws, 'E15', 4); put(ws, 'F15', 2); put(ws, 'H15', 4);
  bold(ws, ['D15']);
  // rows 16–17 blank; reference table
  ws.mergeCells('C18:E18');
  put(ws, 'C18', 'Справочно: численность педагогических работников');
  put(ws, 'C19', '№');
  put(ws, 'D19', 'Муниципальное образование');
  put(ws, 'E19', 'Численность педагогических работников, чел.');
  const ref = [
    ['Волховский муниципальный район', 610],
    ['Гатчинский муниципальный район', 1320],
    ['Лужский муниципальный район', 530],
    ['Выборгский район', 1500],
    ['Кингисеппский муниципальный район', 540],
  ];
  ref.forEach((r, i) => {
    put(ws, 'C' + (20 + i), i + 1);
    put(ws, 'D' + (20 + i), r[0]);
    put(ws, 'E' + (20 + i), r[1]);
  });
  ws.getColumn('D').width = 36;
  [5, 6, 7, 8].forEach((c) => (ws.getColumn(c).width = 22));
  await wb.xlsx.writeFile(path.join(OUT, 'c01-offset-two-tables.xlsx'));
}

// ---------------------------------------------------------------------------
// c02 — matrix mixing да/нет, percents and counts; line breaks; text numbers;
// narrow no-break space before %; units «чел.»/«ед.»; 105 %.
async function c02() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Свод');
  put(ws, 'A1', 'Сводные данные мониторинга поддержки педагогических работников Ленинградской области, 2024 год');
  ws.mergeCells('A3:A4'); put(ws, 'A3', '№ п/п');
  ws.mergeCells('B3:B4'); put(ws, 'B3', 'Муниципальное образование');
  ws.mergeCells('C3:E3'); put(ws, 'C3', 'Критерий 1. Методическая поддержка молодых педагогов и наставничество');
  ws.mergeCells('F3:H3'); put(ws, 'F3', 'Критерий 2. Повышение квалификации и аттестация');
  put(ws, 'C4', '1.1. Наличие программы наставничества\n(да/нет)');
  put(ws, 'D4', '1.2. Доля молодых педагогов, охваченных наставничеством, %');
  put(ws, 'E4', '1.3. Количество наставников, чел.');
  put(ws, 'F4', '2.1. Доля педагогов, прошедших КПК за последние 3 года, %');
  put(ws, 'G4', '2.2. Количество районных методических объединений, ед.');
  put(ws, 'H4', '2.3. Наличие плана мероприятий по методическому сопровождению аттестации педагогических кадров');
  ['C3', 'F3', 'D4', 'E4', 'F4', 'G4', 'H4'].forEach((a) => wrap(ws.getCell(a)));
  const P = (v) => ({ v, f: PCT });
  const rows = [
    ['Кировский\nмуниципальный район', 'да', P(0.86), '12 чел.', '86' + NNBSP + '%', '5 ед.', 'да'],
    ['Тосненский район', 'да\n(программа утверждена)', '75', '8', '105%', 3, 'нет'],
    ['Приозерский муниципальный район', 'нет', P(0.3), 0, P(0.64), '2 ед.', 'да'],
    ['Бокситогорский муниципальный район', '+', '100 %', '4 чел.', 'см. отчёт', 1, '+'],
    ['Сланцевский муниципальный район', 'да', '58%', 6, '92%', '4 ед.', '—'],
    ['Тихвинский район', 'Да', P(0.9), '10 чел.', P(0.78), '3', 'да'],
  ];
  const cols = ['B', 'C', 'D', 'E', 'F', 'G', 'H'];
  rows.forEach((r, i) => {
    const n = 5 + i;
    put(ws, 'A' + n, i + 1);
    r.forEach((v, k) => {
      if (v && typeof v === 'object') put(ws, cols[k] + n, v.v, v.f);
      else put(ws, cols[k] + n, v);
    });
  });
  // the text numbers typed with a leading apostrophe in Excel: string + quotePrefix
  for (const a of ['D6', 'E6', 'G10']) {
    const c = ws.getCell(a);
    c.style = Object.assign({}, c.style, { quotePrefix: true });
  }
  put(ws, 'B11', 'Итого');
  put(ws, 'E11', 40);
  put(ws, 'G11', 18);
  bold(ws, ['B11']);
  put(ws, 'A13', 'Примечание: показатели 1.3 и 2.2 — количественные, в расчёт выполнения не входят.');
  ws.getColumn('B').width = 34;
  await wb.xlsx.writeFile(path.join(OUT, 'c02-mixed-values.xlsx'));
}

// ---------------------------------------------------------------------------
// c03 — two periods on two sheets of the same form (--previous «Мониторинг 2023»).
async function c03(variant) {
  // variant 'b': criterion headers written «Критерий 1. …» instead of «1. …» (isolates the
  // period comparison from the header problem found in round 3)
  const K = variant === 'b' ? 'Критерий ' : '';
  const wb = new ExcelJS.Workbook();
  function sheet(name, year, name21, rows) {
    const ws = wb.addWorksheet(name);
    put(ws, 'A1', `Мониторинг деятельности методических служб Республики Ингушетия, ${year} год`);
    ws.mergeCells('A3:A4'); put(ws, 'A3', '№ п/п');
    ws.mergeCells('B3:B4'); put(ws, 'B3', 'Муниципальное образование');
    ws.mergeCells('C3:D3'); put(ws, 'C3', K + '1. Системность методической работы');
    ws.mergeCells('E3:F3'); put(ws, 'E3', K + '2. Поддержка обновления профессиональных компетенций педагогических и руководящих кадров');
    put(ws, 'C4', '1.1. Наличие нормативно-правовой базы, регламентирующей методическую работу в МСО');
    put(ws, 'D4', '1.3. Наличие ежегодно обновляющейся базы выявленных дефицитов, профицитов, запросов и потребностей педагогов');
    put(ws, 'E4', name21);
    put(ws, 'F4', '2.5. Наличие практики реализации программ наставничества');
    rows.forEach((r, i) => {
      const n = 5 + i;
      put(ws, 'A' + n, i + 1);
      put(ws, 'B' + n, r[0]);
      put(ws, 'C' + n, r[1]);
      put(ws, 'D' + n, r[2]);
      put(ws, 'E' + n, r[3], typeof r[3] === 'number' ? PCT : undefined);
      put(ws, 'F' + n, r[4]);
    });
    ws.getColumn('B').width = 36;
    return ws;
  }
  sheet('Мониторинг 2024', 2024,
    '2.1. Доля педагогов с индивидуальными программами профессионального развития, %', [
      ['г. Магас и г. Назрань', 'да', 'да', 0.9, 'да'],
      ['Сунженский район и г. Карабулак', 'да', 'да', 1, 'да'],
      ['Назрановский район', 'да', 'нет', 0.6, 'да'],
      ['Малгобекский район и г. Малгобек', 'да', 'да', 0.5, 'нет'],
      ['Джейрахский район', 'нет', 'да', 0.4, 'да'],
    ]);
  sheet('Мониторинг 2023', 2023,
    '2.1. Наличие у педагогов индивидуальных программ профессионального развития (доля педагогов), %', [
      ['Назрановский район', 'да', 'да', '75 %', 'да'],
      ['г. Магас и г. Назрань', 'да', 'нет', '70 %', 'да'],
      ['Малгобекский район и г. Малгобек', 'нет', 'нет', '30 %', 'нет'],
      ['Сунженский район и г.Карабулак', 'да', 'да', '80 %', 'да'],
    ]);
  await wb.xlsx.writeFile(path.join(OUT, variant === 'b' ? 'c03b-two-periods-kriterij.xlsx' : 'c03-two-periods.xlsx'));
}

// ---------------------------------------------------------------------------
// c04 — counts chain: Всего педагогов → из них молодых → из них молодых с наставником;
// declared shares rounded to integers; one share computed over the wrong base.
async function c04() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Форма 1');
  put(ws, 'A1', 'Сведения о молодых педагогах и наставничестве в муниципальных районах Ленинградской области (по состоянию на 01.09.2024)');
  const head = ['№ п/п', 'Муниципальный район', 'Всего педагогов', 'из них молодых (до 35 лет, стаж до 3 лет)',
    'из них молодых с наставником', 'Доля молодых, %', 'Доля молодых с наставником, %'];
  head.forEach((h, i) => { const c = put(ws, String.fromCharCode(65 + i) + '3', h); wrap(c); });
  for (let i = 0; i < 7; i++) put(ws, String.fromCharCode(65 + i) + '4', i + 1);
  const rows = [
    ['Волосовский муниципальный район', 420, 38, 30, 9, 79],
    ['Волховский муниципальный район', 610, 55, 41, 9, 75],
    ['Всеволожский муниципальный район', 3980, 402, 350, 10, 87],
    ['Выборгский район', 1500, 150, 120, 10, 8], // 8 = 120/1500: wrong base
    ['Гатчинский муниципальный район', 1320, 118, 118, 9, 100],
    ['Кингисеппский муниципальный район', 540, 47, 22, 8.7, 46.8],
    ['Киришский муниципальный район', 760, 87, 60, 11, 69],
  ];
  rows.forEach((r, i) => {
    const n = 5 + i;
    put(ws, 'A' + n, i + 1);
    r.forEach((v, k) => put(ws, String.fromCharCode(66 + k) + n, v));
  });
  put(ws, 'B12', 'Итого по Ленинградской области');
  put(ws, 'C12', 9130); put(ws, 'D12', 897); put(ws, 'E12', 741); put(ws, 'F12', 10); put(ws, 'G12', 83);
  bold(ws, ['B12']);
  put(ws, 'A14', 'Исполнитель: методист ИМЦ, тел. 8 (813) 000-00-00');
  ws.getColumn('B').width = 36;
  await wb.xlsx.writeFile(path.join(OUT, 'c04-counts-chain.xlsx'));
}

// ---------------------------------------------------------------------------
// c05 — evaluation sheets in points (seed 004 template), one sheet per municipality;
// 0,5 points, «-» = not applicable, a right and a wrong declared block total.
const POS4 = [
  'по осуществлению методической поддержки молодых педагогов/по реализации системы наставничества',
  'по развитию и/или поддержке методических объединений и/или профессиональных сообществ педагогов',
  'по организации сетевых форм взаимодействия педагогов',
  'по осуществлению научно-методического сопровождения педагогических работников',
];
const MERY = [
  'Проведение мероприятий по информированию педагогического сообщества о новых тенденциях в сфере образования',
  'Проведение конкурсов профессионального мастерства педагогических работников',
  'Проведение мероприятий, направленных на повышение мотивации педагогических работников на обновление профессиональных знаний, умений и навыков и использование передовых педагогических практик',
  'Принятие мер, направленных на помощь молодым педагогам, в том числе на развитие института наставничества',
  'Организация методической помощи методическим объединениям образовательных организаций, в том числе развитие сетевого взаимодействия на уровне муниципалитета',
  'Проведение мероприятий, направленных на повышение качества методического сопровождения педагогических работников',
  'Принятие мер, направленных на устранение кадровых дефицитов в ОО',
];
const BLOCKS = [
  { name: 'Показатели', params: ['Наличие показателей', 'Соответствие показателей обоснованной цели', 'Наличие неэффективных показателей и/или показателей с негативными последствиями'], pos: POS4, max: 8 },
  { name: 'Мониторинг', params: ['Наличие показателей мониторинга', 'Наличие сведений о сроках проведения мониторинга', 'Наличие сведений об использовании результатов мониторинга'], pos: POS4, max: 12 },
  { name: 'Анализ результатов мониторинга', params: ['Наличие анализа результатов показателей мониторинга', 'Использование элементов кластеризации при проведении анализа', 'Выявление факторов, влияющих на результаты анализа'], pos: POS4, max: 12 },
  { name: 'Адресные рекомендации по результатам анализа', params: ['Наличие адресных рекомендаций по результатам проведенного анализа', 'Наличие рекомендаций по использованию успешных управленческих практик', 'Наличие методических и иных материалов, разработанных по итогам проведения анализа'], pos: POS4, max: 12 },
  { name: 'Меры, мероприятия', params: ['Наличие мер\\мероприятий', 'Наличие сведений о сроках реализации', 'Наличие сведений об ответственных/участниках'], pos: MERY, max: 21 },
  { name: 'Управленческие решения', params: ['Наличие управленческих решений', 'Наличие сведений о сроках реализации', 'Наличие сведений об ответственных/участниках'], pos: ['Принятие управленческих решений по результатам анализа'], max: 3 },
  { name: 'Анализ эффективности принятых мер', params: ['Наличие анализа эффективности мер\\мероприятий', 'Наличие сведений о сроках проведения анализа эффективности мер\\мероприятий', 'Определение проблемы по итогам проведенного анализа'], pos: ['Проведение анализа эффективности принятых мер/мероприятий'], max: 3 },
];
function pointsSheet(wb, mo, scores, declaredMax, total) {
  const ws = wb.addWorksheet(mo);
  put(ws, 'A1', 'Оценочный лист муниципальной системы методической работы');
  put(ws, 'A2', 'Муниципальное образование: ' + mo);
  let r = 4;
  BLOCKS.forEach((b, bi) => {
    put(ws, 'A' + r, 'Позиция оценивания');
    b.params.forEach((p, k) => wrap(put(ws, String.fromCharCode(66 + k) + r, p)));
    put(ws, 'E' + r, 'всего');
    r++;
    put(ws, 'A' + r, b.name); put(ws, 'B' + r, '-'); put(ws, 'C' + r, '-'); put(ws, 'D' + r, '-');
    put(ws, 'E' + r, declaredMax[bi]);
    ws.getCell('A' + r).font = { bold: true };
    r++;
    b.pos.forEach((p, pi) => {
      const s = scores[bi][pi];
      wrap(put(ws, 'A' + r, p));
      put(ws, 'B' + r, s[0]); put(ws, 'C' + r, s[1]); put(ws, 'D' + r, s[2]);
      put(ws, 'E' + r, s[3]);
      r++;
    });
    r++; // blank row between blocks
  });
  put(ws, 'A' + r, 'Итого набрано баллов');
  put(ws, 'E' + r, total);
  ws.getCell('A' + r).font = { bold: true };
  ws.getColumn('A').width = 60;
  [2, 3, 4].forEach((c) => (ws.getColumn(c).width = 20));
  return ws;
}
async function c05() {
  const wb = new ExcelJS.Workbook();
  // [p1, p2, p3, declared «всего»]
  pointsSheet(wb, 'Крымский район', [
    [[1, 1, 0, 2], [1, 0, 0, 1], [1, 1, 0, 2], [1, 1, 0, 2]],
    [[1, 1, 1, 3], [1, '0,5', 1, 2.5], [1, 1, 0.5, 2.5], [1, 1, 1, 3]],
    [[1, 1, 1, 3], [1, 0, 1, 2], [1, '-', 1, 2], [1, 1, 1, 3]],
    [[1, 1, 1, 3], [1, 1, 0, 3], [1, 0, 0, 1], [1, 1, 1, 3]], // pos2 declared 3, computed 2
    [[1, 1, 1, 3], [1, 1, 1, 3], [1, 1, 1, 3], [1, 1, 1, 3], [1, 0, 1, 2], [1, 1, 1, 3], [0, 0, 0, 0]],
    [[1, 1, 0, 2]],
    [[1, '0,5', 1, 2.5]],
  ], [8, 12, 12, 12, 21, 3, 4], 58.5); // block «Анализ эффективности» declared 4, max is 3
  pointsSheet(wb, 'Тихвинский район', [
    [[1, 1, -1, 1], [1, 1, 0, 2], [0, 0, 0, 0], [1, 0, 0, 1]],
    [[1, 1, 1, 3], [1, 0.5, 0, 1.5], [0, 0, 0, 0], [1, 1, 0, 2]],
    [[1, 0, 1, 2], [1, 0, 0, 1], [0, 0, 0, 0], [1, 0, 0, 1]],
    [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 0, 0], [1, 1, 0, 2]], // pos2 inconsistent
    [[1, 1, 1, 3], [1, 1, 0, 2], [1, 0, 0, 1], [0, 0, 0, 0], [1, 1, 1, 3], [1, '0,5', 1, 2.5], [0, 0, 0, 0]],
    [[0, 0, 0, 0]],
    [[1, 0, 0, 1]],
  ], [8, 12, 12, 12, 21, 3, 3], 31);
  await wb.xlsx.writeFile(path.join(OUT, 'c05-points-fractions.xlsx'));
}

// ---------------------------------------------------------------------------
// c06 — teacher roster with date of birth and a reference date in the title.
async function c06() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Диагностика');
  put(ws, 'A1', 'Результаты диагностики профессиональных компетенций педагогов Кировского муниципального района по состоянию на 01.09.2024');
  const vhead = ['№', 'ФИО педагога', 'ОО', 'Муниципалитет', 'Предмет', 'Дата рождения', 'Педагогический стаж, лет', 'Наставник (ФИО)'];
  vhead.forEach((h, i) => {
    const col = String.fromCharCode(65 + i);
    ws.mergeCells(`${col}3:${col}4`);
    wrap(put(ws, col + '3', h));
  });
  ws.mergeCells('I3:K3'); put(ws, 'I3', 'Результаты диагностики, %');
  put(ws, 'I4', 'Предметные'); put(ws, 'J4', 'Методические'); put(ws, 'K4', 'Цифровые');
  const MO = 'Кировский муниципальный район';
  const S1 = 'МБОУ "Кировская СОШ № 1"', GY = 'МБОУ "Кировская гимназия"', MG = 'МБОУ "Мгинская СОШ"', SH = 'МБОУ "Шлиссельбургская СОШ № 1"';
  const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
  const T = [
    ['Иванова Анна Сергеевна', S1, 'Русский язык', D(1995, 3, 15), 2, 'Петрова Н.В.', 0.72, 0.65, 0.80],
    ['Смирнов Павел Андреевич', S1, 'Математика', D(1989, 9, 2), 3, null, 0.45, 0.40, 0.38],
    ['Кузнецова Ольга Ивановна', GY, 'Физика', D(1989, 9, 1), 1, 'Сидоров А.А.', 0.88, 0.90, null],
    ['Попова Мария Викторовна', MG, 'История', D(2000, 12, 20), '1 год', 'да', 0.60, 0.55, 0.70],
    ['Васильев Игорь Николаевич', MG, 'Физическая культура', D(1975, 5, 11), 25, null, 0.52, 0.48, 0.30],
    ['Соколова Елена Павловна', SH, 'Английский язык', D(1998, 6, 30), 4, 'Морозова Т.Г.', 0.91, 0.85, 0.88],
    ['Михайлова Дарья Олеговна', SH, 'Начальные классы', '07.07.2001', 1, 'нет', 0.35, 0.42, 0.50],
    ['Новиков Артём Сергеевич', GY, 'Информатика', D(1996, 11, 25), 2, 'Лебедева И.П.', 0.78, 0.82, 0.95],
    ['Фёдорова Светлана Юрьевна', S1, 'Биология', D(1980, 2, 14), 20, null, 0.66, null, 0.58],
    ['Морозова Татьяна Геннадьевна', MG, 'Химия', D(1970, 8, 19), 30, null, 0.84, 0.79, null],
    ['Волкова Алина Руслановна', GY, 'Литература', D(1999, 3, 3), 2, 'Кузнецова О.И.', 0.70, 0.62, 0.75],
    ['Алексеев Денис Викторович', S1, 'География', null, 5, null, 0.58, 0.61, 0.49],
  ];
  T.forEach((t, i) => {
    const n = 5 + i;
    put(ws, 'A' + n, i + 1);
    put(ws, 'B' + n, t[0]);
    put(ws, 'C' + n, t[1]);
    put(ws, 'D' + n, MO);
    put(ws, 'E' + n, t[2]);
    if (t[3] !== null) put(ws, 'F' + n, t[3], t[3] instanceof Date ? 'dd.mm.yyyy' : undefined);
    put(ws, 'G' + n, t[4]);
    if (t[5] !== null) put(ws, 'H' + n, t[5]);
    ['I', 'J', 'K'].forEach((c, k) => { if (t[6 + k] !== null) put(ws, c + n, t[6 + k], PCT); });
  });
  ws.getColumn('B').width = 32; ws.getColumn('C').width = 30; ws.getColumn('D').width = 30;
  ws.getColumn('F').width = 14;
  await wb.xlsx.writeFile(path.join(OUT, 'c06-roster-birthdates.xlsx'));
}

// ---------------------------------------------------------------------------
// c07 — the only sheet is hidden, its name has apostrophes and a space, and the data
// is an Excel table (ListObject) with a totals row.
async function c07() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Свод 'итог' 2024", { state: 'hidden' });
  put(ws, 'B1', 'Мониторинг деятельности ММС Ленинградской области');
  put(ws, 'B2', 'по состоянию на 01.06.2024');
  ws.addTable({
    name: 'SvodItog',
    ref: 'B4',
    headerRow: true,
    totalsRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: [
      { name: 'Муниципальное образование', totalsRowLabel: 'Итого', filterButton: true },
      { name: 'Наличие плана работы ММС (да/нет)', filterButton: true },
      { name: 'Доля педагогов с ИОМ, %', totalsRowFunction: 'average', filterButton: true },
      { name: 'Наличие практики наставничества', filterButton: true },
    ],
    rows: [
      ['Ломоносовский муниципальный район', 'да', 0.82, 'да'],
      ['Лодейнопольский муниципальный район', 'нет', 0.4, 'да'],
      ['Подпорожский муниципальный район', 'да', 'н/д', 'нет'],
      ['Сосновоборский городской округ', 'да', 0.65, 'возможно'],
    ],
  });
  for (const a of ['D5', 'D6', 'D8', 'D9']) ws.getCell(a).numFmt = PCT;
  ws.getColumn('B').width = 38; ws.getColumn('C').width = 24; ws.getColumn('D').width = 20; ws.getColumn('E').width = 24;
  await wb.xlsx.writeFile(path.join(OUT, 'c07-hidden-apostrophe-listobject.xlsx'));
}

// ---------------------------------------------------------------------------
// c08 — a CSV renamed to .xlsx; c08b — an OLE compound file (as Excel writes a
// password-protected workbook) named .xlsx.
function c08() {
  const csv = '\uFEFFМуниципальное образование;Наличие ММС;Доля педагогов с ИППР, %\r\n' +
    'Волховский муниципальный район;да;86%\r\n' +
    'Гатчинский муниципальный район;нет;45%\r\n' +
    'Лужский муниципальный район;да;30%\r\n';
  fs.writeFileSync(path.join(OUT, 'c08-csv-renamed.xlsx'), csv, 'utf8');
  // OLE2 header (D0 CF 11 E0 A1 B1 1A E1) with an "EncryptedPackage" stream name inside.
  const buf = Buffer.alloc(4096, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x003e, 24); // minor version
  buf.writeUInt16LE(0x0003, 26); // major version 3
  buf.writeUInt16LE(0xfffe, 28); // byte order
  buf.writeUInt16LE(9, 30); // sector shift
  buf.writeUInt16LE(6, 32); // mini sector shift
  Buffer.from('EncryptedPackage', 'utf16le').copy(buf, 1024);
  Buffer.from('EncryptionInfo', 'utf16le').copy(buf, 1152);
  Buffer.from('\u0006DataSpaces', 'utf16le').copy(buf, 1280);
  fs.writeFileSync(path.join(OUT, 'c08b-ole-encrypted.xlsx'), buf);
}

(async () => {
  await c01(); await c02(); await c03(); await c03('b'); await c04(); await c05(); await c06(); await c07(); c08();
  console.log('books written to', OUT);
  for (const f of fs.readdirSync(OUT)) console.log(' ', f);
})().catch((e) => { console.error(e); process.exit(1); });
