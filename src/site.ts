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
