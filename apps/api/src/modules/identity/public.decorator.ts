import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'identity:isPublic';

/** Marks a route that needs no sign-in (program data, the directory, health, config). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
