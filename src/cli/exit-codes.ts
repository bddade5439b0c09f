/** Exit codes of the CLI (documented in --help): 0 only when the job ran. */
export const EXIT = {
  ok: 0,
  /** An unexpected fault of the program itself. */
  internal: 1,
  /** Bad command-line arguments. */
  usage: 2,
  /** An input file (template, roster, ...) is missing or invalid. */
  badInput: 3,
  /** The output could not be written. */
  output: 4,
  /** It ran and wrote the result, but no agency is ranked: every file was refused or none was given. */
  nothingMerged: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
