/** DOM helpers for the custom element tests (happy-dom), with no import of the site's code. */
/**
 * Puts markup in the page the way a browser's parser hands it to the page's module scripts: each
 * element complete with its children when it connects (happy-dom's innerHTML connects a custom
 * element before its children are parsed).
 */
export function mount(html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.replaceChildren(document.importNode(template.content, true));
}

/** Waits until `check` returns something truthy (an element's work after an await), or fails. */
export async function until<T>(check: () => T, what: string, timeoutMs = 5_000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
