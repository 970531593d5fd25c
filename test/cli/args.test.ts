import { strict as assert } from 'assert';
import { ArgsError, parseArgs, type RunArgs } from '../../src/cli/args';
import { HELP_TEXT } from '../../src/cli/help';

function run(argv: string[]): RunArgs {
  const r = parseArgs(argv);
  assert.equal(r.kind, 'run');
  return r as RunArgs;
}

function fails(argv: string[], pattern: RegExp): void {
  assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof ArgsError && pattern.test(e.message));
}

describe('The argument parser of `analyze`', () => {
  it('takes one workbook with every option at its default', () => {
    assert.deepEqual(run(['книга.xlsx']), {
      kind: 'run', inputs: ['книга.xlsx'], sheets: [], previous: [], out: null, json: false, target: null, critical: null, pairs: [], note: true,
    });
  });

  it('turns «Справка» off with --no-note', () => {
    assert.equal(run(['a.xlsx', '--no-note']).note, false);
  });

  it('reads --pair "ЛИСТ!D/C" and "ЛИСТ!D/C=E", a quoted sheet name, lower-case letters; the last pair for a count wins', () => {
    assert.deepEqual(run(['a.xlsx', '--pair', 'Форма ММС!D/C']).pairs, [{ sheet: 'Форма ММС', numerator: 'D', base: 'C' }]);
    assert.deepEqual(run(['a.xlsx', "--pair='Форма 1 (2023)'!j / d = k"]).pairs, [{ sheet: 'Форма 1 (2023)', numerator: 'J', base: 'D', declared: 'K' }]);
    assert.deepEqual(
      run(['a.xlsx', '--pair', 'Л!D/C', '--pair', 'Л!E/C', '--pair', 'Л!D/B']).pairs.map((p) => `${p.numerator}/${p.base}`),
      ['E/C', 'D/B'],
    );
  });

  it('refuses a pair without a sheet, with a Cyrillic letter, or with the same column twice, in Russian', () => {
    fails(['a.xlsx', '--pair', 'D/C'], /--pair "ЛИСТ!D\/C".*«D\/C»/);
    fails(['a.xlsx', '--pair', 'Лист1!D/С'], /ЛИСТ!D\/C/); // С is Cyrillic
    fails(['a.xlsx', '--pair', 'Лист1!D/d'], /один и тот же столбец/);
  });

  it('collects the previous period\'s sheets from --previous, once per name', () => {
    assert.deepEqual(run(['a.xlsx', '--previous', '2023', '--previous=2022', '--previous', '2023']).previous, ['2023', '2022']);
  });

  it('takes several workbooks and folders in the order given', () => {
    assert.deepEqual(run(['a.xlsx', 'формы/', 'b.xlsx']).inputs, ['a.xlsx', 'формы/', 'b.xlsx']);
  });

  it('collects --sheet as often as it is given, once per name', () => {
    assert.deepEqual(run(['a.xlsx', '--sheet', 'Лист1', '--sheet=Форма 2', '--sheet', 'Лист1']).sheets, ['Лист1', 'Форма 2']);
  });

  it('reads --out, --json, --target and --critical in both spellings and anywhere on the line', () => {
    const r = run(['--json', '--target=85', 'a.xlsx', '--critical', '40', '--out', 'итог.xlsx']);
    assert.equal(r.json, true);
    assert.equal(r.target, 85);
    assert.equal(r.critical, 40);
    assert.equal(r.out, 'итог.xlsx');
    assert.deepEqual(r.inputs, ['a.xlsx']);
  });

  it('accepts a decimal comma and a percent sign in thresholds', () => {
    assert.equal(run(['a.xlsx', '--target', '82,5']).target, 82.5);
    assert.equal(run(['a.xlsx', '--critical', '45%']).critical, 45);
  });

  it('answers --help, -h and --справка with the help request whatever else is given', () => {
    for (const h of ['--help', '-h', '--справка']) assert.deepEqual(parseArgs(['a.xlsx', h]), { kind: 'help' });
  });

  it('treats everything after -- as a file, even when it starts with a dash', () => {
    assert.deepEqual(run(['--', '--странное имя.xlsx']).inputs, ['--странное имя.xlsx']);
  });

  it('refuses a command line without a workbook', () => {
    fails([], /Укажите книгу Excel/);
    fails(['--json'], /Укажите книгу Excel/);
  });

  it('refuses an unknown option and names it', () => {
    fails(['a.xlsx', '--verbose'], /«--verbose»/);
  });

  it('refuses an option whose value is missing', () => {
    fails(['a.xlsx', '--out'], /После --out нужно указать значение/);
    fails(['a.xlsx', '--sheet', '--json'], /После --sheet/);
    fails(['a.xlsx', '--target='], /После --target/);
  });

  it('refuses thresholds that are not percentages from 0 to 100', () => {
    fails(['a.xlsx', '--target', 'восемьдесят'], /от 0 до 100/);
    fails(['a.xlsx', '--target', '120'], /от 0 до 100/);
    fails(['a.xlsx', '--critical', '-5'], /После --critical|от 0 до 100/);
  });

  it('refuses a critical level above the target, including against the default target', () => {
    fails(['a.xlsx', '--target', '60', '--critical', '70'], /не может быть выше целевого/);
    fails(['a.xlsx', '--critical', '90'], /не может быть выше целевого/);
  });

  it('refuses an output that is not an .xlsx file, and a second --out', () => {
    fails(['a.xlsx', '--out', 'итог.csv'], /\.xlsx/);
    fails(['a.xlsx', '--out', 'a1.xlsx', '--out', 'a2.xlsx'], /только один раз/);
  });

  it('writes every message in Russian', () => {
    for (const argv of [[], ['a.xlsx', '--x'], ['a.xlsx', '--out'], ['a.xlsx', '--target', 'x']]) {
      try {
        parseArgs(argv);
        assert.fail('expected an error');
      } catch (e) {
        assert.match((e as Error).message, /[А-Яа-яЁё]{4}/);
      }
    }
  });
});

describe('The clustering options of `analyze`', () => {
  it('reads --k as a whole number or auto, in both spellings', () => {
    assert.equal(run(['a.xlsx', '--k', '3']).k, 3);
    assert.equal(run(['a.xlsx', '--k=auto']).k, 'auto');
    assert.equal(run(['a.xlsx', '--k', 'АВТО']).k, 'auto');
  });

  it('leaves k and features out when they are not given', () => {
    const r = run(['a.xlsx']);
    assert.equal('k' in r, false);
    assert.equal('features' in r, false);
  });

  it('refuses a k that is not a whole number from 1 to 20', () => {
    fails(['a.xlsx', '--k', '0'], /от 1 до 20 или словом auto/);
    fails(['a.xlsx', '--k', '2.5'], /от 1 до 20/);
    fails(['a.xlsx', '--k', '21'], /от 1 до 20/);
    fails(['a.xlsx', '--k', 'три'], /«три»/);
  });

  it('splits --features at commas and semicolons, once per name, over repeated options', () => {
    assert.deepEqual(run(['a.xlsx', '--features', 'Предметные, Методические;Цифровые', '--features=Предметные']).features, ['Предметные', 'Методические', 'Цифровые']);
    fails(['a.xlsx', '--features', ' , '], /перечислить признаки/);
  });

  it('mentions --k and --features in the help', () => {
    assert.match(HELP_TEXT, /--k 3 \| auto/);
    assert.match(HELP_TEXT, /--features/);
  });
});
