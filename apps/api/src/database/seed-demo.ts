// `node dist/database/seed-demo.js`: demo data for the embedded stack (`npm start`), loaded
// after the migrations. Idempotent: a second start finds it there and changes nothing. Tests
// never use it; each builds its own data. Development only: it reads the local identity
// provider's personas from @hub/devstack, which production images do not contain.
import { DataSource } from 'typeorm';
import { UserEntity } from '../modules/identity/user.entity.js';
import { runAsCommand } from './command.js';
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
      .returning(['id'])
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length;
  } finally {
    await dataSource.destroy();
  }
}

runAsCommand(import.meta.url, 'loading demo data', async (url) => {
  const count = await seedDemo(url);
  return count > 0 ? `Demo data: added ${count} row(s).` : 'Demo data: already loaded.';
});
