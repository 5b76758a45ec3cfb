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
  tabel: () => import('./commands/tabel'),
  renja: () => import('./commands/renja'),
  skm: () => import('./commands/skm'),
  demo: () => import('./commands/demo'),
};

/** Every command with its one-line summary; loads them all, so only for help. */
async function usage(): Promise<string> {
  const lines = await Promise.all(
    Object.keys(commands)
      .sort()
      .map(async (name) => `  ${name.padEnd(9)} ${(await commands[name]()).command.summary}`),
  );
  return (
    `Pemakaian: lkj <perintah> [argumen]\nPerintah:\n${lines.join('\n')}\n` +
    'Keterangan tiap perintah: lkj <perintah> --help\n'
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(await usage());
    return 0;
  }
  const load = name === undefined ? undefined : commands[name];
  if (!load) {
    process.stderr.write(`${name ? `Perintah tidak dikenal: ${name}\n` : ''}${await usage()}`);
    return 2;
  }
  const { command } = await load();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.help());
    return 0;
  }
  return command.run(args, { stdout: process.stdout, stderr: process.stderr });
}

// A reader that stops early (`lkj validate … | head`) closes the pipe: not an error of ours. (Run
// by bin/lkj.cjs, this thread's stdout is the worker's and the launcher meets the closed pipe.)
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours: the library's English is for developers (LKJ_DEBUG=1), not for the user.
    const detail = process.env.LKJ_DEBUG
      ? `\n${error instanceof Error ? error.stack : String(error)}`
      : '';
    process.stderr.write(`Kesalahan tak terduga di lkj; tidak ada berkas yang diubah.${detail}\n`);
    process.exitCode = 2;
  },
);
