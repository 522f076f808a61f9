// `node dist/database/seed-demo.js`: demo data for the embedded stack (`npm start`), loaded
// after the migrations. Idempotent: a second start finds it there and changes nothing. Tests
// never use it; each builds its own data. Development only: it reads the local identity
// provider's personas from @hub/devstack, which production images do not contain.
import { DataSource } from 'typeorm';
import { UserEntity } from '../modules/identity/user.entity.js';
import { dataSourceOptions } from './data-source.js';
import { personas } from '@hub/devstack';

export async function seedDemo(url: string): Promise<number> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const result = await dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(
        personas.map((persona) => ({
          tenantId: persona.tenantId,
          objectId: persona.objectId,
          displayName: persona.name,
          username: persona.username,
        })),
      )
      .orIgnore()
      .updateEntity(false)
      .execute();
    return result.raw ? (result.raw as unknown[]).length : 0;
  } finally {
    await dataSource.destroy();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('DATABASE_URL is missing: set it to the database to load demo data into.');
    process.exit(1);
  }
  seedDemo(url)
    .then((count) =>
      console.log(count > 0 ? `Demo data: added ${count} row(s).` : 'Demo data: already loaded.'),
    )
    .catch((error: unknown) => {
      console.error(
        `Loading demo data failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    });
}
