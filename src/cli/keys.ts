/**
 * `om-okta keys [--kid ID]`: a new RSA 2048 key pair for the 0.12 Okta service application, as
 * `{ kid, publicJwks, privateJwk }` on standard output (src/keys). Nothing is written to disk.
 */
import { isValidKid, keyPairSet, randomKid } from '../keys/index.ts';
import type { Command } from './types.ts';
import { parse, UsageError } from './options.ts';
import { EXIT } from './output.ts';

export const keys: Command = {
  help: {
    usage: 'om-okta keys [--kid ID]',
    summary: 'Prints a new RSA key pair for the OpenMetadata 0.12 Okta service application.',
    options: { '--kid ID': 'key id (default: a random one)' },
  },
  run: async (args, io) => {
    const { values, positionals } = parse(args, { kid: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const kid = typeof values.kid === 'string' ? values.kid : randomKid();
    if (!isValidKid(kid)) throw new UsageError('--kid must be 1 to 64 letters, digits, dots, dashes or underscores');
    const set = await keyPairSet(kid);
    io.stdout(`${JSON.stringify({ kid: set.kid, publicJwks: set.publicJwks, privateJwk: set.privateJwk }, null, 2)}\n`);
    return EXIT.ok;
  },
};
