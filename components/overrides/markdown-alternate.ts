/**
 * Starlight route middleware: every page of the guide names its Markdown version in its head
 * (`<link rel="alternate" type="text/markdown">`), which the build writes beside the page
 * (scripts/markdown-pages.ts; the path comes from src/markdown/page.ts). The 404 page has none.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { markdownPath } from '../../src/markdown/page.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.id === '404' || context.url.pathname.startsWith('/404')) return;
  route.head.push({ tag: 'link', attrs: { rel: 'alternate', type: 'text/markdown', href: markdownPath(context.url.pathname) } });
});
