// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import markdoc from '@astrojs/markdoc';
import { latestRelease, releases } from './src/releases/index.ts';
import { checkProfiles } from './src/releases/schema.ts';
import { absoluteUrl, OG_IMAGE, SITE_DESCRIPTION, SITE_TITLE, repositoryUrl, siteAddress, withBase } from './src/site.ts';
import markdownPages from './scripts/markdown-pages.ts';

// A profile with a wrong key or a fact without its source stops the build, with the path named.
checkProfiles(releases);

// Where this build is published: OM_OKTA_SITE and OM_OKTA_BASE (README, "Publish the guide").
// A value a static host could not serve stops the build here, with the variable named.
const address = siteAddress(process.env);
// The repository the guide is built from, when the build knows it (OM_OKTA_REPOSITORY): the header links it.
const repository = repositoryUrl(process.env);

export default defineConfig({
  // content/, components/ and src/ sit at the repository root (see the README, "Layout").
  srcDir: '.',
  site: address.site,
  base: address.base,
  // Starlight turns on prefetching of every link (1.1 KB gz of script on every page, and requests
  // for pages the reader only hovers). The pages are static and small; the bytes count against the
  // JavaScript budget of a page with the live engine, which they pushed past 48 KB on 0.12.
  prefetch: false,
  vite: {
    build: {
      // Dynamic imports here load one or two chunks; the preload helper would cost more than it saves.
      modulePreload: false,
      rolldownOptions: {
        // @astrojs/markdoc marks each page module with "use astro:head-inject", which Astro itself
        // consumes; rolldown warns once per page that it cannot keep the directive. Drop only that.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // The landing page links to /latest/, which always leads to the newest release.
  // Astro puts the redirect pages under the base; their targets are written with it.
  redirects: {
    '/latest': withBase(`/${latestRelease.contentDir}/`, address.base),
    '/latest/troubleshooting': withBase(`/${latestRelease.contentDir}/troubleshooting/`, address.base),
  },
  integrations: [
    markdoc(),
    starlight({
      title: SITE_TITLE,
      description: SITE_DESCRIPTION,
      social: repository ? [{ icon: new URL(repository).hostname === 'github.com' ? 'github' : 'external', label: 'Source repository', href: repository }] : [],
      // One sidebar group per release, newest first; the list comes from the release profiles.
      sidebar: [
        ...releases.map((release) => ({
          label: release.label,
          items: [{ autogenerate: { directory: release.contentDir } }],
          collapsed: release !== latestRelease,
        })),
        { label: 'What changed between releases', link: '/releases/' },
      ],
      customCss: ['./styles/runbook.css'],
      // Without JavaScript the pages' buttons (Copy, Download, Run, Check, Explain, Share, Reset)
      // and the search box would do nothing: they are not shown, and each tool says what to do instead.
      head: [
        { tag: 'noscript', content: '<style>.sl-markdown-content button, .om-search__open, .om-setup__share { display: none !important; }</style>' },
        // Starlight sets twitter:card to summary_large_image: the card it shows (scripts/og-image.ts).
        { tag: 'meta', attrs: { property: 'og:image', content: absoluteUrl(OG_IMAGE.path, address) } },
        { tag: 'meta', attrs: { property: 'og:image:width', content: String(OG_IMAGE.width) } },
        { tag: 'meta', attrs: { property: 'og:image:height', content: String(OG_IMAGE.height) } },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: OG_IMAGE.alt } },
      ],
      routeMiddleware: ['./components/overrides/route-data.ts', './components/overrides/markdown-alternate.ts'],
      components: {
        PageTitle: './components/overrides/PageTitle.astro',
        LanguageSelect: './components/overrides/LanguageSelect.astro',
        Search: './components/overrides/Search.astro',
      },
      lastUpdated: false,
      pagination: true,
    }),
    // After the build: a Markdown version of every page, llms.txt and llms-full.txt.
    markdownPages(),
  ],
});
