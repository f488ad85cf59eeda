/**
 * A message that can never be processed, however often it is retried:
 * it goes to the dead-letter topic and the consumer moves on.
 */
export class DeadLetterError extends Error {
  readonly retriable = false;

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DeadLetterError';
  }
}

export const isDeadLetter = (error: unknown): error is DeadLetterError => error instanceof DeadLetterError;
