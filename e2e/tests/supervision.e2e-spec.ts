import { expect, it } from '@jest/globals';
import { waitFor } from '@hub/devstack';
import { baseUrl } from '../support/browser.js';
import { describeWithStack, postgresPid, stackOutput } from '../support/stack.js';

const health = async () => (await fetch(`${baseUrl()}/api/health`)).status;

describeWithStack('npm start, when its embedded PostgreSQL is killed', () => {
  it('says so in one line, restarts it on its port and data, and the API recovers', async () => {
    expect(await health()).toBe(200);
    const before = (await stackOutput()).length;
    const said = async () => (await stackOutput()).slice(before);

    process.kill(await postgresPid(), 'SIGKILL');

    // The API answers 503 while the database is down …
    await waitFor(
      'health to say the database is down',
      async () => (await health()) === 503,
      10_000,
    );
    // … npm start notices, says how it died, restarts it …
    await waitFor(
      'npm start to restart PostgreSQL',
      async () => (await said()).includes('PostgreSQL is running again.'),
      30_000,
    );
    // … and the API recovers by itself, without a restart of its own.
    await waitFor('health to recover', async () => (await health()) === 200, 30_000);

    const lines = (await said())
      .split('\n')
      .filter((line) => /^(PostgreSQL|Meilisearch|The API) /.test(line));
    expect(lines).toEqual([
      expect.stringMatching(
        /^PostgreSQL stopped unexpectedly \(killed by SIGKILL\); restarting in \d+ s$/,
      ),
      'PostgreSQL is running again.',
    ]);
  });
});
