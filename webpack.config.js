// Builds the task pane (taskpane.html inside Excel, index.html as a plain web page), the custom
// functions with their generated functions.json, and a manifest pointing at LKJ_PUBLIC_URL.
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/** The deployed address, set at build time: `LKJ_PUBLIC_URL=https://kantor.example/lkj/ npm run build`. */
function publicUrl() {
  const url = process.env.LKJ_PUBLIC_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`LKJ_PUBLIC_URL harus https: ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
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
      // Inside Excel: Office.js, then the functions and the pane in one shared runtime.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
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
