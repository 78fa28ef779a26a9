/** An error the user can act on: printed as one `sidelight: …` line, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2: the command line was wrong; 1: the command ran and failed. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(`${message} (see sidelight --help)`, 2);
}
