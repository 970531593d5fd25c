import { strict as assert } from 'assert';
import { analyzeWorkbook } from '../../src/engine/analyze';
import type { CellValue, SheetGrid } from '../../src/engine/grid';

/** Deterministic pseudo-random numbers, so the timing does not depend on luck. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function matrix(rows: number, cols: number): SheetGrid {
  const r = rng(1);
  const header: CellValue[] = ['№', 'Муниципальное образование'];
  for (let c = 0; c < cols; c++) header.push(`${Math.floor(c / 10) + 1}.${(c % 10) + 1}`);
  const values: CellValue[][] = [['Мониторинг'], [], header];
  const formats: (string | null)[][] = [[], [], []];
  for (let i = 0; i < rows; i++) {
    const row: CellValue[] = [i + 1, `Организация ${i + 1}`];
    const f: (string | null)[] = [null, null];
    for (let c = 0; c < cols; c++) {
      if (c % 3 === 2) {
        row.push(Math.round(r() * 100) / 100);
        f.push('0%');
      } else {
        row.push(r() < 0.7 ? 'да' : r() < 0.95 ? 'нет' : '');
        f.push(null);
      }
    }
    values.push(row);
    formats.push(f);
  }
  return { name: 'Матрица', startRow: 0, startCol: 0, values, numberFormats: formats, merges: [] };
}

function counts(rows: number): SheetGrid {
  const r = rng(2);
  const values: CellValue[][] = [
    ['ОО', 'Всего педагогов', 'из них молодых педагогов', 'Доля молодых, %', 'Общее количество площадок', 'Количество площадок с руководством', 'Количество мероприятий'],
  ];
  for (let i = 0; i < rows; i++) {
    const base = 10 + Math.floor(r() * 90);
    const num = Math.floor(r() * base);
    const sites = Math.floor(r() * 10);
    values.push([`Школа ${i + 1}`, base, num, (num / base) * 100, sites, Math.floor(r() * (sites + 1)), Math.floor(r() * 50)]);
  }
  return { name: 'Счёт', startRow: 0, startCol: 0, values, merges: [] };
}

function timed<T>(f: () => T): { ms: number; result: T } {
  const t0 = process.hrtime.bigint();
  const result = f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

describe('Performance of layouts A and B', () => {
  it('analyses a 3 000 × 60 matrix well under a second', () => {
    const grid = matrix(3000, 60);
    analyzeWorkbook({ sheets: [matrix(50, 60)] }); // warm-up
    const { ms, result } = timed(() => analyzeWorkbook({ sheets: [grid] }));
    assert.equal(result.tables[0].entities.length, 3000);
    assert.equal(result.tables[0].indicators.length, 60);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('analyses a 100 000-row counts table well under a second', () => {
    const grid = counts(100_000);
    analyzeWorkbook({ sheets: [counts(100)] });
    const { ms, result } = timed(() => analyzeWorkbook({ sheets: [grid] }));
    const t = result.tables[0];
    assert.equal(t.entities.length, 100_000);
    assert.equal(t.pairs.length, 2);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });
});
