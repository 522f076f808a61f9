export const MEILISEARCH = Symbol('MEILISEARCH');
