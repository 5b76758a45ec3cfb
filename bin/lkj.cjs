#!/usr/bin/env node
// The `lkj` command: runs the TypeScript sources directly through tsx (no separate CLI build).
// tsx's full loader (CommonJS and ESM hooks), because main.ts loads each subcommand with import().
import('tsx').then(() => require('../src/cli/main.ts'));
