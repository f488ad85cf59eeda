import type { Enrichment } from './enrich-release.js';

export const ids = (r: Enrichment) => r.entities.map((e) => e.id);
export const entity = (r: Enrichment, id: string) => r.entities.find((e) => e.id === id);
export const topicCodes = (r: Enrichment) => r.topics.map((t) => t.code);

export const LAVROV = 'local:person:sergey-lavrov';
export const TILLERSON = 'local:person:rex-tillerson';
export const POMPEO = 'local:person:mike-pompeo';
export const WANG_YI = 'local:person:wang-yi';
export const RUBIO = 'local:person:marco-rubio';
export const BARROT = 'local:person:jean-noel-barrot';
export const ALBARES = 'local:person:jose-manuel-albares';
