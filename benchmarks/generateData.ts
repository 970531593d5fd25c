/**
 * Generates the benchmark workbooks (deterministic: a seeded PRNG, so every machine measures the
 * same cells), streamed with exceljs's WorkbookWriter so that generating 100,000 rows does not
 * itself need a gigabyte:
 *   - matrix: 3,000 organisations × 60 indicators under 6 merged criteria (40 да/нет columns with
 *     a few «н/д», 20 percent columns as fractions with a '0%' format), a title and two header rows;
 *   - counts: 100,000 organisations × counts, bases and a declared share (layout B).
 * Files are written once into benchmarks/data/ (git-ignored) and reused while the generator's
 * version is unchanged.
 *
 * Example:
 *   const files = await ensureBenchData('benchmarks/data');
 *   files.matrix // → 'benchmarks/data/matrix-3000x60.v1.xlsx'
 */

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { seededRandom } from '../src/engine/clusters/seededRandom';

const VERSION = 'v1';


export interface BenchCase {
  name: string;
  file: string;
  rows: number;
  columns: number;
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).size > 0;
  } catch {
    return false;
  }
}

/** Writes through a temporary name so an interrupted run never leaves a truncated workbook behind. */
async function writeStreamed(file: string, fill: (ws: ExcelJS.Worksheet) => void, sheetName: string): Promise<void> {
  const tmp = `${file}.partial`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheetName);
  fill(ws);
  await wb.commit();
  await fs.rename(tmp, file);
}

export async function writeMatrix(file: string, entities = 3000, criteria = 6, perCriterion = 10): Promise<void> {
  const rnd = seededRandom(20240101);
  const indicators = criteria * perCriterion;
  await writeStreamed(file, (ws) => {
    ws.getCell(1, 1).value = `Мониторинг методической работы: ${entities} организаций × ${indicators} показателей (данные для замера)`;
    ws.getRow(1).commit();
    const criteriaRow = ws.getRow(3);
    const indicatorRow = ws.getRow(4);
    criteriaRow.getCell(1).value = '№ п/п';
    criteriaRow.getCell(2).value = 'Образовательная организация';
    for (let k = 0; k < criteria; k++) {
      const left = 3 + k * perCriterion;
      criteriaRow.getCell(left).value = `Критерий ${k + 1}. Направление методической работы ${k + 1}`;
      ws.mergeCells(3, left, 3, left + perCriterion - 1);
      for (let j = 0; j < perCriterion; j++) {
        const percent = j >= perCriterion - Math.round(perCriterion / 3);
        indicatorRow.getCell(left + j).value = `${k + 1}.${j + 1} ${percent ? 'Доля педагогов, %' : 'Наличие мероприятия'} (${k + 1}.${j + 1})`;
      }
    }
    ws.mergeCells(3, 1, 4, 1);
    ws.mergeCells(3, 2, 4, 2);
    criteriaRow.commit();
    indicatorRow.commit();
    for (let i = 0; i < entities; i++) {
      const row = ws.getRow(5 + i);
      row.getCell(1).value = i + 1;
      row.getCell(2).value = `Организация № ${i + 1}`;
      for (let k = 0; k < criteria; k++) {
        for (let j = 0; j < perCriterion; j++) {
          const cell = row.getCell(3 + k * perCriterion + j);
          const percent = j >= perCriterion - Math.round(perCriterion / 3);
          const r = rnd();
          if (r < 0.01) cell.value = 'н/д';
          else if (percent) {
            cell.value = Math.round(rnd() * 100) / 100;
            cell.numFmt = '0%';
          } else cell.value = rnd() < 0.75 ? 'да' : 'нет';
        }
      }
      row.commit();
    }
    const total = ws.getRow(5 + entities);
    total.getCell(2).value = 'Итого по региону';
    total.commit();
  }, 'Матрица');
}

export async function writeCounts(file: string, rows = 100_000): Promise<void> {
  const rnd = seededRandom(20240202);
  await writeStreamed(file, (ws) => {
    ws.getCell(1, 1).value = `Сведения о педагогах и инновационных площадках: ${rows} организаций (данные для замера)`;
    ws.getRow(1).commit();
    const header = ws.getRow(3);
    header.values = [
      '№ п/п',
      'Образовательная организация',
      'Всего педагогов',
      'из них молодых педагогов (до 35 лет, стаж до 3 лет)',
      'Доля молодых, %',
      'Всего инновационных площадок',
      'из них с научным руководством ИРО',
      'Количество педагогов, прошедших КПК',
      'Количество наставников',
      'Всего методических объединений',
    ];
    header.commit();
    let sum = [0, 0, 0, 0];
    for (let i = 0; i < rows; i++) {
      const teachers = 20 + Math.floor(rnd() * 120);
      const young = Math.floor(teachers * rnd() * 0.25);
      const sites = Math.floor(rnd() * 4);
      const supervised = sites === 0 ? 0 : Math.floor(rnd() * (sites + 1));
      const trained = Math.floor(teachers * (0.2 + rnd() * 0.6));
      const row = ws.getRow(4 + i);
      row.values = [
        i + 1,
        `Школа № ${i + 1}`,
        teachers,
        young,
        Math.round((young / teachers) * 1000) / 10,
        sites,
        supervised,
        trained,
        Math.floor(rnd() * 10),
        1 + Math.floor(rnd() * 8),
      ];
      row.commit();
      sum = [sum[0] + teachers, sum[1] + young, sum[2] + sites, sum[3] + supervised];
    }
    const total = ws.getRow(4 + rows);
    total.values = [null, 'Итого', sum[0], sum[1], Math.round((sum[1] / sum[0]) * 1000) / 10, sum[2], sum[3]];
    total.commit();
  }, 'Форма');
}

/** The benchmark files, generated when missing. Progress goes to `log`. */
export async function ensureBenchData(dir: string, log: (s: string) => void = () => undefined): Promise<{ matrix: BenchCase; counts: BenchCase }> {
  await fs.mkdir(dir, { recursive: true });
  const matrix: BenchCase = { name: 'матрица 3000 × 60', file: path.join(dir, `matrix-3000x60.${VERSION}.xlsx`), rows: 3000, columns: 60 };
  const counts: BenchCase = { name: 'количества 100 000 строк', file: path.join(dir, `counts-100000.${VERSION}.xlsx`), rows: 100_000, columns: 10 };
  if (!(await exists(matrix.file))) {
    log(`создаю ${matrix.file} …`);
    await writeMatrix(matrix.file);
  }
  if (!(await exists(counts.file))) {
    log(`создаю ${counts.file} …`);
    await writeCounts(counts.file);
  }
  return { matrix, counts };
}
