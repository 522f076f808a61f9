import { rm } from 'node:fs/promises';
import { assertPortFree } from '@hub/devstack';

/** Stops the stack the way a person does (Ctrl-C) and checks it leaves nothing behind. */
export default async function globalTeardown() {
  const started = globalThis.__hubStack;
  if (!started) {
    return;
  }
  const { stack, dataDir, ports } = started;
  const exited = new Promise((resolve) => stack.once('exit', resolve));
  stack.kill('SIGINT');
  let timer;
  const code = await Promise.race([
    exited,
    new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), 20_000))),
  ]);
  clearTimeout(timer);
  if (code === 'timeout') {
    stack.kill('SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true });
  if (code === 'timeout') {
    throw new Error('npm start did not stop within 20 s of Ctrl-C.');
  }
  if (started.output().includes('did not shut down')) {
    throw new Error('The API had to be killed: it did not shut down gracefully on SIGTERM.');
  }
  // Nothing it started may outlive it: every port it used is free again.
  for (const [name, port] of Object.entries(ports)) {
    await assertPortFree(port, name);
  }
}
