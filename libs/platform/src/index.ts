export * from './config-error.handler.js';
export * from './health.module.js';
export * from './logger.js';
export * from './observability.module.js';
export * from './run-service.js';
export { Metrics } from '@demarche/observability';
export * from './database-options.js';
export * from './auth/index.js';
export * from './connection-error.js';
