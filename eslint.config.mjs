import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Layers may only import downwards: core → workbook (input model, detection) → facts (what the
// workbook says, answered once) → sheetgen (the generator framework) → checks and the generators
// (none imports another; the report sheet reads the checks' findings) → hosts → front ends.
const generators = ['evaluasi', 'tabel', 'renja', 'skm', 'laporan'];
const layers = [
  'core',
  'workbook',
  'facts',
  'sheetgen',
  'checks',
  ...generators,
  'hosts',
  'functions',
  'taskpane',
  'cli',
];
const model = ['core', 'workbook', 'facts', 'sheetgen'];
const below = {
  core: [],
  workbook: ['core'],
  facts: ['core', 'workbook'],
  sheetgen: ['core', 'workbook', 'facts'],
  checks: ['core', 'workbook', 'facts'],
  evaluasi: model,
  tabel: model,
  renja: model,
  skm: model,
  laporan: [...model, 'checks'],
  hosts: ['core', 'workbook', 'sheetgen'],
  functions: ['core'],
  taskpane: [...model, 'checks', ...generators, 'hosts'],
  cli: [...model, 'checks', ...generators, 'hosts', 'functions'],
};
const layerRules = layers.map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: layers
          .filter((other) => other !== layer && !below[layer].includes(other))
          .map((other) => ({
            // A module of a lower layer may share a generator's name (core/skm.ts, facts/skm.ts
            // beside the skm generator): a sibling import or one into those layers is no layer's.
            group: [
              `**/${other}`,
              `**/${other}/**`,
              `!./${other}`,
              ...model.map((lower) => `!**/${lower}/${other}`),
            ],
            message: `Lapisan ${layer} tidak boleh mengimpor ${other} (arah impor hanya ke bawah).`,
          })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', 'samples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs', 'webpack.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...layerRules,
  prettier,
);
