import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyzeWorkbook, NoTableError } from '../../src/engine/analyze';
import type { CellValue, MergedArea, SheetGrid } from '../../src/engine/grid';

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom('Кировский район', 'Тосненский', 'г. Магас', 'СОШ № 5', 'Итого', 'Всего', 'Среднее', 'МО', '№', '№ п/п'),
  fc.constantFrom('да', 'нет', '-', '—', '+', 'н/д', '…', 'x', 'возможно', 'см. приложение', '#ДЕЛ/0!'),
  fc.constantFrom('86%', '100% от 3-5 до 28 групп', '12,5', '1 234', '65 (из 92)', '1.1', '2.3 Доля педагогов, %'),
  fc.constantFrom('Критерий 1. Системность', 'Количество педагогов', 'Всего педагогов', 'из них молодых', 'Доля, %', 'Балл (макс. 3)'),
  fc.constantFrom('Примечание: данные на 1 сентября', 'Показатель', 'Формы и направления деятельности', 'Результаты'),
  fc.double({ min: -5, max: 200, noNaN: true }),
  fc.integer({ min: -3, max: 120 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 6 }),
);

const gridArb = fc
  .record({
    rows: fc.integer({ min: 0, max: 9 }),
    cols: fc.integer({ min: 0, max: 7 }),
    startRow: fc.integer({ min: 0, max: 3 }),
    startCol: fc.integer({ min: 0, max: 3 }),
    seed: fc.array(cellArb, { minLength: 63, maxLength: 63 }),
    formats: fc.array(fc.constantFrom(null, 'General', '0%', '0.0%', '0.00', '0" %"'), { minLength: 63, maxLength: 63 }),
    merges: fc.array(fc.record({ r: fc.integer({ min: 0, max: 9 }), c: fc.integer({ min: 0, max: 7 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 4 }) }), { maxLength: 4 }),
    ragged: fc.boolean(),
  })
  .map(({ rows, cols, startRow, startCol, seed, formats, merges, ragged }): SheetGrid => {
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      const width = ragged ? Math.max(0, cols - (r % 3)) : cols;
      values.push(Array.from({ length: width }, (_, c) => seed[(r * 7 + c) % 63]));
      numberFormats.push(Array.from({ length: width }, (_, c) => formats[(r * 7 + c) % 63]));
    }
    const m: MergedArea[] = merges.map((x) => ({ top: startRow + x.r, left: startCol + x.c, bottom: startRow + x.r + x.h, right: startCol + x.c + x.w }));
    return { name: 'Лист 1', startRow, startCol, values, numberFormats, merges: m };
  });

describe('analyzeWorkbook on random small grids (property)', () => {
  it('never throws anything but NoTableError, and what it returns is consistent', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 3 }), fc.constantFrom<'indicators' | 'criteria'>('indicators', 'criteria'), (sheets, weighting) => {
        sheets.forEach((s, i) => (s.name = `Лист ${i + 1}`));
        let a;
        try {
          a = analyzeWorkbook({ sheets }, { weighting });
        } catch (e) {
          if (e instanceof NoTableError) return true;
          throw e;
        }
        for (const p of a.problems) {
          assert.ok(p.cell === null || /^('.+'|[^!]+)![A-Z]+\d+$/.test(p.cell), `bad address ${p.cell}`);
          assert.ok(p.message.length > 0);
        }
        for (const t of a.tables) {
          assert.ok(t.entities.length > 0);
          const ids = new Set(t.indicators.map((i) => i.id));
          assert.equal(ids.size, t.indicators.length, 'indicator ids are unique');
          for (const e of t.entities) {
            if (e.fulfilment !== null) assert.ok(e.fulfilment >= -1e-9 && e.fulfilment <= 100 + 1e-9, `fulfilment ${e.fulfilment}`);
            if (e.rank !== null) assert.ok(e.rank >= 1 && e.rank <= t.entities.length);
            for (const c of Object.values(e.cells)) assert.ok(c.score === null || Number.isFinite(c.score));
          }
          for (const s of t.shares) if (s.share !== null) assert.ok(s.share >= 0 && s.share <= 100 + 1e-9);
        }
        return true;
      }),
      { numRuns: 400, seed: 20240901 },
    );
  });
});
