/**
 * A page's Markdoc source with its partials inlined, as the build sees it: the PageTitle override
 * uses it to tell whether a page places the setup panel itself (the 1.x overview does so from a
 * shared body, through `{% partial %}`).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const PARTIAL = /\{%\s*partial\s+file="([^"]+)"\s*\/%\}/g;

export function sourceWithPartials(body: string, filePath: string, depth = 0): string {
  if (depth > 8) return body;
  return body.replace(PARTIAL, (_tag, file: string) => {
    const path = resolve(dirname(filePath), file);
    return sourceWithPartials(readFileSync(path, 'utf8'), path, depth + 1);
  });
}
