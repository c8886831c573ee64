/**
 * What the setup panel says when values brought to a release were changed to fit it
 * (src/live/form.ts, fitToRelease): loaded only then, so no other page carries the words.
 */
export function carryOverNotice(release: { label: string }, from: string | undefined, moved: { clientIdDropped: boolean }): string {
  const source = from ? `Your values came from ${from} with the auth code flow.` : 'These values use the auth code flow.';
  return (
    `${source} ${release.label} has no confidential client: it signs in with the implicit flow and an Okta ` +
    `Single-Page Application, so the flow is now implicit` +
    `${moved.clientIdDropped ? ', and the client ID of your Web Application was not carried over' : ''}. ` +
    `Create a Single-Page Application in Okta (this release's Okta pages show how) and enter its client ID. ` +
    `Your Web Application stays as it is for the releases that use it.`
  );
}
