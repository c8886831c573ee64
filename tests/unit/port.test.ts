/** The port checks of npm start and the browser tests (scripts/port.ts). */
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortFree, portOption } from '../../scripts/port.ts';

describe('portOption', () => {
  it('reads --port N, --port=N, then PORT', () => {
    expect(portOption(['--port', '4400'], {})).toBe(4400);
    expect(portOption(['--port=4401'], { PORT: '4402' })).toBe(4401);
    expect(portOption([], { PORT: '4402' })).toBe(4402);
    expect(portOption([], {})).toBeUndefined();
  });

  it.each(['0', '65536', 'abc', '44.5', '-1'])('refuses %s, naming the option', (raw) => {
    expect(() => portOption(['--port', raw], {})).toThrow(`--port / PORT must be a port number from 1 to 65535, not "${raw}".`);
  });
});

describe('assertPortFree', () => {
  let held: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (held ? held.close(() => resolve()) : resolve())));

  it('passes on a free port and reports one that another program holds', async () => {
    held = createServer();
    const port = await new Promise<number>((resolve) => held!.listen(0, '127.0.0.1', () => resolve((held!.address() as { port: number }).port)));
    await expect(assertPortFree('127.0.0.1', port, 'Use another.')).rejects.toThrow(`Port ${port} on 127.0.0.1 is held by another program. Use another.`);
    await new Promise<void>((resolve) => held!.close(() => resolve()));
    held = undefined;
    await expect(assertPortFree('127.0.0.1', port, 'Use another.')).resolves.toBeUndefined();
  });
});
