/**
 * `npm run preview`: the production build of the pane (dist/) served over http on 127.0.0.1,
 * running against the in-memory Excel stand-in instead of Excel, fully offline:
 * - taskpane.html is served with Microsoft's CDN office.js replaced by the copy shipped in
 *   @microsoft/office-js, followed by the stand-in (out/preview/standin.js) and the workbook
 *   snapshot, so both are in place before the pane's deferred script runs;
 * - the snapshot is examples/matrix-ingushetia.xlsx converted by scripts/workbook-to-json.ts
 *   (into out/preview/), another example with `?example=roster-diagnostics` (any examples/*.xlsx,
 *   converted on first request), or a generated sheet with `?rows=100000`.
 * Builds dist/ first when it is missing (or with --build).
 *
 * Example:
 *   npm run preview                 # → Предпросмотр панели: http://127.0.0.1:3100/taskpane.html
 *   npm run preview -- --port 0     # any free port
 *   npm run preview -- --build      # rebuild dist/ first
 */

import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, normalize, resolve, sep } from 'path';

const ROOT = resolve(__dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'out', 'preview');
const OFFICE_JS = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const EXAMPLES = join(ROOT, 'examples');
const DEFAULT_EXAMPLE = 'matrix-ingushetia';

/** The example named in `?example=` (a file of examples/ without .xlsx), or the default one. */
function exampleName(query: string | null): string {
  const name = (query ?? '').trim();
  return /^[\w.-]+$/.test(name) && existsSync(join(EXAMPLES, `${name}.xlsx`)) ? name : DEFAULT_EXAMPLE;
}

/** The snapshot of an example, converted by scripts/workbook-to-json.ts when missing or older than the workbook. */
function ensureSnapshot(name: string, log: (line: string) => void): string {
  const workbook = join(EXAMPLES, `${name}.xlsx`);
  const snapshot = join(OUT, `${name}.json`);
  if (!existsSync(snapshot) || statSync(snapshot).mtimeMs < statSync(workbook).mtimeMs) {
    log(`Снимок книги ${name}.xlsx для заменителя Excel (scripts/workbook-to-json.ts)…`);
    mkdirSync(OUT, { recursive: true });
    execFileSync('npx', ['tsx', join('scripts', 'workbook-to-json.ts'), workbook, '--out', snapshot], { cwd: ROOT, stdio: 'inherit' });
  }
  return snapshot;
}
const STANDIN_JS = join(OUT, 'standin.js');
/** The office.js tag as html-webpack-plugin emits it (attributes may be unquoted when minified). */
const CDN_OFFICE_TAG = /<script\b[^>]*\bsrc=["']?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js["']?[^>]*><\/script>/;

export const DEFAULT_PORT = 3100;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PreviewServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Make sure dist/ (with the worker), the stand-in bundle and the snapshot exist. */
export async function preparePreview(options: { build?: boolean; log?: (line: string) => void; examples?: string[] } = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.build || !existsSync(join(DIST, 'taskpane.html')) || !existsSync(join(DIST, 'engine.worker.js'))) {
    log('Сборка панели (npm run build)…');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(join(DIST, 'engine.worker.js'))) throw new Error('Сборка не создала dist/engine.worker.js.');
  mkdirSync(OUT, { recursive: true });
  for (const name of [DEFAULT_EXAMPLE, ...(options.examples ?? [])]) ensureSnapshot(name, log);
  await buildStandinBundle(log);
}

/** Bundle scripts/preview/standinPage.ts (the stand-in, for the browser) into out/preview/standin.js. */
async function buildStandinBundle(log: (line: string) => void): Promise<void> {
  log('Сборка заменителя Excel для браузера…');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  const compiler = webpack({
    mode: 'production',
    target: 'web',
    devtool: false,
    entry: join(__dirname, 'preview', 'standinPage.ts'),
    output: { path: OUT, filename: 'standin.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } }],
    },
    performance: { hints: false },
  });
  await new Promise<void>((done, fail) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(`Не удалось собрать заменитель Excel:\n${stats.toString('errors-only')}`));
      done();
    }),
  );
}

/**
 * taskpane.html for the preview: office.js from the local copy; the pane's own scripts are
 * taken out and handed to the stand-in page, which loads them once office.js has initialised
 * and the stand-in is installed (office.js, outside Office, finishes initialising
 * asynchronously and would otherwise trip over a stand-in `Office` installed too early).
 */
export function previewHtml(html: string, example = DEFAULT_EXAMPLE): string {
  if (!CDN_OFFICE_TAG.test(html)) throw new Error('В dist/taskpane.html не найден тег office.js с адресом CDN.');
  const paneScripts: string[] = [];
  const withoutPane = html.replace(/<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*><\/script>/g, (tag: string, src: string) => {
    if (CDN_OFFICE_TAG.test(tag)) return tag;
    paneScripts.push(src);
    return '';
  });
  if (paneScripts.length === 0) throw new Error('В dist/taskpane.html не найден скрипт панели.');
  const attr = paneScripts.join(' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return withoutPane.replace(
    CDN_OFFICE_TAG,
    '<link rel="icon" href="assets/icon-32.png">' +
      '<script src="/office-js/office.js"></script>' +
      `<script src="/preview/snapshot.js?example=${encodeURIComponent(example)}"></script>` +
      `<script src="/preview/standin.js" data-pane-scripts="${attr}"></script>`,
  );
}

/** Start the server on 127.0.0.1 (port 0 = any free port). */
export function startPreviewServer(port = DEFAULT_PORT): Promise<PreviewServer> {
  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (e) {
      send(res, 500, 'text/plain; charset=utf-8', `Ошибка сервера предпросмотра: ${(e as Error).message}`);
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as AddressInfo).port;
      done({
        url: `http://127.0.0.1:${actual}/taskpane.html`,
        port: actual,
        server,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = decodeURIComponent(url.pathname);
  const example = exampleName(url.searchParams.get('example'));
  if (path === '/') {
    res.writeHead(302, { Location: '/taskpane.html' });
    res.end();
    return;
  }
  if (path === '/taskpane.html') {
    send(res, 200, TYPES['.html'], previewHtml(readFileSync(join(DIST, 'taskpane.html'), 'utf8'), example));
    return;
  }
  if (path === '/preview/snapshot.js') {
    const snapshot = ensureSnapshot(example, (line) => console.log(line));
    send(res, 200, TYPES['.js'], `window.__STANDIN_SNAPSHOT__ = ${readFileSync(snapshot, 'utf8')};`);
    return;
  }
  if (path.startsWith('/preview/')) return sendFile(res, OUT, path.slice('/preview/'.length));
  if (path.startsWith('/office-js/')) return sendFile(res, OFFICE_JS, path.slice('/office-js/'.length));
  sendFile(res, DIST, path.slice(1));
}

function sendFile(res: ServerResponse, dir: string, rel: string): void {
  const file = normalize(join(dir, rel));
  if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    send(res, 404, 'text/plain; charset=utf-8', `Не найдено: ${rel}`);
    return;
  }
  send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--port');
  const port = at >= 0 ? Number(argv[at + 1]) : Number(process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Неверный порт: ${argv[at + 1] ?? process.env.PORT}.`);
  await preparePreview({ build: argv.includes('--build') });
  const preview = await startPreviewServer(port);
  console.log(`Предпросмотр панели: ${preview.url}`);
  console.log(`Список педагогов (3000 строк): ${preview.url}?example=roster-diagnostics`);
  console.log(`Большая таблица (100 000 строк): ${preview.url}?rows=100000`);
  console.log('Остановить: Ctrl+C.');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
