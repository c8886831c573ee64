/**
 * What every release page runs at once: copy/download buttons and step checklists, both light.
 * The live engine (rules, renderers, YAML writer: ./client.ts) loads right away when the reader
 * has values (saved, or in a share link), otherwise when the page is idle or the reader reaches
 * the panel, so a first visit does not wait for it.
 */
import { SHARE_PREFIX, STORAGE_PREFIX } from '../../src/live/form.ts';
import { bindFileButtons } from './file-buttons.ts';
import { bindStepChecklists } from './steps.ts';

bindFileButtons();
const panel = document.querySelector<HTMLElement>('[data-setup-panel]');
if (panel) {
  bindStepChecklists(panel.dataset['release'] ?? '');
  // An edit made before the engine has loaded must survive its start (it would otherwise restore
  // the saved values over what the reader just typed or chose).
  const touched = () => (panel.dataset['touched'] = 'true');
  panel.addEventListener('input', touched, { once: true });
  panel.addEventListener('change', touched, { once: true });
  let loading: Promise<unknown> | undefined;
  const load = () => (loading ??= import('./client.ts'));
  let hasValues = location.hash.startsWith(SHARE_PREFIX);
  try {
    hasValues ||= Object.keys(localStorage).some((key) => key.startsWith(STORAGE_PREFIX));
  } catch {
    // Storage blocked: nothing saved to show.
  }
  if (hasValues) void load();
  else {
    panel.closest('details')?.addEventListener('toggle', load, { once: true });
    panel.addEventListener('focusin', load, { once: true });
    ('requestIdleCallback' in window ? requestIdleCallback : (cb: () => void) => setTimeout(cb, 200))(() => void load());
  }
}
