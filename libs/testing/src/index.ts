export * from './scraped-release.stub.js';
