#!/usr/bin/env node
// The `lkj` command: runs the TypeScript sources directly through tsx (no separate CLI build).
require('tsx/cjs');
require('../src/cli/main.ts');
