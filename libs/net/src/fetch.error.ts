/** Why an outbound fetch was refused or failed; `code` is what a source's health shows. */
export class FetchError extends Error {
  constructor(
    readonly code:
      | 'FETCH.BAD_URL'
      | 'FETCH.SCHEME'
      | 'FETCH.BLOCKED_ADDRESS'
      | 'FETCH.DNS'
      | 'FETCH.TOO_MANY_REDIRECTS'
      | 'FETCH.TOO_LARGE'
      | 'FETCH.ENCODING'
      | 'FETCH.TIMEOUT'
      | 'FETCH.HTTP'
      | 'FETCH.NETWORK'
      | 'FETCH.ROBOTS',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}
