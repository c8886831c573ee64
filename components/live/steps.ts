/**
 * Runbook checklists: each step of a Starlight `steps` list gets a "Done" box, kept per release
 * and page in localStorage (like the inputs), so a reader who comes back sees where they were.
 */
export function bindStepChecklists(releaseId: string): void {
  const lists = document.querySelectorAll<HTMLOListElement>('.sl-markdown-content .sl-steps');
  lists.forEach((list, listIndex) => {
    const key = `om-okta:steps:${releaseId}:${location.pathname}:${listIndex}`;
    const done = readDone(key);
    const items = [...list.children].filter((el): el is HTMLLIElement => el instanceof HTMLLIElement);
    items.forEach((item, index) => {
      const label = document.createElement('label');
      label.className = 'om-step-done';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = done[index] === true;
      box.dataset['stepIndex'] = String(index);
      label.append(box, ' Done');
      item.classList.toggle('om-step--done', box.checked);
      box.addEventListener('change', () => {
        done[index] = box.checked;
        item.classList.toggle('om-step--done', box.checked);
        try {
          localStorage.setItem(key, JSON.stringify(done));
        } catch {
          // Storage blocked: the tick holds for this visit only.
        }
      });
      item.prepend(label);
    });
  });
}

function readDone(key: string): boolean[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.map((v) => v === true) : [];
  } catch {
    return [];
  }
}
