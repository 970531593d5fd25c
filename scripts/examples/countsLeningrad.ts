/**
 * `examples/counts-leningrad.xlsx` — layout B, a district form with counts, bases and shares the
 * districts computed themselves (METHODOLOGY §2 B), after seeds 001 and 002: teachers, young
 * teachers (under 35 with up to 3 years of experience, ЕФС), mentored young teachers, innovation
 * sites and those with ЛОИРО's academic supervision (seed 001: «из 92 инновационных площадок ЛО в
 * 65 научное руководство осуществляют специалисты ЛОИРО, что составляет 70%»), in-service training.
 *
 * 18 municipalities of the Leningrad region with plausible (invented) numbers whose sites add up
 * to the seed's 92 and 65; the total row declares 70 % as the seed rounds 65/92 = 70.65 %.
 * Planted findings, each once:
 *   - Киришский район: «Доля молодых, %» declared 15,2 where 87/760 = 11,4 (arithmetic error);
 *   - Подпорожский район: 0 sites → the share of sites has base 0 (declared as «-»);
 *   - Сланцевский район: 52 mentored young teachers of 48 (numerator > base);
 *   - Лодейнопольский район: «-» in «из них с научным руководством ЛОИРО» (a dash = none);
 *   - Всеволожский район: «4 012» typed as text with a no-break space;
 *   - a row of column numbers under the header, a total row and a note, as district forms have.
 *
 * Example:
 *   await saveWorkbook(buildCountsLeningrad(), 'examples/counts-leningrad.xlsx');
 */

import type ExcelJS from 'exceljs';
import { newWorkbook } from './workbookFile';
import { borderBox, styleHeader, styleTitle } from './sheetStyle';

interface District {
  name: string;
  teachers: number;
  young: number;
  mentored: number;
  sites: number;
  /** Sites with ЛОИРО's supervision; 0 is written as the district wrote it, a dash. */
  loiro: number | '-';
  trained: number;
  /** A declared share of young teachers that differs from the true one. */
  wrongYoungShare?: number;
}

export const LENINGRAD_DISTRICTS: District[] = [
  { name: 'Бокситогорский район', teachers: 560, young: 52, mentored: 40, sites: 2, loiro: 1, trained: 190 },
  { name: 'Волосовский район', teachers: 540, young: 49, mentored: 38, sites: 3, loiro: 2, trained: 205 },
  { name: 'Волховский район', teachers: 910, young: 88, mentored: 71, sites: 5, loiro: 3, trained: 330 },
  { name: 'Всеволожский муниципальный район', teachers: 4012, young: 512, mentored: 430, sites: 18, loiro: 14, trained: 1450 },
  { name: 'Выборгский район', teachers: 2230, young: 241, mentored: 198, sites: 8, loiro: 6, trained: 760 },
  { name: 'Гатчинский район', teachers: 2560, young: 275, mentored: 240, sites: 10, loiro: 7, trained: 880 },
  { name: 'Кингисеппский район', teachers: 890, young: 84, mentored: 66, sites: 4, loiro: 3, trained: 310 },
  { name: 'Киришский район', teachers: 760, young: 87, mentored: 80, sites: 6, loiro: 5, trained: 300, wrongYoungShare: 15.2 },
  { name: 'Кировский район', teachers: 1040, young: 118, mentored: 90, sites: 4, loiro: 3, trained: 350 },
  { name: 'Лодейнопольский район', teachers: 350, young: 27, mentored: 20, sites: 2, loiro: '-', trained: 110 },
  { name: 'Ломоносовский район', teachers: 930, young: 104, mentored: 79, sites: 4, loiro: 2, trained: 300 },
  { name: 'Лужский район', teachers: 1010, young: 95, mentored: 81, sites: 5, loiro: 4, trained: 370 },
  { name: 'Подпорожский район', teachers: 330, young: 21, mentored: 18, sites: 0, loiro: 0, trained: 95 },
  { name: 'Приозерский район', teachers: 720, young: 70, mentored: 55, sites: 3, loiro: 2, trained: 240 },
  { name: 'Сланцевский район', teachers: 450, young: 48, mentored: 52, sites: 2, loiro: 1, trained: 150 },
  { name: 'г. Сосновый Бор', teachers: 760, young: 80, mentored: 75, sites: 7, loiro: 6, trained: 290 },
  { name: 'Тихвинский район', teachers: 820, young: 79, mentored: 60, sites: 4, loiro: 3, trained: 285 },
  { name: 'Тосненский район ', teachers: 1210, young: 131, mentored: 102, sites: 5, loiro: 3, trained: 400 },
];

const HEADERS = [
  '№ п/п',
  'Муниципальный район',
  'Всего педагогов',
  'из них молодых педагогов (до 35 лет, стаж до 3 лет)',
  'из них молодых с наставником',
  'Доля молодых, %',
  'Всего инновационных площадок',
  'из них с научным руководством ЛОИРО',
  'Доля площадок с научным руководством ЛОИРО, %',
  'Количество педагогов, прошедших КПК в 2019–2020 уч. г.',
  'Доля педагогов, прошедших КПК, %',
];

const round1 = (x: number) => Math.round(x * 10) / 10;
const loiroOf = (d: District) => (d.loiro === '-' ? 0 : d.loiro);

export function buildCountsLeningrad(): ExcelJS.Workbook {
  const sum = (f: (d: District) => number) => LENINGRAD_DISTRICTS.reduce((s, d) => s + f(d), 0);
  const totalSites = sum((d) => d.sites);
  const totalLoiro = sum(loiroOf);
  if (totalSites !== 92 || totalLoiro !== 65) throw new Error(`sites must add up to 92 and 65 (seed 001), got ${totalSites} and ${totalLoiro}`);

  const wb = newWorkbook();
  const ws = wb.addWorksheet('Форма ММС');
  ws.getCell('A1').value = 'Сведения о молодых педагогах и инновационных площадках муниципальных образований Ленинградской области';
  styleTitle(ws.getCell('A1'));
  ws.getCell('A2').value = '(по состоянию на 01.09.2020; заполняется муниципальной методической службой)';
  ws.getCell('A2').font = { italic: true, size: 10 };

  const h = 4;
  HEADERS.forEach((t, i) => (ws.getCell(h, 1 + i).value = t));
  HEADERS.forEach((_, i) => (ws.getCell(h + 1, 1 + i).value = i + 1)); // the row of column numbers
  styleHeader(ws, h, h + 1, 1, HEADERS.length);
  ws.getRow(h).height = 75;

  let r = h + 2;
  LENINGRAD_DISTRICTS.forEach((d, i) => {
    const youngShare = d.wrongYoungShare ?? round1((d.young / d.teachers) * 100);
    const siteShare: number | string = d.sites === 0 ? '-' : Math.round((loiroOf(d) / d.sites) * 100);
    // Всеволожский typed its teachers as text with a no-break space: «4 012».
    const teachers: number | string = d.name.startsWith('Всеволожский') ? String(d.teachers).replace(/\B(?=(\d{3})+$)/g, '\u00A0') : d.teachers;
    ws.getRow(r).values = [i + 1, d.name, teachers, d.young, d.mentored, youngShare, d.sites, d.loiro, siteShare, d.trained, d.trained / d.teachers];
    ws.getCell(r, 11).numFmt = '0.0%';
    r++;
  });
  const total = r;
  const teachers = sum((d) => d.teachers);
  const young = sum((d) => d.young);
  const trained = sum((d) => d.trained);
  ws.getRow(total).values = [
    null,
    'Итого по Ленинградской области',
    teachers,
    young,
    sum((d) => d.mentored),
    round1((young / teachers) * 100),
    totalSites,
    totalLoiro,
    70, // seed 001 rounds 65/92 = 70.65 % to «70%»
    trained,
    trained / teachers,
  ];
  ws.getCell(total, 11).numFmt = '0.0%';
  ws.getRow(total).font = { bold: true };
  borderBox(ws, h, total, 1, HEADERS.length);

  ws.getCell(total + 2, 1).value = 'Примечание: «-» — площадок нет. Доли рассчитаны районами; данные учебные (составлены по материалам мониторинга ЛОИРО).';
  ws.getCell(total + 2, 1).font = { italic: true, size: 9 };
  ws.getCell(total + 3, 1).value = 'Исполнитель: методист ММС, тел. 8 (813) 000-00-00';
  ws.getCell(total + 3, 1).font = { italic: true, size: 9 };

  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 34;
  for (let c = 3; c <= HEADERS.length; c++) ws.getColumn(c).width = 14;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: h + 1 }];
  return wb;
}
