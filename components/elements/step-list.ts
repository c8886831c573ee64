/**
 * <om-step-list> wraps a Starlight `steps` list of a release page: each step gets a "Done" box,
 * kept per release, page and list in localStorage (like the inputs), so a reader who comes back
 * sees where they were.
 */
import { define } from './define.ts';

export class OmStepList extends HTMLElement {
  connectedCallback(): void {
    const list = this.querySelector('.sl-steps');
    if (!list || list.querySelector('.om-step-done')) return;
    const index = [...document.querySelectorAll('om-step-list')].indexOf(this);
    const key = `om-okta:steps:${this.dataset['release']}:${location.pathname}:${index}`;
    const done = readDone(key);
    [...list.children].filter((el) => el.tagName === 'LI').forEach((item, i) => {
      const label = document.createElement('label');
      label.className = 'om-step-done';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = done[i] === true;
      box.dataset['stepIndex'] = String(i);
      label.append(box, ' Done');
      item.classList.toggle('om-step--done', box.checked);
      box.addEventListener('change', () => {
        done[i] = box.checked;
        item.classList.toggle('om-step--done', box.checked);
        try {
          localStorage.setItem(key, JSON.stringify(done));
        } catch {
          // Storage blocked: the tick holds for this visit only.
        }
      });
      item.prepend(label);
    });
  }
}

function readDone(key: string): boolean[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.map((v) => v === true) : [];
  } catch {
    return [];
  }
}

define('om-step-list', OmStepList);
