import net from 'node:net';

export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  /** Cuts every connection and stops listening. */
  close(): Promise<void>;
  /** Keeps connections open (and accepts new ones) but forwards no byte either way: a connection gone silent. */
  silence(): void;
  /** Forwards again, on existing and new connections; what was held back is delivered. */
  heal(): void;
  /** Resets every current connection (the proxy keeps accepting new ones). */
  cut(): void;
}

/**
 * Starts a TCP proxy from a free port on 127.0.0.1 to `targetPort` on 127.0.0.1, for fault tests
 * between a replica and its database. Written by hand on node:net: the faults (silence without
 * closing, then heal) need control over reading each socket, which generic proxy packages do not give.
 */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const connections = new Set<[net.Socket, net.Socket]>();
  let silent = false;

  /** Copies `from` to `to`, pausing `from` while `to` is backed up (and while the proxy is silent). */
  const forward = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk: Buffer) => {
      if (!to.write(chunk)) from.pause();
    });
    to.on('drain', () => {
      if (!silent) from.resume();
    });
    from.on('end', () => to.end());
  };

  const server = net.createServer((client) => {
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort });
    const pair: [net.Socket, net.Socket] = [client, upstream];
    connections.add(pair);
    forward(client, upstream);
    forward(upstream, client);
    if (silent) for (const socket of pair) socket.pause();
    const drop = () => {
      connections.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of pair) socket.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));

  const cut = () => {
    for (const pair of connections) for (const socket of pair) socket.resetAndDestroy();
    connections.clear();
  };
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      cut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
    silence: () => {
      silent = true;
      for (const pair of connections) for (const socket of pair) socket.pause();
    },
    heal: () => {
      silent = false;
      for (const pair of connections) for (const socket of pair) socket.resume();
    },
    cut,
  };
}
