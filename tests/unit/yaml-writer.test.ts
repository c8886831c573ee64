import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isPlainSafe, YamlDoc, yamlInlineValue, yamlScalar } from '../../src/targets/yaml.ts';

/** Reads `text` the way each of the file's possible readers does: YAML 1.1 (the server) and 1.2 (Helm, the metadata CLI). */
function readBoth(text: string): [unknown, unknown] {
  return [parse(text, { version: '1.1' }), parse(text, { version: '1.2' })];
}

// Values that YAML 1.1 or 1.2 would read as something other than the string (booleans, numbers
// in every base, base 60, dates, null) or that break a plain scalar (indicators, comments).
const HOSTILE = [
  'on', 'Off', 'YES', 'n', 'y', '~', 'null', 'NULL', 'true', 'False', '0b101', '0o17', '017', '0x1F', '1_000', '1:20', '-1:20:30', '.5', '1e3',
  '+12', '.inf', '-.INF', '.NaN', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '=', '<<', '-', '?', ':', 'a: b', 'a #b', '#x', '[x]', '{x}', '*x', '&x',
  '!x', '|', '>', "'x'", '"x"', '%x', '@x', '`x', 'x\\', '${HOME}', 'a\nb', 'a\u2028b', 'a\u0085b', '\u0000', '\u007f', '\ufeff', ' x', 'x ', '',
];

describe('YAML writer: every string reads back as itself in YAML 1.1 and 1.2', () => {
  it.each(HOSTILE)('%j', (value) => {
    expect(readBoth(`key: ${yamlScalar(value)}\n`)).toEqual([{ key: value }, { key: value }]);
    expect(readBoth(`- ${yamlScalar(value)}\n`)).toEqual([[value], [value]]);
  });

  it('generated strings (seeded)', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'grapheme-composite' }),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[0-9a-fA-FxXob_:.+\-eE]{1,8}$/),
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 3 }), (parts) => {
        const value = parts.join('');
        const doc = new YamlDoc({ a: { b: value, list: [value] } }).toString();
        expect(readBoth(doc)).toEqual([{ a: { b: value, list: [value] } }, { a: { b: value, list: [value] } }]);
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  it('writes ordinary values plain, as a reader would write them', () => {
    for (const value of ['okta', 'https://dev-123456.okta.com/oauth2/default', '0oa1b2c3d4e5f6g7h8i9', 'jane.doe@example.com', 'org.openmetadata.service.security.JwtFilter']) {
      expect(isPlainSafe(value), value).toBe(true);
    }
    expect(yamlScalar(true)).toBe('true');
    expect(yamlScalar(8585)).toBe('8585');
    expect(() => yamlScalar(Number.NaN)).toThrow();
  });

  it('inline values pasted into the server YAML read back in YAML 1.1', () => {
    for (const value of HOSTILE) expect(parse(`k: ${yamlInlineValue(value)}`, { version: '1.1' })).toEqual({ k: value });
    expect(parse(`k: ${yamlInlineValue(['on', 'a,b', '1:20'])}`, { version: '1.1' })).toEqual({ k: ['on', 'a,b', '1:20'] });
  });
});

describe('YAML writer: documents', () => {
  it('prints block maps and lists, comments by path, and the header', () => {
    const doc = new YamlDoc({ top: { name: 'x', empty: [], none: {}, urls: ['a', 'b'], secret: '${OIDC_CLIENT_SECRET}', key: '${K}' } })
      .header('line one\nline two')
      .commentBefore(['top', 'urls'], 'the urls')
      .commentAfter(['top', 'name'], 'why')
      .singleQuoted(['top', 'key']);
    expect(doc.toString()).toBe(
      [
        '# line one',
        '# line two',
        '',
        'top:',
        '  name: x # why',
        '  empty: []',
        '  none: {}',
        '  # the urls',
        '  urls:',
        '    - a',
        '    - b',
        // A whole-value substitution stays as is: whoever sets the variable quotes its value.
        '  secret: ${OIDC_CLIENT_SECRET}',
        "  key: '${K}'",
        '',
      ].join('\n'),
    );
  });

  it('refuses comments that would end the line, and paths that do not exist', () => {
    expect(() => new YamlDoc({ a: 'x' }).commentAfter(['a'], 'one\ntwo').toString()).toThrow(/line break/);
    expect(() => new YamlDoc({ a: 'x' }).commentBefore(['b'], 'x')).toThrow(/no key b/);
    expect(() => new YamlDoc({ a: { b: 'x' } }).commentAfter(['a'], 'x')).toThrow(/not a scalar/);
  });
});
