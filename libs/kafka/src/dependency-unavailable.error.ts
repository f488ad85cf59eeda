/**
 * The world is down (broker, Elasticsearch, database, translation backend): the message
 * is fine, so it must neither be committed nor dead-lettered. The consumer waits instead.
 */
export class DependencyUnavailableError extends Error {
  readonly retriable = true;

  constructor(
    readonly dependency: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${dependency} unavailable: ${message}`, options);
    this.name = 'DependencyUnavailableError';
  }
}

export const isDependencyUnavailable = (error: unknown): error is DependencyUnavailableError =>
  error instanceof DependencyUnavailableError;
