/**
 * Copy and download buttons of generated files, bound once per page with no dependency on the
 * live engine (they work on the build's placeholder files too).
 */
export function bindFileButtons(): void {
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLElement>('.om-file [data-action]');
    if (!button) return;
    const text = button.closest('figure')?.querySelector('code')?.textContent ?? '';
    if (button.dataset['action'] === 'copy') {
      await flash(button, copyText(text));
    } else if (button.dataset['action'] === 'download' && button instanceof HTMLAnchorElement) {
      // Set just before the browser follows the link; revoked once it has.
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
      button.href = url;
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
  });
  revealDownloads();
}

/** The build hides download links (they need JavaScript); show them. */
export function revealDownloads(): void {
  for (const link of document.querySelectorAll<HTMLElement>('.om-file [data-action="download"][hidden]')) link.hidden = false;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export async function flash(button: HTMLElement, done: Promise<boolean>): Promise<void> {
  const label = button.textContent;
  button.textContent = (await done) ? 'Copied' : 'Copy failed';
  setTimeout(() => (button.textContent = label), 1500);
}

