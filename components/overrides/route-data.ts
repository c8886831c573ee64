/**
 * Starlight route middleware: on a release's pages the sidebar shows that release only (plus the
 * pages outside releases), and the previous/next links stay in that release too; hero links are
 * put under the site's base path.
 * The header's switcher moves between releases.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { releases } from '../../src/releases/index.ts';
import { findCurrentRelease } from '../current-release.ts';
import { releasePagination } from './pagination.ts';
import { withBase } from '../../src/site.ts';

const releaseLabels = new Set(releases.map((release) => release.label));

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Starlight writes a hero's action links (the landing and 404 pages' `link: /latest/`) as given:
  // put them under the site's base path (withBase leaves a link already there alone).
  for (const action of route.entry.data.hero?.actions ?? []) action.link = withBase(action.link);
  const current = findCurrentRelease(context);
  if (!current) return;
  route.sidebar = route.sidebar.filter((entry) => entry.type !== 'group' || !releaseLabels.has(entry.label) || entry.label === current.label);
  const group = route.sidebar.find((entry) => entry.type === 'group' && entry.label === current.label);
  if (group?.type !== 'group') return;
  group.collapsed = false;
  // Starlight computed the previous/next links over every release's group: keep them in this one.
  route.pagination = releasePagination(group.entries, route.pagination, route.entry.data);
});
