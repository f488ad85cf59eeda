export * from './backoff.js';
export * from './dependency-unavailable.error.js';
export * from './event-publisher.js';
export * from './kafka-health.indicator.js';
export * from './kafka.module.js';
export * from './kafka.tokens.js';
export * from './message-processor.js';
export * from './microservice-options.js';
