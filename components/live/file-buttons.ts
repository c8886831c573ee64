/**
 * Clipboard and download helpers for generated files' buttons (used by <om-snippet> and the
 * setup panel); they work on the build's placeholder files too, with no live engine.
 */

/** Handles a click on a file's Copy or Download button inside `event.currentTarget`. */
export async function onFileButton(event: Event): Promise<void> {
  const button = (event.target as Element).closest<HTMLElement>('.om-file [data-action]');
  if (!button) return;
  const text = button.closest('figure')?.querySelector('code')?.textContent ?? '';
  if (button.dataset['action'] === 'copy') {
    await flash(button, copyText(text));
  } else if (button.dataset['action'] === 'download' && button instanceof HTMLAnchorElement) {
    pointAt(button, text);
  }
}

/** Points a download link at `text`; called on its click, just before the browser follows it, and revoked once it has. */
export function pointAt(link: HTMLAnchorElement, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  link.href = url;
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The build hides download links (they need JavaScript); show them. */
export function revealDownloads(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLElement>('.om-file [data-action="download"][hidden]')) link.hidden = false;
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
