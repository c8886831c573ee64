/** Where the guide is served when nothing says otherwise: `npm start` and the browser tests. */
export const DEFAULT_SITE = 'http://127.0.0.1:4321';

/**
 * Where a build of the guide is published, from the build's environment:
 * `OM_OKTA_SITE` (an absolute http(s) origin, default {@link DEFAULT_SITE}) and `OM_OKTA_BASE` (the
 * path under it, default `/`). Astro's `site` and `base` come from here, and so does every absolute
 * URL the build writes (llms.txt, the Markdown pages, og:image, the sitemap) and the docs address
 * the CLI bundle prints.
 */
export interface SiteAddress {
  /** The origin, without a trailing slash: `https://docs.example.org`. */
  site: string;
  /** The path every page sits under, with a slash at both ends: `/okta-sso/`, or `/`. */
  base: string;
  /** Both together, with a trailing slash: `https://docs.example.org/okta-sso/`. */
  url: string;
}

export class SiteAddressError extends Error {}

/**
 * Reads `OM_OKTA_SITE` and `OM_OKTA_BASE`; a value a static host could not serve stops the build
 * with a message naming the variable. A base without its trailing slash gets one (`/okta-sso` is
 * what people type); a site may carry a path only when it is the base's (`https://h/docs/` with no
 * base means base `/docs/`, as Astro reads `site`).
 */
export function siteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  const rawSite = env['OM_OKTA_SITE']?.trim() || DEFAULT_SITE;
  const rawBase = env['OM_OKTA_BASE']?.trim();
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new SiteAddressError(`OM_OKTA_SITE must be an absolute URL such as https://docs.example.org, not "${rawSite}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteAddressError(`OM_OKTA_SITE must be an http or https URL such as https://docs.example.org, not "${rawSite}".`);
  }
  if (url.search || url.hash || rawSite.includes('?') || rawSite.includes('#')) {
    throw new SiteAddressError(`OM_OKTA_SITE must not have a query string or fragment ("${rawSite}"): give the origin, and the path in OM_OKTA_BASE.`);
  }
  if (url.username || url.password) throw new SiteAddressError('OM_OKTA_SITE must not hold a user name or password.');
  const sitePath = url.pathname.replace(/\/+$/, '');
  let base = rawBase === undefined || rawBase === '' ? `${sitePath}/` : rawBase;
  if (!base.startsWith('/')) throw new SiteAddressError(`OM_OKTA_BASE must be a path that starts with a slash, such as /okta-sso/, not "${base}".`);
  if (/[?#\\\s]|\/\/|(^|\/)\.\.?(\/|$)/.test(base) || !/^[\w\-./~%]*$/.test(base)) {
    throw new SiteAddressError(`OM_OKTA_BASE must be a plain path such as /okta-sso/ (letters, digits, - _ . ~ and single slashes), not "${base}".`);
  }
  if (!base.endsWith('/')) base = `${base}/`;
  if (sitePath && `${sitePath}/` !== base) {
    throw new SiteAddressError(`OM_OKTA_SITE has a path (${sitePath}) that is not OM_OKTA_BASE (${base}): give the origin in OM_OKTA_SITE and the path in OM_OKTA_BASE.`);
  }
  return { site: url.origin, base, url: `${url.origin}${base}` };
}

/**
 * The repository the guide is built from (`OM_OKTA_REPOSITORY`, an https URL; the publish workflow
 * sets it): the pages say where to clone `om-okta` from. Undefined when not given.
 */
export function repositoryUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const raw = env['OM_OKTA_REPOSITORY']?.trim();
  if (!raw) return undefined;
  const url = URL.parse(raw);
  if (!url || url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
    throw new SiteAddressError(`OM_OKTA_REPOSITORY must be the repository's https URL, such as https://github.com/acme/okta-sso, not "${raw}".`);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * The base path of the build this module runs in: Vite sets `import.meta.env.BASE_URL` for the
 * build and the browser; the CLI and the unit tests run outside Vite and get `/`.
 */
export const BASE_PATH: string = import.meta.env?.BASE_URL ?? '/';

/**
 * A root path of the guide (`/v2.0/troubleshooting/#x`) as a link of the build at `base`
 * (`/okta-sso/v2.0/troubleshooting/#x`). Anything else (a fragment, a relative or absolute URL)
 * is returned as it is, and so is a path that already starts with the base.
 */
export function withBase(path: string, base: string = BASE_PATH): string {
  if (!path.startsWith('/') || path.startsWith('//') || base === '/') return path;
  if (path === base.slice(0, -1) || path.startsWith(base)) return path;
  return `${base}${path.slice(1)}`;
}

/** A root path of the guide (`/v2.0/`) as the URL readers fetch: `https://docs.example.org/okta-sso/v2.0/`. */
export function absoluteUrl(path: string, address: SiteAddress): string {
  return new URL(withBase(path, address.base), address.site).href;
}

/** The inverse of {@link withBase}: `/okta-sso/v2.0/` -> `/v2.0/`; a path outside the base is undefined. */
export function withoutBase(path: string, base: string = BASE_PATH): string | undefined {
  if (base === '/') return path;
  if (path === base.slice(0, -1)) return '/';
  return path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
}

/** The site's name (Starlight's `title`) and its one-line description. */
export const SITE_TITLE = 'Okta SSO for OpenMetadata';
export const SITE_DESCRIPTION =
  'A runbook that fills in, checks and explains the Okta single sign-on configuration for each OpenMetadata release.';

/** The card link previews show (`og:image`), in public/, rendered by scripts/og-image.ts. */
export const OG_IMAGE = {
  /** Under the site's base (withBase). */
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
