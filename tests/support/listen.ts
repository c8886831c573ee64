/**
 * How the loopback stand-ins (Okta, OpenMetadata, the CONNECT proxy) listen and stop: on a free
 * port of 127.0.0.1, keeping their connections so that closing ends at once, even with keep-alive
 * connections or open tunnels still there.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface Listening {
  port: number;
  /** Keeps a socket the server did not accept itself (a proxy's upstream), to end it on close. */
  track(socket: Socket): void;
  /** Stops listening and ends every connection. */
  close(): Promise<void>;
}

export async function listenOnLoopback(server: Server): Promise<Listening> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  server.on('connection', track);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    track,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** A loopback port nothing listens on: bound, then released (for "connection refused" cases). */
export async function closedPort(): Promise<number> {
  const listening = await listenOnLoopback(createServer());
  await listening.close();
  return listening.port;
}
