/**
 * The live engine: what the page's elements need from src/ to check the reader's values and
 * render from them (rules, derived values, their HTML). Loaded on demand by
 * <om-setup-panel> (components/elements/setup-panel.ts), never with the page: the elements
 * themselves stay light and reach these functions through the values the panel publishes. The
 * page's release facts load beside it (src/releases/load.ts), and so do the parts only some pages
 * use: the renderers (src/render/load.ts) and the console steps (src/okta/console-steps.ts).
 */
export { blockedValueHtml, cardBodyHtml, derivedValueHtml, diagnosticHtml, invalidSnippetHtml, snippetBodyHtml } from '../../src/live/html.ts';
export { derivedBlockers, fieldsInError } from '../../src/live/blocked.ts';
export { checkValues } from '../../src/live/state.ts';
export { REHEARSALS, rehearsalValues } from '../../src/live/rehearsal.ts';
export { highlight } from '../../src/highlight/highlight.ts';
export { derive } from '../../src/inputs/derived.ts';
export { renderCheckedWith } from '../../src/render/checked.ts';
