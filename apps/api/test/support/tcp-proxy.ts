import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a service (PostgreSQL, Meilisearch), to take it away and bring it
 * back the way an outage does: `down()` refuses new connections and cuts the open ones, as a
 * restart does; `pause()` keeps every connection open and accepts new ones but forwards nothing
 * until `resume()`, as a stopped process (SIGSTOP) or a hung host does; `up()` forwards again.
 */
export type TcpProxy = {
  /** `url` with its host and port replaced by the proxy's. */
  readonly url: string;
  down(): Promise<void>;
  up(): Promise<void>;
  pause(): void;
  resume(): void;
  close(): Promise<void>;
};

type Pair = { readonly client: Socket; upstream?: Socket };

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const pairs = new Set<Pair>();
  let server: Server | undefined;
  let port = 0;
  let paused = false;

  const forward = (pair: Pair) => {
    const upstream = connect(Number(target.port), target.hostname);
    pair.upstream = upstream;
    const { client } = pair;
    upstream.on('close', () => client.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        const pair: Pair = { client };
        pairs.add(pair);
        client.on('close', () => {
          pairs.delete(pair);
          pair.upstream?.destroy();
        });
        client.on('error', () => client.destroy());
        if (!paused) {
          forward(pair);
        }
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as { port: number }).port;
        server = next;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream?.destroy();
      }
      if (!server) {
        resolve();
        return;
      }
      server.close(() => resolve());
      server = undefined;
    });
  const pause = () => {
    paused = true;
    for (const { client, upstream } of pairs) {
      if (upstream) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    }
  };
  const resume = () => {
    paused = false;
    for (const pair of pairs) {
      if (pair.upstream) {
        pair.client.pipe(pair.upstream).pipe(pair.client);
        pair.client.resume();
        pair.upstream.resume();
      } else {
        forward(pair);
      }
    }
  };

  await listen();
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return { url: url.toString(), down: stop, up: listen, pause, resume, close: stop };
}

/** `url` (a database's, say) with its host and port replaced by the proxy's. */
export function viaProxy(proxy: TcpProxy): (url: string) => string {
  return (url) => {
    const address = new URL(url);
    const { port } = new URL(proxy.url);
    address.hostname = '127.0.0.1';
    address.port = port;
    return address.toString();
  };
}
