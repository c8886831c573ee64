/**
 * The site for AI assistants and terminals: after `astro build`, every page of dist/ gets a
 * Markdown version beside it (`/v1.12/deployment/docker/` -> `/v1.12/deployment/docker/index.md`),
 * written by the converter the "Copy page as Markdown" button uses (src/markdown/page.ts) from the
 * built HTML, so the files hold the placeholders the static pages show. Then `/llms.txt` (the
 * llmstxt.org index: one section per release, newest first) and `/llms-full.txt` (every page's
 * Markdown, one after the other).
 *
 * Runs as an Astro integration (`astro:build:done`, added in astro.config.mjs), or by hand:
 * `node scripts/markdown-pages.ts [distDir]`. Every URL it writes is under the build's address
 * (OM_OKTA_SITE and OM_OKTA_BASE, src/site.ts): dist/ holds the files of the base path.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Window } from 'happy-dom';
import { listHtmlFiles, pageUrlFor } from './check-links.ts';
import { markdownPath, pageToMarkdown, type MarkdownElement } from '../src/markdown/page.ts';
import { releaseForPath, releases } from '../src/releases/index.ts';
import { absoluteUrl, SITE_TITLE, siteAddress, withoutBase, type SiteAddress } from '../src/site.ts';

export interface MarkdownPage {
  /** The page's path in dist/, e.g. `/v1.12/deployment/docker/` (its URL has the base path in front). */
  path: string;
  /** Its Markdown version's path in dist/, e.g. `/v1.12/deployment/docker/index.md`. */
  markdownPath: string;
  title: string;
  description: string;
  /** The release's content folder (`v1.12`), or undefined for pages outside releases. */
  release: string | undefined;
  markdown: string;
  /** The page's sidebar links in order (URL paths): the order of the pages in llms.txt. */
  sidebar: string[];
}

/** A window to parse pages in: it runs and loads nothing. */
export const parserWindow = (): Window =>
  new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });

/**
 * A built page as Markdown (undefined for what is not a page of the guide: redirects, the 404
 * page). The title is Starlight's `<h1>` (the hero's on the landing page), the description the
 * page's meta description.
 */
export function markdownOfHtml(html: string, path: string, address: SiteAddress, window: Window = parserWindow()): MarkdownPage | undefined {
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const root = document.querySelector('.sl-markdown-content');
  if (!root || path === '/404.html') return undefined;
  const title = (document.querySelector('h1')?.textContent ?? document.title).trim();
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
  const markdown = pageToMarkdown(root as unknown as MarkdownElement, { title, description, pageUrl: absoluteUrl(path, address) });
  // The sidebar's links carry the base path; the pages are compared by their paths in dist/.
  const sidebar = [...document.querySelectorAll('nav[aria-label="Main"] a[href]')].map((a) => withoutBase(a.getAttribute('href') ?? '', address.base) ?? '');
  const release = releaseForPath(path)?.contentDir;
  return { path, markdownPath: markdownPath(path), title, description, release, markdown, sidebar };
}

/** Writes `index.md` beside every page of distDir, then llms.txt and llms-full.txt; returns the pages. */
export function writeMarkdownPages(distDir: string, address: SiteAddress = siteAddress(process.env)): MarkdownPage[] {
  const pages: MarkdownPage[] = [];
  const window = parserWindow();
  for (const file of listHtmlFiles(distDir)) {
    const rel = relative(distDir, file).split(sep).join('/');
    if (rel.startsWith('pagefind/')) continue;
    const page = markdownOfHtml(readFileSync(file, 'utf8'), pageUrlFor(distDir, file), address, window);
    if (!page) continue;
    writeFileSync(join(distDir, page.markdownPath), page.markdown);
    pages.push(page);
  }
  void window.happyDOM.close();
  const landing = pages.find((p) => p.path === '/');
  const siteName = landing?.title ?? SITE_TITLE;
  writeFileSync(join(distDir, 'llms.txt'), llmsTxt(pages, { name: siteName, summary: landing?.description ?? '' }, address));
  writeFileSync(join(distDir, 'llms-full.txt'), llmsFullTxt(pages, address));
  return pages;
}

/** The pages in reading order: outside releases first, then each release newest first, in its sidebar's order. */
export function orderedSections(pages: readonly MarkdownPage[]): { label: string; pages: MarkdownPage[] }[] {
  const inOrder = (list: MarkdownPage[]) => {
    const sidebar = list.find((p) => p.sidebar.length > 0)?.sidebar ?? [];
    const rank = (p: MarkdownPage) => {
      if (p.path === '/') return -1;
      const at = sidebar.indexOf(p.path);
      return at < 0 ? Number.MAX_SAFE_INTEGER : at;
    };
    return [...list].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  };
  const sections = [{ label: 'Start here', pages: inOrder(pages.filter((p) => p.release === undefined)) }];
  for (const release of releases) {
    const list = pages.filter((p) => p.release === release.contentDir);
    if (list.length > 0) sections.push({ label: release === releases[0] ? `${release.label} (latest)` : release.label, pages: inOrder(list) });
  }
  return sections.filter((s) => s.pages.length > 0);
}

/** llmstxt.org: `# name`, `> summary`, then one section per release, each a list of `- [title](url): description`. */
export function llmsTxt(pages: readonly MarkdownPage[], site: { name: string; summary: string }, address: SiteAddress): string {
  const line = (p: MarkdownPage) => `- [${p.title}](${absoluteUrl(p.markdownPath, address)})${p.description ? `: ${p.description}` : ''}`;
  const out = [
    `# ${site.name}`,
    '',
    `> ${site.summary}`,
    '',
    'Every page of the guide is also served as Markdown: add `index.md` to its URL (the links below). ' +
      'Generated files show placeholders (`OKTA_DOMAIN`, `OKTA_CLIENT_ID`, `OPENMETADATA_HOST`, ...) to replace with your values; ' +
      'the `om-okta` command renders them filled in. All pages in one file: ' +
      `${absoluteUrl('/llms-full.txt', address)}.`,
  ];
  for (const section of orderedSections(pages)) out.push('', `## ${section.label}`, '', ...section.pages.map(line));
  return `${out.join('\n')}\n`;
}

/** Every page's Markdown in llms.txt's order, each after its URL. */
export function llmsFullTxt(pages: readonly MarkdownPage[], address: SiteAddress): string {
  return orderedSections(pages)
    .flatMap((s) => s.pages)
    .map((p) => `<!-- ${absoluteUrl(p.path, address)} -->\n\n${p.markdown}`)
    .join('\n---\n\n');
}

/** The Astro integration: Markdown pages and llms.txt once the build has written dist/. */
export default function markdownPages(): AstroIntegration {
  return {
    name: 'om-markdown-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = writeMarkdownPages(fileURLToPath(dir));
        logger.info(`${pages.length} Markdown pages, llms.txt and llms-full.txt written`);
      },
    },
  };
}

if (import.meta.main) {
  const distDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  console.log(`${writeMarkdownPages(distDir).length} Markdown pages written to ${distDir}`);
}
