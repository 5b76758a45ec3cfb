/** A subcommand of `lkj`: takes its arguments and writes to the given streams; returns the exit code. */
export interface Output {
  write(text: string): unknown;
}

export interface Command {
  /** One line for `lkj` without arguments. */
  summary: string;
  /** What `lkj <command> --help` prints: usage and options. */
  help(): string;
  run(args: string[], io: { stdout: Output; stderr: Output }): Promise<number>;
}
