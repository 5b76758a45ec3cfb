// Two environments: Node for the engine, jsdom for React components (*.test.tsx).
const common = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  // office-addin-mock imports office-addin-manifest, whose ESM-only dependencies jest cannot load.
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.cjs',
  },
};

module.exports = {
  // The development machines are shared: a test that takes 2 s alone can take 20 s under load.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/test/support/dom-setup.ts'],
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
    },
  ],
};
