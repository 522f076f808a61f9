/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const script = fileURLToPath(new URL('../scripts/generate-api-types.mjs', import.meta.url));

describe('src/api-types.ts', () => {
  // npm test builds the API first (turbo.json: @hub/web#test depends on @hub/api#build).
  it('is what the current API generates', () => {
    const check = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    if (check.status !== 0) {
      throw new Error(check.stderr.trim() || `generate-api-types --check exited ${check.status}`);
    }
    expect(check.status).toBe(0);
  });
});
