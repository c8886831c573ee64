/**
 * <om-snippet> wraps the build's `.om-snippet` (the files of one target and flow, with
 * placeholders) and re-renders them from the reader's values; its Copy and Download buttons
 * work from the start, placeholders included.
 */
import type { Flow } from '../../src/inputs/fields.ts';
import type { Target } from '../../src/targets/types.ts';
import { onFileButton, revealDownloads } from '../live/file-buttons.ts';
import { define } from './define.ts';
import { LiveElement, type LiveValues } from '../live/values.ts';

export class OmSnippet extends LiveElement {
  constructor() {
    super();
    this.addEventListener('click', onFileButton);
  }

  render({ engine, renderers, release, forFlow }: LiveValues): string {
    const target = this.box.dataset['snippetTarget'] as Target;
    const flow = this.box.dataset['snippetFlow'] as Flow;
    const result = engine.renderCheckedWith(renderers, target, forFlow(flow), release);
    const live = result.files.length > 0;
    this.box.dataset['state'] = live ? 'live' : 'invalid';
    return live ? engine.snippetBodyHtml(result.files, { target, release: release.id, flow }, 'live') : engine.invalidSnippetHtml(result.diagnostics);
  }

  override placeholders(): void {
    this.box.dataset['state'] = 'placeholder';
    revealDownloads(this);
  }
}

define('om-snippet', OmSnippet);
