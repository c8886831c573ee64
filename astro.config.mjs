// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import markdoc from '@astrojs/markdoc';
import { latestRelease, releases } from './src/releases/index.ts';
import { checkProfiles } from './src/releases/schema.ts';
import { SITE_URL } from './src/site.ts';

// A profile with a wrong key or a fact without its source stops the build, with the path named.
checkProfiles(releases);

/**
 * Prose that only the server shows, by module: release profiles cite a source for every fact
 * (`source: '...'`), explain their release notes (`text: '...'`), say how exact they are
 * (`checked: '...'`) and what replaces a deprecated setting (`deprecated: '...'`); input fields carry help text
 * (`help: '...'`). Pages and the CLI show them; the browser never does (rules look notes up by id,
 * and the panel's help is in the HTML), so the client bundle drops the strings. It runs before
 * TypeScript is compiled, on the source as written.
 * @returns {import('vite').Plugin}
 */
function serverOnlyProse() {
  const keysByModule = [
    { module: /[\\/]src[\\/]releases[\\/][^\\/]+\.ts$/, keys: 'source|text|checked|deprecated' },
    { module: /[\\/]src[\\/]inputs[\\/]fields\.ts$/, keys: 'help' },
  ];
  return {
    name: 'om-okta:server-only-prose',
    enforce: 'pre',
    transform(code, id, options) {
      const rule = options?.ssr ? undefined : keysByModule.find(({ module }) => module.test(id));
      if (!rule) return null;
      const literal = `(?:'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*"|\`[^\`]*\`)`;
      return code.replace(new RegExp(`\\b(${rule.keys}):\\s*${literal}`, 'g'), "$1: ''");
    },
  };
}

export default defineConfig({
  // content/, components/ and src/ sit at the repository root (see DESIGN.md, Layout).
  srcDir: '.',
  site: SITE_URL,
  vite: {
    plugins: [serverOnlyProse()],
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
  redirects: {
    '/latest': `/${latestRelease.contentDir}/`,
    '/latest/troubleshooting': `/${latestRelease.contentDir}/troubleshooting/`,
  },
  integrations: [
    markdoc(),
    starlight({
      title: 'Okta SSO for OpenMetadata',
      description:
        'A runbook that fills in, checks and explains the Okta single sign-on configuration for each OpenMetadata release.',
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
      routeMiddleware: './components/overrides/route-data.ts',
      components: {
        PageTitle: './components/overrides/PageTitle.astro',
        LanguageSelect: './components/overrides/LanguageSelect.astro',
        Search: './components/overrides/Search.astro',
      },
      lastUpdated: false,
      pagination: true,
    }),
  ],
});
