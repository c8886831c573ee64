import { escapeHtml } from '../src/highlight/highlight.ts';

/** Escapes text and turns `code` spans into <code>: all the markup the profiles' texts use. */
export function marked(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}
