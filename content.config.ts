import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/**
 * Page ids (and so URLs) are the file paths, lower-cased, with dots kept: Astro's default slugger
 * drops them, which would turn the release folder `v1.12/` into `/v112/`.
 */
export function pageId(entry: string): string {
  const path = entry
    .replace(/\.(mdoc|mdx|md)$/, '')
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9._/-]/g, '');
  return path === 'index' ? path : path.replace(/\/index$/, '');
}

export const collections = {
  docs: defineCollection({
    loader: docsLoader({ generateId: ({ entry }) => pageId(entry) }),
    schema: docsSchema(),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
