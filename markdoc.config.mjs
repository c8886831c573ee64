import { component, defineMarkdocConfig } from '@astrojs/markdoc/config';
import starlightMarkdoc from '@astrojs/starlight-markdoc';
import { FLOWS } from './src/inputs/fields.ts';
import { CONSOLE_STEP_IDS } from './src/okta/console-steps.ts';
import { TARGETS } from './src/targets/types.ts';

// The names a `value` tag may show: the derived values of src/inputs/derived.ts.
const DERIVED_NAMES = ['issuer', 'discoveryUrl', 'oktaJwksUrl', 'omJwksUrl', 'redirectUris', 'callbackUrl', 'origin'];

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
    value: {
      render: component('./components/DerivedValue.astro'),
      selfClosing: true,
      inline: true,
      attributes: {
        name: { type: String, required: true, matches: DERIVED_NAMES },
      },
    },
  },
});
