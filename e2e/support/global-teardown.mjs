import { rm } from 'node:fs/promises';

/** Stops the stack the way a person does (Ctrl-C) and checks it leaves nothing behind. */
export default async function globalTeardown() {
  const started = globalThis.__hubStack;
  if (!started) {
    return;
  }
  const { stack, dataDir } = started;
  const exited = new Promise((resolve) => stack.once('exit', resolve));
  stack.kill('SIGINT');
  const code = await Promise.race([
    exited,
    new Promise((resolve) => setTimeout(() => resolve('timeout'), 20_000)),
  ]);
  if (code === 'timeout') {
    stack.kill('SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true });
}
