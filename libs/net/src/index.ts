export { isPublicAddress } from './address-policy.js';
export { FetchError } from './fetch.error.js';
export { checkUrlSyntax, checkUrlTarget, guardedFetch, guardedLookup, guardedRequest, type FetchOptions, type FetchResult } from './guarded-fetch.js';
export { rejectPrototypeKeys } from './safe-json.js';
