/**
 * A mistake in the command line itself (an unknown option, a missing value, an unknown recipe):
 * `satk` prints the message and exits with code 2, without a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
