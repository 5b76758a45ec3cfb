/**
 * `lkj` command line. Each subcommand lives in its own module under ./commands and is listed
 * here once. Exit codes: 0 ok, 1 errors found, 2 bad usage or unreadable input.
 */
import type { Command } from './command';

const commands: Record<string, () => Promise<{ command: Command }>> = {
  fungsi: () => import('./commands/fungsi'),
  inspect: () => import('./commands/inspect'),
  validate: () => import('./commands/validate'),
  evaluasi: () => import('./commands/evaluasi'),
  demo: () => import('./commands/demo'),
};

function usage(): string {
  const names = Object.keys(commands).sort();
  return `Pemakaian: lkj <perintah> [argumen]\nPerintah: ${names.join(', ')}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : commands[name];
  if (!load) {
    process.stderr.write(`${name ? `Perintah tidak dikenal: ${name}\n` : ''}${usage()}\n`);
    return 2;
  }
  const { command } = await load();
  return command.run(args, { stdout: process.stdout, stderr: process.stderr });
}

// A reader that stops early (`lkj validate … | head`) closes the pipe: not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `Kesalahan tak terduga: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
