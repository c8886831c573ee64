/**
 * Whether a port is free to serve on. The browser tests and `npm start` check before they start a
 * server: a port that another program holds is reported, never taken for the guide.
 */
import { createServer } from 'node:net';

/** Resolves when `host:port` can be listened on; rejects with a message that says what to do. */
export function assertPortFree(host: string, port: number, hint: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'is held by another program' : `cannot be used (${error.code ?? error.message})`;
      reject(new Error(`Port ${port} on ${host} ${reason}. ${hint}`));
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve()));
  });
}

/** A port number from `--port N` / `--port=N` in argv or else PORT; undefined when neither is given. */
export function portOption(argv: readonly string[], env: NodeJS.ProcessEnv): number | undefined {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') raw = argv[++i];
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
  }
  raw ??= env['PORT'];
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) throw new Error(`--port / PORT must be a port number from 1 to 65535, not "${raw}".`);
  return port;
}
