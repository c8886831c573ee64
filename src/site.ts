/** Where the guide is served (astro.config.mjs's `site`): the CLI prints docs links against it. */
export const SITE_URL = 'http://127.0.0.1:4321';

/** The site's name (Starlight's `title`) and its one-line description. */
export const SITE_TITLE = 'Okta SSO for OpenMetadata';
export const SITE_DESCRIPTION =
  'A runbook that fills in, checks and explains the Okta single sign-on configuration for each OpenMetadata release.';

/** The card link previews show (`og:image`), in public/, rendered by scripts/og-image.ts. */
export const OG_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  alt: `${SITE_TITLE}: a runbook that fills in and checks the Okta configuration for each OpenMetadata release.`,
} as const;

/**
 * The page at the same path in another release, for the 404 page: `/v1.7/deployment/docker/` ->
 * `/v2.0/deployment/docker/` when `/v2.0/deployment/docker/` is one of `target.pages`.
 *
 * `pathname` is a release page path when its first segment is a release folder (`releaseDirs`),
 * `latest`, or looks like one (`v1.7`, `v9.9`: releases the guide does not cover). Anything else,
 * or a path with no page there, gives undefined. `index.html` and a missing trailing slash are
 * accepted; `target.pages` are URL paths with a trailing slash (`/v2.0/`, `/v2.0/troubleshooting/`).
 */
export function samePageInRelease(
  pathname: string,
  releaseDirs: readonly string[],
  target: { dir: string; pages: readonly string[] },
): string | undefined {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.at(-1) === 'index.html') segments.pop();
  const [first, ...rest] = segments;
  if (first === undefined) return undefined;
  const isRelease = releaseDirs.includes(first) || first === 'latest' || /^v\d+(\.\d+)*$/.test(first);
  if (!isRelease) return undefined;
  const candidate = `/${[target.dir, ...rest].join('/')}/`;
  return target.pages.includes(candidate) ? candidate : undefined;
}
