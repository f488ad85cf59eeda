export * from './validate-env.js';
export * from './common-env.js';
export * from './service-config.js';
