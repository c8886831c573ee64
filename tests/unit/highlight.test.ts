import { describe, expect, it } from 'vitest';
import { escapeHtml, highlight, highlightToHtml } from '../../src/highlight/highlight.ts';

const samples: [string, string][] = [
  ['dotenv', "# c\nAUTHENTICATION_PUBLIC_KEYS='[\"https://a/v1/keys\"]'\nX=1\n"],
  ['yaml', '# h\na:\n  b: c # note\n  list:\n    - "x: y"\n    - ${SECRET}\n  n: 3\n  t: true\n'],
  ['bash', 'read -rsp "Secret: " S; echo\nkubectl create secret generic s \\\n  --from-literal=k="$S" | kubectl apply -f -\n'],
  ['hcl', '# c\nresource "okta_app_oauth" "x" {\n  label  = "a \\"b\\" $${c}"\n  uris   = ["https://a", "b"]\n  pkce   = true\n  leeway = 30\n  app_id = okta_app_oauth.x.id\n  dynamic "jwks" {\n  }\n}\n'],
  ['text', 'plain <b>&</b>'],
];

describe('highlight', () => {
  it.each(samples)('%s tokens join back to the input exactly', (language, text) => {
    expect(highlight(text, language).map((t) => t.text).join('')).toBe(text);
  });

  it('marks comments, keys, strings and variables', () => {
    const kinds = highlight('  key: ${VAR} # why\n', 'yaml').map((t) => [t.kind ?? '', t.text]);
    expect(kinds).toEqual([['', '  '], ['key', 'key'], ['punct', ':'], ['', ' '], ['variable', '${VAR}'], ['string', ' '], ['comment', '# why'], ['', '\n']]);
  });

  it('gives the same tokens for a line seen before, whatever was done to the tokens given earlier', () => {
    const text = 'a:\n  b: "c"\n  d: ${E}\n';
    const first = highlight(text, 'yaml');
    const expected = structuredClone(first);
    for (const token of first) token.text = 'changed';
    expect(highlight(text, 'yaml')).toEqual(expected);
    // The same line in another language is highlighted for that language.
    expect(highlight('  b: "c"', 'bash')).toEqual(highlight('  b: "c"', 'bash'));
    expect(highlight('  b: "c"', 'bash').map((t) => t.kind ?? '')).not.toEqual(highlight('  b: "c"', 'yaml').map((t) => t.kind ?? ''));
    // Placeholders are marked in the copy, not in what later calls get.
    expect(highlight('k: OKTA_X', 'yaml', ['OKTA_X']).at(-1)).toEqual({ text: 'OKTA_X', kind: 'placeholder' });
    expect(highlight('k: OKTA_X', 'yaml').at(-1)).toEqual({ text: 'OKTA_X', kind: 'string' });
  });

  it('escapes HTML so the text content equals the source', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(highlightToHtml('A=<x>', 'dotenv')).toBe('<span class="tok-key">A</span><span class="tok-punct">=</span><span class="tok-string">&lt;x&gt;</span>');
  });
});
