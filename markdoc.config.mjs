import { component, defineMarkdocConfig, nodes } from '@astrojs/markdoc/config';
import starlightMarkdoc from '@astrojs/starlight-markdoc';
import { SHOWN_DERIVED } from './src/inputs/derived.ts';
import { FLOWS } from './src/inputs/fields.ts';
import { CONSOLE_STEP_IDS } from './src/okta/console-steps.ts';
import { RELEASE_IDS } from './src/releases/index.ts';
import { searchTermsAttribute } from './src/rules/search-terms.ts';
import { RULE_IDS } from './src/rules/table.ts';
import { UPGRADE_STAGES } from './src/runbook/upgrade.ts';
import { HELM_FACT_NAMES } from './src/targets/kubernetes.ts';
import { TARGETS } from './src/targets/types.ts';
import { siteAddress, withBase } from './src/site.ts';

const starlightPreset = starlightMarkdoc();
/** Section anchors of the table's ids: `okta-iss-001` -> `OKTA-ISS-001`. */
const RULE_BY_ANCHOR = new Map(RULE_IDS.map((id) => [id.toLowerCase(), id]));
/** The build's base path (OM_OKTA_BASE): root links in the pages, `[x](/v0.12/...)`, are written under it. */
const { base } = siteAddress(process.env);

/** An `href` attribute type: a root link of the guide (`/v0.12/...`) is written under the base path. */
class HrefUnderBase {
  validate(value) {
    return typeof value === 'string' ? [] : [{ id: 'attribute-type-invalid', level: 'error', message: 'href must be a string' }];
  }
  transform(value) {
    return withBase(value, base);
  }
}

/** A tag or node schema whose `href` is a link of the guide: the same, with the href under the base. */
const hrefUnderBase = (schema) => ({ ...schema, attributes: { ...schema.attributes, href: { ...schema.attributes.href, type: HrefUnderBase } } });

/** Unknown tags and attribute values that do not match fail the build (docs/design.md, Principles). */
export default defineMarkdocConfig({
  extends: [starlightPreset],
  nodes: {
    link: hrefUnderBase(nodes.link),
    // `### Title {% #id %}` keeps the space before the annotation. Inside Starlight's inline heading
    // that space sits between the last word and the anchor link's padding, so on a phone the line
    // holding the last word could not wrap and pushed the page wider than the screen.
    heading: {
      ...starlightPreset.nodes.heading,
      transform(node, config) {
        const tag = nodes.heading.transform(node, config);
        const last = tag.children.length - 1;
        if (typeof tag.children[last] === 'string') tag.children[last] = tag.children[last].trimEnd();
        // A rule's section: its id in the forms readers type, and the words they search with, go
        // to the search index (an attribute it reads; the page and its table of contents do not).
        const rule = RULE_BY_ANCHOR.get(tag.attributes.id);
        if (rule) {
          Object.assign(tag.attributes, { 'data-search-terms': searchTermsAttribute(rule), 'data-pagefind-index-attrs': 'data-search-terms', 'data-pagefind-weight': '10' });
        }
        return tag;
      },
    },
  },
  tags: {
    linkcard: hrefUnderBase(starlightPreset.tags.linkcard),
    linkbutton: hrefUnderBase(starlightPreset.tags.linkbutton),
    snippet: {
      render: component('./components/Snippet.astro'),
      selfClosing: true,
      attributes: {
        target: { type: String, required: true, matches: [...TARGETS] },
        flow: { type: String, default: 'implicit', matches: [...FLOWS] },
        // Shown on request (a <details>): its renderer loads when the reader opens it.
        collapsed: { type: String },
      },
    },
    // Both flows as sections, tabs once JavaScript runs (components/FlowTabs.astro).
    'flow-tabs': {
      render: component('./components/FlowTabs.astro'),
      attributes: {},
    },
    'flow-panel': {
      render: component('./components/FlowPanel.astro'),
      attributes: {
        flow: { type: String, required: true, matches: [...FLOWS] },
      },
    },
    'console-card': {
      render: component('./components/ConsoleCard.astro'),
      selfClosing: true,
      attributes: {
        step: { type: String, required: true, matches: [...CONSOLE_STEP_IDS] },
        flow: { type: String, default: 'implicit', matches: [...FLOWS] },
      },
    },
    // OpenMetadata's own Settings > SSO form, field by field, for one flow (components/SsoForm.astro).
    'sso-form': {
      render: component('./components/SsoForm.astro'),
      selfClosing: true,
      attributes: {
        flow: { type: String, default: 'implicit', matches: [...FLOWS] },
      },
    },
    // A card filled in for the example org, framed as an example (no Copy buttons).
    'example-card': {
      render: component('./components/ExampleCard.astro'),
      selfClosing: true,
      attributes: {
        step: { type: String, required: true, matches: [...CONSOLE_STEP_IDS] },
        flow: { type: String, default: 'implicit', matches: [...FLOWS] },
      },
    },
    // What the setup panel computes for the example org, framed as an example.
    'example-values': {
      render: component('./components/ExampleValues.astro'),
      selfClosing: true,
      attributes: {},
    },
    // Starlight's steps, with a "Done" box per step on release pages (components/Steps.astro).
    steps: {
      render: component('./components/Steps.astro'),
      attributes: {},
    },
    // On the 404 page: the newest release's same page, overview, troubleshooting and search.
    'not-found': {
      render: component('./components/NotFoundHelp.astro'),
      selfClosing: true,
      attributes: {},
    },
    'setup-panel': {
      render: component('./components/SetupPanel.astro'),
      selfClosing: true,
      attributes: {},
    },
    release: {
      render: component('./components/ReleaseOnly.astro'),
      attributes: {
        since: { type: String, matches: RELEASE_IDS },
        until: { type: String, matches: RELEASE_IDS },
      },
    },
    'release-name': {
      render: component('./components/ReleaseName.astro'),
      selfClosing: true,
      inline: true,
      attributes: { form: { type: String, default: 'label', matches: ['label', 'id'] } },
    },
    // How to get the om-okta command (from a clone; it is not on the npm registry).
    'cli-install': {
      render: component('./components/CliInstall.astro'),
      selfClosing: true,
      attributes: {},
    },
    'release-list': {
      render: component('./components/ReleaseList.astro'),
      selfClosing: true,
      attributes: {},
    },
    'release-checked': {
      render: component('./components/ReleaseChecked.astro'),
      selfClosing: true,
      attributes: {},
    },
    'security-config': {
      render: component('./components/SecurityConfigOps.astro'),
      selfClosing: true,
      attributes: {
        'files-changed': { type: Boolean, default: false },
        replace: { type: Boolean, default: false },
        // One way of running OpenMetadata only (a deployment page); all of them by default.
        target: { type: String, matches: ['docker', 'kubernetes', 'bare-metal'] },
      },
    },
    'upgrade-runbook': {
      render: component('./components/UpgradeRunbook.astro'),
      selfClosing: true,
      attributes: { stage: { type: String, required: true, matches: [...UPGRADE_STAGES] } },
    },
    'release-changes': {
      render: component('./components/ReleaseChanges.astro'),
      selfClosing: true,
      attributes: {},
    },
    keypair: {
      render: component('./components/KeyPair.astro'),
      selfClosing: true,
      attributes: {},
    },
    screenshot: {
      render: component('./components/Screenshot.astro'),
      selfClosing: true,
      attributes: {
        name: { type: String, required: true, matches: /^[a-z0-9-]+$/ },
        alt: { type: String, required: true },
        'per-release': { type: Boolean, default: false },
      },
    },
    'runbook-check': {
      render: component('./components/RunbookCheck.astro'),
      selfClosing: true,
      attributes: { group: { type: String, required: true, matches: ['okta', 'openmetadata'] } },
    },
    'config-linter': {
      render: component('./components/ConfigLinter.astro'),
      selfClosing: true,
      attributes: {},
    },
    'error-explainer': {
      render: component('./components/ErrorExplainer.astro'),
      selfClosing: true,
      attributes: {},
    },
    'token-check': {
      render: component('./components/TokenCheck.astro'),
      selfClosing: true,
      attributes: {},
    },
    // A name or value of the release's Helm files (the Secret, its keys, the chart, the in-cluster key set).
    'helm-fact': {
      render: component('./components/HelmFact.astro'),
      selfClosing: true,
      inline: true,
      attributes: {
        name: { type: String, required: true, matches: [...HELM_FACT_NAMES] },
      },
    },
    value: {
      render: component('./components/DerivedValue.astro'),
      selfClosing: true,
      inline: true,
      attributes: {
        name: { type: String, required: true, matches: SHOWN_DERIVED.map((d) => d.name) },
      },
    },
  },
});
