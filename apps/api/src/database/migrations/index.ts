import { CreateUsers1764000000000 } from './1764000000000-CreateUsers.js';

/** In order. A merged migration is never edited: fix forward with a new one. */
export const migrations = [CreateUsers1764000000000];
