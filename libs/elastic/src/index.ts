export * from './client.js';
export * from './languages.js';
export * from './releases-template.js';
export * from './bootstrap.js';
export * from './release-document.js';
export * from './elastic.module.js';
