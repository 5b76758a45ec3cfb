// Builds the task pane (taskpane.html inside Excel, index.html as a plain web page), the custom
// functions with their generated functions.json, and a manifest pointing at LKJ_PUBLIC_URL.
const path = require('node:path');
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

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const url = publicUrl();
  return {
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
      clean: true,
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
};
