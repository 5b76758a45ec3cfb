// Stand-in for office-addin-manifest under jest (see jest.config.cjs); the real manifest is
// read by test/manifest.test.ts in a Node child process. office-addin-mock reads OfficeApp.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
