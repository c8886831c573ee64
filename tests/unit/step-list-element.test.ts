// @vitest-environment happy-dom
/** <om-step-list>: a "Done" box per step of a steps list, kept per release, page and list. */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/step-list.ts';
import { mount } from './support/dom.ts';

const LIST = '<om-step-list data-release="1.12"><ol class="sl-steps"><li>One</li><li>Two</li><li>Three</li></ol></om-step-list>';
const boxes = (list: number) => [...document.querySelectorAll('om-step-list')[list]!.querySelectorAll<HTMLInputElement>('.om-step-done input')];

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/v1.12/implicit-flow/');
});

describe('<om-step-list>', () => {
  it('adds a Done box to each step and remembers the ticks of each list', () => {
    mount(LIST + LIST);
    expect(boxes(0)).toHaveLength(3);
    boxes(1)[1]!.checked = true;
    boxes(1)[1]!.dispatchEvent(new Event('change'));
    expect(boxes(1)[1]!.closest('li')!.classList.contains('om-step--done')).toBe(true);
    expect(JSON.parse(localStorage.getItem('om-okta:steps:1.12:/v1.12/implicit-flow/:1')!)).toEqual([null, true]);

    mount(LIST + LIST);
    expect(boxes(0).map((b) => b.checked)).toEqual([false, false, false]);
    expect(boxes(1).map((b) => b.checked)).toEqual([false, true, false]);
    expect(boxes(1)[1]!.closest('li')!.classList.contains('om-step--done')).toBe(true);
  });
});
