// Stand-in for office-addin-manifest under jest (see jest.config.cjs); the real manifest is
// read by test/manifest.test.ts in a Node child process.
module.exports = {};
