/**
 * Starlight route middleware: on a release's pages the sidebar shows that release only (plus the
 * pages outside releases), so the navigation and the previous/next links stay in one release.
 * The header's switcher moves between releases.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { releases } from '../../src/releases/index.ts';
import { findCurrentRelease } from '../current-release.ts';

const releaseLabels = new Set(releases.map((release) => release.label));

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const current = findCurrentRelease(context);
  if (!current) return;
  route.sidebar = route.sidebar.filter((entry) => entry.type !== 'group' || !releaseLabels.has(entry.label) || entry.label === current.label);
  const group = route.sidebar.find((entry) => entry.type === 'group' && entry.label === current.label);
  if (group?.type === 'group') group.collapsed = false;
});
