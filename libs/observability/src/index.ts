export * from './metrics.registry.js';
export * from './metrics.service.js';
export * from './tracing.js';
export * from './trace-context.js';
export * from './kafka.tracing.js';
export * from './http-server.tracing.js';
export * from './elasticsearch.instrumentation.js';
export * from './http-client.instrumentation.js';
