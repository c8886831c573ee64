/**
 * releasePagination (components/overrides/pagination.ts): previous/next inside the release's
 * sidebar group, with Starlight's frontmatter `prev`/`next` applied as Starlight applies them.
 */
import { describe, expect, test } from 'vitest';
import { releasePagination } from '../../components/overrides/pagination.ts';

const link = (href: string, current = false) => ({ type: 'link' as const, label: href, href, isCurrent: current, badge: undefined, attrs: {} });

/** The v1.12 group as Starlight shapes it (a nested Deployment group), with `current` marked. */
function group(current: string) {
  const l = (href: string) => link(href, href === current);
  return [
    l('/v1.12/'),
    l('/v1.12/okta-account/'),
    { type: 'group' as const, label: 'Deployment', collapsed: false, badge: undefined, entries: [l('/v1.12/deployment/docker/'), l('/v1.12/deployment/kubernetes/')] },
    l('/v1.12/check-config/'),
  ];
}
/** What Starlight computed over the whole sidebar (neighbours in other releases). */
const everywhere = { prev: link('/v1.13/upgrade/'), next: link('/v1.11/') };

describe('releasePagination', () => {
  test("the release's first page has no Previous, its last page no Next", () => {
    expect(releasePagination(group('/v1.12/'), everywhere, {})).toEqual({ prev: undefined, next: link('/v1.12/okta-account/') });
    expect(releasePagination(group('/v1.12/check-config/'), everywhere, {})).toEqual({ prev: link('/v1.12/deployment/kubernetes/'), next: undefined });
  });

  test('neighbours cross nested groups', () => {
    const { prev, next } = releasePagination(group('/v1.12/deployment/docker/'), everywhere, {});
    expect([prev?.href, next?.href]).toEqual(['/v1.12/okta-account/', '/v1.12/deployment/kubernetes/']);
  });

  test('frontmatter: false removes, a string relabels, a link and label is kept even at the end', () => {
    const page = group('/v1.12/check-config/');
    expect(releasePagination(page, everywhere, { prev: false }).prev).toBeUndefined();
    expect(releasePagination(page, everywhere, { prev: 'Back' }).prev).toMatchObject({ href: '/v1.12/deployment/kubernetes/', label: 'Back' });
    expect(releasePagination(page, everywhere, { next: { link: '/releases/', label: 'What changed' } }).next).toMatchObject({ href: '/releases/', label: 'What changed' });
  });

  test('no link where Starlight gave none (pagination off), and unchanged for a page outside the group', () => {
    expect(releasePagination(group('/v1.12/okta-account/'), { prev: undefined, next: undefined }, {})).toEqual({ prev: undefined, next: undefined });
    expect(releasePagination(group('/v1.13/'), everywhere, {})).toBe(everywhere);
  });
});
