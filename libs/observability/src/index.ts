export * from './metrics.registry.js';
export * from './metrics.service.js';
export * from './trace-context.js';
export * from './elasticsearch.instrumentation.js';
export * from './http-client.instrumentation.js';
