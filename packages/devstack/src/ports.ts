import { createServer } from 'node:net';
import { DevstackError } from './errors.js';

/** Resolves when nothing listens on 127.0.0.1:port; otherwise names the port and its variable. */
export async function assertPortFree(port: number, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      server.close(() => resolve(true)),
    );
  });
  if (!free) {
    throw new DevstackError(
      `Port ${port} is already in use: stop what uses it or set ${variable} to another port.`,
    );
  }
}

/** A port the OS says is free right now (for tests that start their own services). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `probe` resolves true, or fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) {
      return;
    }
    if (Date.now() > deadline) {
      throw new DevstackError(
        `${what} did not become ready within ${Math.round(timeoutMs / 1000)} s.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
