import { component, defineMarkdocConfig } from '@astrojs/markdoc/config';
import starlightMarkdoc from '@astrojs/starlight-markdoc';
import { SHOWN_DERIVED } from './src/inputs/derived.ts';
import { FLOWS } from './src/inputs/fields.ts';
import { CONSOLE_STEP_IDS } from './src/okta/console-steps.ts';
import { RELEASE_IDS } from './src/releases/index.ts';
import { TARGETS } from './src/targets/types.ts';


/** Unknown tags and attribute values that do not match fail the build (DESIGN.md). */
export default defineMarkdocConfig({
  extends: [starlightMarkdoc()],
  tags: {
    snippet: {
      render: component('./components/Snippet.astro'),
      selfClosing: true,
      attributes: {
        target: { type: String, required: true, matches: [...TARGETS] },
        flow: { type: String, default: 'implicit', matches: [...FLOWS] },
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
    'release-list': {
      render: component('./components/ReleaseList.astro'),
      selfClosing: true,
      attributes: {},
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
