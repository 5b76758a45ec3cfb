/**
 * `npm run bench [-- nama]`: runs every bench/*.bench.ts (each exports `run()`), or only those
 * whose file name contains `nama`. Add a benchmark by adding a file; nothing to register.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checksum } from './harness';

async function main(filter: string | undefined): Promise<void> {
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts') && (!filter || file.includes(filter)))
    .sort();
  for (const file of files) {
    const module = (await import(join(__dirname, file))) as { run(): void | Promise<void> };
    await module.run();
  }
  console.log(`\n(checksum ${checksum()})`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
