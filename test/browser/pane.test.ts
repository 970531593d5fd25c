/**
 * The task pane end to end in headless Chromium: the production build served by the preview
 * server (scripts/preview.ts) against the Excel stand-in, office.js from the local package.
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); without it the suite is skipped
 * with a message, unless CI is set (then it fails).
 * Builds dist/ when it is older than src/ (or missing); set PANE_REBUILD=1 to force a build.
 */

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preparePreview, startPreviewServer, type PreviewServer } from '../../scripts/preview';
import { GENERATED_SHEET } from '../../scripts/preview/generatedSheet';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'test-results', 'pane.png');
const EXAMPLE_SHEET = 'Мониторинг РМС';
const LONG_TASK_MS = 200;
/** Tasks reported for diagnosis (PANE_REPORT_MS=80 lists those over 80 ms); only those over LONG_TASK_MS fail the test. */
const REPORT_MS = Number(process.env.PANE_REPORT_MS ?? LONG_TASK_MS);
/** Rows of the generated sheet; PANE_BIG_ROWS overrides it for diagnosis. */
const BIG_ROWS = Number(process.env.PANE_BIG_ROWS ?? 100_000);
/** CPU slowdown for the 100 000-row page (PANE_CPU_SLOWDOWN=3 acts as a machine three times slower, for diagnosis). */
const CPU_SLOWDOWN = Number(process.env.PANE_CPU_SLOWDOWN ?? 1);
/** PANE_PROFILE=1 writes the main thread's CPU profile of the 100 000-row calculation to test-results/pane-big.cpuprofile (open it in Chromium's DevTools). */
const PROFILE = process.env.PANE_PROFILE === '1';

/** Newest modification time under a folder (files only). */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function distIsFresh(): boolean {
  const built = ['taskpane.html', 'taskpane.js', 'engine.worker.js'].map((f) => join(ROOT, 'dist', f));
  if (!built.every(existsSync)) return false;
  const oldest = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return oldest > newest(join(ROOT, 'src'));
}

interface Watched {
  page: Page;
  errors: string[];
}

/** A page whose console errors, page errors and failed local requests are collected. */
async function openPane(context: BrowserContext, url: string): Promise<Watched> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}${e.stack ? ` @ ${e.stack.split('\n').slice(1, 3).join(' ').trim()}` : ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith('http://127.0.0.1')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, errors };
}

/** What the page records during the 100 000-row calculation. */
interface PageProbe {
  __longTasks: { start: number; duration: number }[];
  __stages: { at: number; text: string }[];
}

/** Progress texts (src/taskpane/progress.ts) of the stages while the worker holds the data. */
const ENGINE_STAGES = ['Передача данных вычислителю', 'Распознавание таблицы и расчёт', 'Подготовка листов с результатами', 'Получение результатов'];

/** Each long task with the stage shown when it started. */
function attributeLongTasks(probe: { longTasks: PageProbe['__longTasks']; stages: PageProbe['__stages'] }): { duration: number; stage: string }[] {
  return probe.longTasks.map((t) => {
    const before = probe.stages.filter((st) => st.at <= t.start);
    return { duration: Math.round(t.duration), stage: before.length > 0 ? before[before.length - 1].text : 'до нажатия' };
  });
}

/** Run the steps; on failure, add what the pane shows and the collected errors to the message. */
async function explained(w: Watched, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (e) {
    const shown = await w.page.locator('body').innerText({ timeout: 2000 }).catch(() => '(страница недоступна)');
    (e as Error).message += `\n--- панель ---\n${shown}\n--- ошибки ---\n${w.errors.join('\n') || 'нет'}`;
    throw e;
  }
}

describe('The task pane in Chromium against the Excel stand-in', function () {
  this.timeout(20 * 60_000);
  let browser: Browser | undefined;
  let context: BrowserContext;
  let preview: PreviewServer | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI) throw new Error(`Нет ${CHROMIUM}: установите Chromium (apt-get install -y chromium).`);
      console.warn(`\n  ⚠ Пропуск браузерного теста панели: нет ${CHROMIUM} (установите: apt-get update && apt-get install -y chromium).\n`);
      this.skip();
    }
    await preparePreview({ build: process.env.PANE_REBUILD === '1' || !distIsFresh(), log: (l) => console.log(`    ${l}`), examples: ['roster-diagnostics'] });
    preview = await startPreviewServer(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: 'ru-RU' });
    // Offline: office.js outside Office asks Microsoft's telemetry for an iframe; nothing leaves the machine.
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  });

  after(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('recognises the example, calculates, writes the result sheets and leaves the data as it was', async () => {
    const watched = await openPane(context, preview!.url);
    const { page, errors } = watched;
    await explained(watched, async () => {
      const sheetBox = page.getByRole('checkbox', { name: new RegExp(EXAMPLE_SHEET) });
      await sheetBox.waitFor();
      assert.equal(await sheetBox.isChecked(), true, 'the active sheet is chosen by default');

      // «Распознать»
      await page.getByRole('button', { name: 'Распознать' }).click();
      const recognition = page.getByRole('region', { name: 'Распознанная таблица', exact: true });
      await recognition.waitFor();
      const recognised = await recognition.innerText();
      assert.match(recognised, /матрица показателей/);
      assert.match(recognised, /Найдено: 5 муниципальных образований, 3 критерия, 15 показателей/);
      assert.match(recognised, /г\. Магас и г\. Назрань/);
      assert.match(recognised, /Проблемы в данных \(2\)/);

      // A problem leads to its cell (Enter on the focused button).
      const problem = recognition.getByRole('button', { name: /M8 на листе «Мониторинг РМС»/ });
      await problem.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__standin?.model.selection?.address === 'M8');

      // Threshold validation speaks Russian and keeps focus on the field.
      const target = page.getByRole('textbox', { name: /Целевой уровень/ });
      await target.fill('сто');
      await page.getByRole('button', { name: 'Рассчитать' }).click();
      await page.getByText('Целевой уровень — это число от 0 до 100, например 80.').waitFor();
      assert.equal(await target.evaluate((el) => el === document.activeElement), true);
      await target.fill('80');

      // «Рассчитать»
      const sourceBefore = await page.evaluate(() => JSON.stringify(window.__standin!.model.sheets[0].values));
      await page.getByRole('button', { name: 'Рассчитать' }).click();
      const result = page.getByRole('region', { name: 'Результат', exact: true });
      await result.waitFor({ timeout: 60_000 });

      const sheets = await page.evaluate(() => window.__standin!.model.sheets.map((s) => s.name));
      for (const name of ['Сводная', 'Дефициты', 'Проверка данных']) assert.ok(sheets.includes(name), `sheet «${name}» written: ${sheets.join(', ')}`);
      const sourceAfter = await page.evaluate(() => JSON.stringify(window.__standin!.model.sheets[0].values));
      assert.equal(sourceAfter, sourceBefore, 'the source values are unchanged');

      const text = await result.innerText();
      assert.match(text, /Результаты записаны на листы «Сводная»/);
      assert.match(text, /Группа 1 \(80–100 %\): 3 муниципальных образования — /);
      assert.match(text, /Группа 2 \(50–79 %\): 2 муниципальных образования — /);
      assert.match(text, /Группа 3 \(менее 50 %\): нет/);
      assert.match(text, /2\.7\. Наличие мероприятий по адресной методической поддержке .* — 0 % \(критический уровень 50 %\)/);
      assert.match(text, /Малгобекский район и г\. Малгобек: \d+ дефицит/);
      assert.equal(await page.getByRole('button', { name: 'Пересчитать' }).isEnabled(), true);
      assert.match((await page.locator('footer [role="status"]').textContent()) ?? '', /Расчёт завершён/);

      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      await page.setViewportSize({ width: 360, height: 900 });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // «Пересчитать» replaces the add-in's sheets rather than adding «Сводная (2)».
      const firstId = await page.evaluate(() => window.__standin!.model.sheets.find((s) => s.name === 'Сводная')?.id);
      await page.getByRole('button', { name: 'Пересчитать' }).click();
      await page.waitForFunction(
        (id) => window.__standin!.model.sheets.find((s) => s.name === 'Сводная')?.id !== id && !document.querySelector('main[aria-busy="true"]'),
        firstId,
      );
      const again = await page.evaluate(() => window.__standin!.model.sheets.map((s) => s.name));
      assert.ok(!again.some((n) => /\(\d+\)$/.test(n)), again.join(', '));

      // «Убрать выделение»
      await page.getByRole('button', { name: 'Убрать выделение' }).click();
      await page.getByText(/Выделение снято|Выделения, сделанного надстройкой, в книге нет/).waitFor();

      assert.deepEqual(errors, [], 'no console errors');
    });
    await page.close();
  });

  it('clusters a teacher roster with the k and features the user chose, shows the profiles, and leaves «Справка» out when unticked', async () => {
    const watched = await openPane(context, `${preview!.url}?example=roster-diagnostics`);
    const { page, errors } = watched;
    await explained(watched, async () => {
      const sheetBox = page.getByRole('checkbox', { name: /Диагностика педагогов/ });
      await sheetBox.waitFor({ timeout: 60_000 });
      if (!(await sheetBox.isChecked())) await sheetBox.check();
      await page.getByRole('button', { name: 'Распознать' }).click();
      await page.getByRole('region', { name: 'Распознанная таблица', exact: true }).waitFor({ timeout: 60_000 });

      // The features appear after «Распознать»; untick one, choose 3 clusters, untick «Справка».
      const features = page.getByRole('group', { name: 'Признаки для кластеров' });
      await features.getByRole('checkbox', { name: 'Психолого-педагогические' }).uncheck();
      await page.getByRole('combobox', { name: 'Число кластеров' }).click();
      await page.getByRole('option', { name: '3', exact: true }).click();
      await page.getByRole('checkbox', { name: /Аналитическая справка/ }).uncheck();

      await page.getByRole('button', { name: 'Рассчитать' }).click();
      const result = page.getByRole('region', { name: 'Результат', exact: true });
      await result.waitFor({ timeout: 120_000 });
      const text = await result.innerText();
      assert.match(text, /Молодые педагоги: 371 из 2997 \(12,4\s%\), с наставником: 282 \(76,0\s%\)/);
      assert.match(text, /3 кластера \(задано\) по признакам: Предметные, Методические, Цифровые/);
      assert.match(text, /Кластер 1 — наиболее низкие результаты: [\d\s]+педагог/);
      assert.match(text, /Кластер 3 — наиболее высокие результаты: [\d\s]+педагог/);

      // A profile opens to its centre and actions.
      await result.getByRole('button', { name: /Кластер 1 — наиболее низкие результаты/ }).click();
      await result.getByRole('list', { name: /Рекомендуемые действия: Кластер 1/ }).waitFor();
      assert.match(await result.innerText(), /Центр: Предметные [\d,]+\s%, Методические [\d,]+\s%, Цифровые [\d,]+\s%/);

      const sheets = await page.evaluate(() => window.__standin!.model.sheets.map((s) => s.name));
      for (const name of ['Сводная', 'Кластеры', 'Карта дефицитов']) assert.ok(sheets.includes(name), `sheet «${name}»: ${sheets.join(', ')}`);
      assert.ok(!sheets.includes('Справка'), `no Справка: ${sheets.join(', ')}`);
      assert.match(await page.getByText(/^Последний расчёт:/).innerText(), /кластеров: 3; признаки кластеров: Предметные, Методические, Цифровые; без справки/);

      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'test-results', 'pane-roster.png'), fullPage: true });
      assert.deepEqual(errors, [], 'no console errors');
    });
    await page.close();
  });

  it(`keeps the main thread free of tasks over ${LONG_TASK_MS} ms while calculating ${BIG_ROWS.toLocaleString('ru-RU')} rows`, async function () {
    // One more try when a task runs long: the limit is about the pane's own work, and a shared
    // CI machine once stalled a 60 ms task to 228 ms. Here the run passes with the CPU slowed
    // three times (PANE_CPU_SLOWDOWN=3); a real regression fails both tries.
    this.retries(1);
    const watched = await openPane(context, `${preview!.url}?rows=${BIG_ROWS}`);
    const { page, errors } = watched;
    const cdp = CPU_SLOWDOWN > 1 || PROFILE ? await context.newCDPSession(page) : undefined;
    if (CPU_SLOWDOWN > 1) await cdp!.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    try {
      await explained(watched, async () => {
        const sheetBox = page.getByRole('checkbox', { name: new RegExp(GENERATED_SHEET) });
        await sheetBox.waitFor({ timeout: 120_000 });
        assert.equal(await sheetBox.isChecked(), true);
        await page.evaluate(() => new Promise((r) => setTimeout(r, 500))); // let page start-up settle

        await page.evaluate((limit) => {
          const w = window as unknown as PageProbe;
          w.__longTasks = [];
          w.__stages = [{ at: performance.now(), text: 'до нажатия' }];
          const status = document.querySelector('footer [role="status"]')!;
          new MutationObserver(() => {
            const text = status.textContent ?? '';
            if (text && text !== w.__stages[w.__stages.length - 1].text) w.__stages.push({ at: performance.now(), text });
          }).observe(status, { subtree: true, childList: true, characterData: true });
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (e.duration > limit) w.__longTasks.push({ start: e.startTime, duration: e.duration });
          }).observe({ type: 'longtask' });
        }, Math.min(REPORT_MS, LONG_TASK_MS));

        if (PROFILE) {
          await cdp!.send('Profiler.enable');
          await cdp!.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp!.send('Profiler.start');
        }
        const started = Date.now();
        await page.getByRole('button', { name: 'Рассчитать' }).click();
        const done = page.getByRole('region', { name: 'Результат', exact: true }).or(page.locator('.fui-MessageBar'));
        await done.first().waitFor({ timeout: 18 * 60_000 });
        const seconds = Math.round((Date.now() - started) / 1000);
        if (PROFILE) {
          const { profile } = await cdp!.send('Profiler.stop');
          mkdirSync(join(ROOT, 'test-results'), { recursive: true });
          writeFileSync(join(ROOT, 'test-results', 'pane-big.cpuprofile'), JSON.stringify(profile));
        }
        const failure = await page.locator('.fui-MessageBar').allInnerTexts();
        assert.deepEqual(failure, [], `the calculation failed after ${seconds} s`);
        const sheets = await page.evaluate(() => window.__standin!.model.sheets.map((s) => s.name));
        assert.ok(sheets.includes('Сводная'), sheets.join(', '));

        const probe = await page.evaluate(() => {
          const w = window as unknown as PageProbe;
          return { longTasks: w.__longTasks, stages: w.__stages };
        });
        const reported = attributeLongTasks(probe);
        const tasks = reported.filter((t) => t.duration > LONG_TASK_MS);
        console.log(`    расчёт ${BIG_ROWS} строк: ${seconds} с; этапы: ${probe.stages.map((st) => `${st.text} @${Math.round(st.at)}`).join(' → ')}`);
        console.log(`    задач дольше ${Math.min(REPORT_MS, LONG_TASK_MS)} мс: ${reported.length}${reported.map((t) => `\n      ${t.duration} мс на этапе «${t.stage}»`).join('')}`);
        // The pane's own part first (passing the grid to the worker, the engine, the plan coming back),
        // then the whole run, which includes reading and writing through the adapter and the stand-in.
        const enginePart = tasks.filter((t) => ENGINE_STAGES.some((st) => t.stage.startsWith(st)));
        assert.deepEqual(enginePart, [], 'no long tasks while the worker has the data');
        assert.deepEqual(tasks, [], 'no long tasks on the main thread during the whole calculation');
        assert.deepEqual(errors, [], 'no console errors');
      });
    } finally {
      await page.close(); // before a retry too
    }
  });
});
