export * from './health.module.js';
export * from './run-service.js';
