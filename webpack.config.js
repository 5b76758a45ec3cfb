// Builds the task pane (taskpane.html inside Excel, index.html as a plain web page), the custom
// functions with their generated functions.json, a manifest pointing at LKJ_PUBLIC_URL, and the
// `lkj` command as one file, dist/cli.js (`--env cli` builds only that).
const path = require('node:path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, sources } = require('webpack');

const DEV_URL = 'https://localhost:3000/';

/** The deployed address, set at build time: `LKJ_PUBLIC_URL=https://kantor.example/lkj/ npm run build`. */
function publicUrl() {
  const url = process.env.LKJ_PUBLIC_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`LKJ_PUBLIC_URL harus https: ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Settings of functions.json the metadata generator cannot write. With allowErrorForDataTypeAny
 * Excel still calls a function when a cell of a range argument holds an error, so the wrapper
 * answers that cell alone (src/functions/wrap.ts); without it one #DIV/0! in E6:E40 replaces the
 * whole column of results. Data types stay off: the functions read numbers and text, which is
 * what Excel passes for a data-type cell without allowCustomDataForDataTypeAny (the wrapper reads
 * data-type values as their basic value all the same). See docs/excel-limits.md.
 */
const FUNCTIONS_METADATA_SETTINGS = {
  allowErrorForDataTypeAny: true,
  allowCustomDataForDataTypeAny: false,
};

/** Adds FUNCTIONS_METADATA_SETTINGS to the functions.json the metadata plugin emitted. */
class FunctionsMetadataSettingsPlugin {
  apply(compiler) {
    const name = 'FunctionsMetadataSettingsPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset('functions.json');
          // Missing when generation failed; the metadata plugin has reported why.
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const json = JSON.stringify({ ...metadata, ...FUNCTIONS_METADATA_SETTINGS }, null, 2);
          compilation.updateAsset('functions.json', new sources.RawSource(json));
        },
      );
    });
  }
}

/** HTTPS for sideloading: Office only loads add-ins over https, with a locally trusted certificate. */
async function devServerHttps() {
  const devCerts = require('office-addin-dev-certs');
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

const CLI_FILE = 'cli.js';

/**
 * The CLI without comments and spaces, in ASCII (`→` escaped), names kept: the source V8 holds is
 * then a quarter of the size (one byte per character), and a validation of the 40k + 40k bench
 * workbook peaks 10-15 MB lower (measured, docs/decisions.md). Names are not mangled and nothing
 * is rewritten, so a stack trace still names our functions.
 */
function cliMinimizer() {
  const MinimizerPlugin = require('minimizer-webpack-plugin');
  return new MinimizerPlugin({
    terserOptions: {
      compress: false,
      mangle: false,
      format: { ascii_only: true, comments: false },
    },
  });
}

/**
 * The command line for Node: one file, so a run starts without compiling anything (tsx took half
 * a second). ExcelJS stays a runtime dependency, required only by the commands that read .xlsx.
 */
function cliConfig(production) {
  return {
    name: 'cli',
    target: 'node20',
    devtool: production ? false : 'source-map',
    entry: './src/cli/main.ts',
    output: { path: path.resolve(__dirname, 'dist'), filename: CLI_FILE, clean: false },
    // fflate's Node build loads worker_threads for its asynchronous API, which lkj never calls
    // (1,7 MB, measured when the bundle ran in the main thread; the worker bin/lkj.cjs starts
    // would load it again for its own isolate); its browser build is the same synchronous code.
    resolve: {
      extensions: ['.ts', '.js'],
      alias: { fflate$: path.resolve(__dirname, 'node_modules/fflate/esm/browser.js') },
    },
    // SheetJS likewise, required only when an .xls is read or copied.
    externals: { exceljs: 'commonjs exceljs', '@e965/xlsx': 'commonjs @e965/xlsx' },
    // Node's own __dirname (dist/), not webpack's stand-in '/': `lkj demo` finds samples/ by it.
    node: { __dirname: false, __filename: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck` and the pane's build; here only emitted.
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    // The subcommands' import() calls stay lazy but live in the one file.
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    optimization: { minimize: production, minimizer: [cliMinimizer()] },
    performance: { hints: false },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  if (env.cli) return cliConfig(production);
  const pane = await paneConfig(env, production);
  return env.WEBPACK_SERVE ? pane : [pane, cliConfig(production)];
};

async function paneConfig(env, production) {
  const url = publicUrl();
  return {
    name: 'pane',
    devtool: production ? false : 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
      'office-wait': './src/taskpane/office-wait.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      // The CLI is built into the same folder by its own compiler.
      clean: { keep: (asset) => asset === CLI_FILE },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // tsconfig.json says noEmit (tsc only type-checks); the loader must emit.
          use: { loader: 'ts-loader', options: { compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new FunctionsMetadataSettingsPlugin(),
      // Inside Excel: Office.js, then the functions and the pane in one shared runtime, loaded
      // by office-wait.js (named in the template) once Office.js is there.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        inject: false,
      }),
      // The same pane as a plain web page: no Office.js, so no request leaves the page.
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/taskpane/index.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          static: { directory: path.resolve(__dirname, 'dist') },
          port: 3000,
          server: await devServerHttps(),
          headers: { 'Access-Control-Allow-Origin': '*' },
        }
      : undefined,
  };
}
