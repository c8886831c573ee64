/**
 * A compact JWS (header.payload.signature) read without trusting it: the parts are decoded, the
 * signature is kept as bytes for a later check, nothing is verified here. Runs in Node and the
 * browser (atob, TextDecoder, WebCrypto only).
 */

export interface DecodedToken {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** `header.payload` as sent: the bytes the signature covers. */
  signingInput: string;
  signature: Uint8Array<ArrayBuffer>;
}

/** Why a text is not a compact JWS, in words for the reader. */
export class TokenFormatError extends Error {}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function base64UrlToBytes(part: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(part) || part.length % 4 === 1) throw new TokenFormatError('a part holds characters that are not base64url');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (part.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function jsonPart(part: string, name: string): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(part));
  } catch {
    throw new TokenFormatError(`its ${name} is not base64url-encoded UTF-8`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TokenFormatError(`its ${name} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TokenFormatError(`its ${name} is not a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * The token's parts. Accepts what readers copy: surrounding blanks and a leading `Bearer `
 * (an Authorization header's value). Throws TokenFormatError when the text is not a compact JWS.
 */
export function decodeToken(text: string): DecodedToken {
  const token = text.trim().replace(/^Bearer\s+/i, '');
  if (token === '') throw new TokenFormatError('the text is empty');
  const parts = token.split('.');
  if (parts.length === 5) throw new TokenFormatError('it has five parts: an encrypted token (JWE), which cannot be read without its key');
  if (parts.length !== 3) throw new TokenFormatError(`it has ${parts.length} part${parts.length === 1 ? '' : 's'} separated by dots, not three (header.claims.signature)`);
  const [head, payload, signature] = parts as [string, string, string];
  return {
    header: jsonPart(head, 'header'),
    claims: jsonPart(payload, 'claims part'),
    signingInput: `${head}.${payload}`,
    signature: (() => {
      try {
        return base64UrlToBytes(signature);
      } catch {
        throw new TokenFormatError('its signature is not base64url');
      }
    })(),
  };
}
