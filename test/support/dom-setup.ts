// The pane loads its engine with import(); under ts-jest on a busy machine the first load takes
// longer than Testing Library's 1 s default wait, which made findBy* queries flaky.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 15_000 });

// jsdom lays nothing out and has no scrollIntoView: here it does nothing. The real scrolling
// is tested in Chromium (test/browser).
Element.prototype.scrollIntoView = () => {};
