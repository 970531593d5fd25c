import { strict as assert } from 'assert';
import fc from 'fast-check';
import { firstOfSameName, foldName } from '../../src/engine/text/sameNames';

/** The plain definition: the first earlier name with the same lower-case text, «ё» as «е». */
function naive(names: string[], skip: (i: number) => boolean = () => false): number[] {
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    if (skip(i)) return -1;
    const key = name.toLowerCase().replace(/ё/g, 'е');
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, i);
    return earlier ?? -1;
  });
}

describe('firstOfSameName: names that repeat an earlier one', () => {
  it('ignores case and «ё», and points to the first of the same name', () => {
    const names = ['Школа № 1', 'Лицей', 'школа № 1', 'Берёзовская СОШ', 'БЕРЕЗОВСКАЯ сош', 'ШКОЛА № 1', 'Ёлкинская ООШ', 'Елкинская ООШ'];
    assert.deepEqual([...firstOfSameName(names)], [-1, -1, 0, -1, 3, 0, -1, 6]);
  });

  it('compares the names as written when asked to (exact)', () => {
    assert.deepEqual([...firstOfSameName(['Школа № 1', 'школа № 1', 'Школа № 1', 'Берёза', 'Береза'], { exact: true })], [-1, -1, 0, -1, -1]);
  });

  it('leaves out the names it is told to skip (placeholders of unnamed rows)', () => {
    assert.deepEqual([...firstOfSameName(['Строка 5', 'Строка 5', 'строка 5'], { skip: (i) => i === 0 })], [-1, -1, 1]);
  });

  it('folds letters outside Latin and Cyrillic as toLowerCase does (Ä, the Kelvin sign, Greek)', () => {
    const names = ['Ärztekammer', 'ärztekammer', '\u212A-школа', 'k-школа', 'ΣΧΟΛΗ', 'σχολη', 'Σχολη'];
    assert.deepEqual([...firstOfSameName(names)], naive(names));
    assert.equal(foldName('Берёза'), 'береза');
  });

  it('agrees with the plain definition on random names of mixed case and alphabets', () => {
    const letter = fc.constantFrom('а', 'А', 'ё', 'Ё', 'е', 'Е', 'я', 'Я', 'a', 'A', 'z', 'Z', 'Ä', 'ä', '\u212A', 'k', 'ѐ', 'Ѐ', 'і', 'І', ' ', '№', '1', '«', '—', 'µ', 'Ω', '\u2126', 'Ⅰ', 'ⅰ');
    fc.assert(
      fc.property(fc.array(fc.array(letter, { minLength: 1, maxLength: 4 }).map((cs) => cs.join('')), { maxLength: 60 }), fc.integer({ min: 2, max: 5 }), (names, every) => {
        const skip = (i: number) => i % every === 0;
        assert.deepEqual([...firstOfSameName(names, { skip })], naive(names, skip));
        const exact = names.map((name, i) => names.indexOf(name) < i ? names.indexOf(name) : -1);
        assert.deepEqual([...firstOfSameName(names, { exact: true })], exact);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the one repeat among 50,000 distinct names and nothing else', () => {
    const names = Array.from({ length: 50_000 }, (_, i) => `МБОУ СОШ № ${i}`);
    names.push('мбоу сош № 49999');
    const first = firstOfSameName(names);
    assert.equal(first[50_000], 49_999);
    assert.equal(first.slice(0, 50_000).filter((x) => x >= 0).length, 0);
  });
});
