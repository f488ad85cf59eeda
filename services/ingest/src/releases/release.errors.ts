/**
 * Failures the domain names, each with a stable `code` (e.g. `INGEST.BINARY`): plain classes, so
 * ingesting, the ledger and the CLI know nothing of HTTP. DomainErrorFilter gives each kind its
 * HTTP status, in one place.
 */
export abstract class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** No release can be made of the input: no words, binary data, a bad time zone, markup the parsers choke on. */
export class UnprocessableReleaseError extends DomainError {}

/** The ledger holds no release with that id. */
export class UnknownReleaseError extends DomainError {}

/** A request the domain refuses as asked (e.g. a replay without any filter). */
export class InvalidRequestError extends DomainError {}
