/** The command line is wrong; the CLI exits 2 with every problem found (one a line) and a hint. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** Each problem of the command line, in the order of argv. */
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.problems = list;
  }
}
