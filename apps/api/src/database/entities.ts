import { UserEntity } from '../modules/identity/user.entity.js';

/** Every entity, listed explicitly (no globs): the data source and the schema-diff test use this. */
export const entities = [UserEntity];
