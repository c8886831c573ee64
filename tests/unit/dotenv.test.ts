import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../src/lint/dotenv.ts';

describe('parseEnvFile (docker compose --env-file semantics)', () => {
  it('reads unquoted, single- and double-quoted values with line numbers', () => {
    const { entries, problems } = parseEnvFile("# c\nA=plain # note\nexport B='lit $X #x'\nC=\"two\\nlines ${Y}\"\n\nD=\n");
    expect(problems).toEqual([]);
    expect(entries.map(({ name, value, line, quote, interpolates }) => [name, value, line, quote, interpolates])).toEqual([
      ['A', 'plain', 2, 'none', false],
      ['B', 'lit $X #x', 3, 'single', false],
      ['C', 'two\nlines ${Y}', 4, 'double', true],
      ['D', '', 6, 'none', false],
    ]);
  });

  it('reports lines compose would misread', () => {
    const { problems } = parseEnvFile('OIDC_CALLBACK: ${OIDC_CALLBACK:-"http://localhost:8585/callback"}\nAUTHENTICATION_CLIENT_TYPE= public\nX="open\nnot a line\n');
    expect(problems.map((p) => [p.line, p.kind])).toEqual([
      [1, 'yaml-syntax'],
      [2, 'space-around-equals'],
      [3, 'unterminated-quote'],
      [4, 'no-equals'],
    ]);
  });
});
