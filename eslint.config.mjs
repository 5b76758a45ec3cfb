import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Layers may only import downwards: core → workbook → checks/evaluasi(→tabel)/renja → hosts → front ends.
const layers = [
  'core',
  'workbook',
  'checks',
  'evaluasi',
  'tabel',
  'renja',
  'hosts',
  'functions',
  'taskpane',
  'cli',
];
const below = {
  core: [],
  workbook: ['core'],
  checks: ['core', 'workbook'],
  evaluasi: ['core', 'workbook'],
  // The BAB III tables build on the evaluasi generator's readers and formulas.
  tabel: ['core', 'workbook', 'evaluasi'],
  renja: ['core', 'workbook'],
  hosts: ['core', 'workbook'],
  functions: ['core'],
  taskpane: ['core', 'workbook', 'checks', 'evaluasi', 'tabel', 'renja', 'hosts'],
  cli: ['core', 'workbook', 'checks', 'evaluasi', 'tabel', 'renja', 'hosts', 'functions'],
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
            group: [`**/${other}`, `**/${other}/**`],
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
