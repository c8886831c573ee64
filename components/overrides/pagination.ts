/**
 * Previous/next links that stay inside one release. Starlight computes `route.pagination` from the
 * whole sidebar (every release's group in a row), before our route middleware keeps the current
 * release's group only; so the last page of a release pointed at the next release's overview.
 * Starlight does not export its helper (`getPrevNextLinks`), so this follows it: neighbours in the
 * flattened sidebar, then the page's `prev`/`next` frontmatter applied the way Starlight applies it.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
type Pagination = StarlightRouteData['pagination'];
/** Starlight's frontmatter `prev`/`next`: off, on, a label, or a label and/or link. */
export type PrevNextConfig = boolean | string | { link?: string | undefined; label?: string | undefined } | undefined;

function flatten(entries: readonly SidebarEntry[]): SidebarLink[] {
  return entries.flatMap((entry) => (entry.type === 'group' ? flatten(entry.entries) : [entry]));
}

/** Starlight's applyPrevNextLinkConfig (utils/navigation.ts), for one direction. */
function applyConfig(link: SidebarLink | undefined, paginationEnabled: boolean, config: PrevNextConfig): SidebarLink | undefined {
  if (config === false) return undefined;
  if (config === true) return link;
  if (typeof config === 'string' && link) return { ...link, label: config };
  if (typeof config === 'object') {
    if (link) return { ...link, label: config.label ?? link.label, href: config.link ?? link.href, attrs: {} };
    if (config.link && config.label) return { type: 'link', label: config.label, href: config.link, isCurrent: false, badge: undefined, attrs: {} };
  }
  return paginationEnabled ? link : undefined;
}

/**
 * The pagination of a page inside `releaseEntries` (its release's sidebar group): the release's
 * first page has no previous link and its last page no next link, unless the frontmatter sets one.
 *
 * `starlight` is what Starlight computed over the whole sidebar. The release's pages are a
 * contiguous run of that sidebar, so a neighbour inside the release is a neighbour there too: where
 * Starlight gave no link, pagination is off (site config or frontmatter `false`) and none is added;
 * where it gave one, the link is recomputed inside the release with the same frontmatter.
 * Returns `starlight` unchanged when the current page is not in `releaseEntries`.
 */
export function releasePagination(
  releaseEntries: readonly SidebarEntry[],
  starlight: Pagination,
  frontmatter: { prev?: PrevNextConfig; next?: PrevNextConfig },
): Pagination {
  const links = flatten(releaseEntries);
  const index = links.findIndex((link) => link.isCurrent);
  if (index === -1) return starlight;
  return {
    prev: starlight.prev ? applyConfig(links[index - 1], true, frontmatter.prev) : undefined,
    next: starlight.next ? applyConfig(links[index + 1], true, frontmatter.next) : undefined,
  };
}
