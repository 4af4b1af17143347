import { Foundation1795377451040 } from './1795377451040-Foundation';

/** Every migration, in order. Listed explicitly: a bundler or a glob can drop one silently. */
export const MIGRATIONS = [Foundation1795377451040];
