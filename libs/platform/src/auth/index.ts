export * from './api-keys.js';
export * from './auth.decorators.js';
export * from './auth-settings.js';
export * from './auth.module.js';
export * from './authenticated-request.js';
export * from './redaction.js';
export * from './scopes.js';
