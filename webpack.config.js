/**
 * Builds the add-in's web part: taskpane.html + taskpane.js (the React pane), commands.html +
 * commands.js (the ribbon's function file), engine.worker.js (the engine in a Web Worker,
 * written by the pane engineer as src/taskpane/engine.worker.ts), and copies assets/.
 * office.js is NOT bundled: the HTML pages load it from Microsoft's CDN, as Office requires.
 *
 *   npm run build        production build into dist/, prints what the pane loads
 *   npm run dev-server   https://localhost:3000 with the Office dev certificate
 */

const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;
const WORKER = './src/taskpane/engine.worker.ts';
const dist = path.resolve(__dirname, 'dist');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } } },
};

/**
 * Prints, once both compilers of a build are done, the size of what taskpane.html makes the
 * browser load: the page, its scripts and the engine's worker (office.js comes from the CDN
 * and is not counted). One instance is shared by the page and worker configs because they
 * compile in parallel and each sees only its own assets.
 */
class PaneSizePlugin {
  constructor(compilerNames) {
    this.expected = compilerNames;
    this.sizes = new Map();
  }

  apply(compiler) {
    compiler.hooks.done.tap('PaneSizePlugin', (stats) => {
      const json = stats.toJson({ assets: true, entrypoints: true });
      const all = new Map(json.assets.map((a) => [a.name, a.size]));
      const loaded = compiler.name === 'web' ? ['taskpane.html', ...(json.entrypoints.taskpane?.assets ?? []).map((a) => a.name)] : ['engine.worker.js'];
      this.sizes.set(compiler.name, loaded.filter((n) => !n.endsWith('.map') && all.has(n)).map((n) => [n, all.get(n)]));
      if (!this.expected.every((name) => this.sizes.has(name))) return;
      const files = this.expected.flatMap((name) => this.sizes.get(name));
      const total = files.reduce((n, [, size]) => n + size, 0);
      const kb = (n) => `${(n / 1024).toFixed(1)} КБ`;
      console.log(`Панель загружает: ${files.map(([f, size]) => `${f} ${kb(size)}`).join(', ')} — всего ${kb(total)} (office.js — с CDN Microsoft, не входит).`);
    });
  }
}

/**
 * The Office dev certificate for https://localhost:3000. Where the CA cannot be installed
 * (Linux CI without sudo), the generated certificate files are used as they are, with a warning.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const file = (name) => path.join(dir, name);
    if (!fs.existsSync(file('localhost.crt'))) throw e;
    console.warn(`Сертификат разработчика не установлен в систему (${e.message.split('\n')[0]}); используются файлы из ${dir}.`);
    return { ca: fs.readFileSync(file('ca.crt')), cert: fs.readFileSync(file('localhost.crt')), key: fs.readFileSync(file('localhost.key')) };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const common = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-source-map' : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule] },
    performance: { hints: dev ? false : 'warning', maxEntrypointSize: 1_500_000, maxAssetSize: 1_500_000 },
  };

  const hasWorker = fs.existsSync(path.resolve(__dirname, WORKER));
  const size = new PaneSizePlugin(hasWorker ? ['web', 'worker'] : ['web']);

  const web = {
    ...common,
    name: 'web',
    target: 'web',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    // Both configs emit into dist/ at the same time: the page's clean must spare the worker's
    // files, or it deletes engine.worker.js whenever the worker compiler finishes first.
    output: { path: dist, filename: '[name].js', clean: { keep: /^engine\.worker\./ } },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/html/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }] }),
      size,
    ],
    devServer: dev
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: env && env.WEBPACK_SERVE ? await httpsOptions() : {} },
          static: { directory: dist },
        }
      : undefined,
  };

  if (!hasWorker) {
    console.warn(`Нет ${WORKER}: сборка без вычислителя (его пишет автор панели).`);
    return web;
  }
  const worker = {
    ...common,
    name: 'worker',
    target: 'webworker',
    entry: { 'engine.worker': WORKER },
    output: { path: dist, filename: '[name].js', clean: false },
    plugins: [size],
  };
  return [web, worker];
};
