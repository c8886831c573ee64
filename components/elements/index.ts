/**
 * The elements that follow the reader's values (and the step checklists), defined by one module
 * (one script, one request): the setup panel that every release page has loads it
 * (components/SetupPanel.astro). The tools (runbook checks, linter, explainer, key pair) come with
 * their own components; what is heavy (the live engine, the linter, the checks, the key generator)
 * loads when a reader needs it.
 */
import './setup-panel.ts';
import './snippet.ts';
import './console-card.ts';
import './sso-form.ts';
import './derived-value.ts';
import './step-list.ts';
