/** Where the guide is served (astro.config.mjs's `site`): the CLI prints docs links against it. */
export const SITE_URL = 'http://127.0.0.1:4321';
