/** How a long use case reports progress: a bar or lines. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * Where a use case writes for people: `say` for progress and problems (stderr in the CLI), `print`
 * for results (stdout). The CLI passes its own (cli/cli-output.ts); tests and scripts may pass
 * another.
 */
export interface Output {
  say(line: string): void;
  print(line: string): void;
  /** A progress reporter; `unit` names what is counted (rows, projects). */
  progress(label: string, unit?: string): Progress;
}
