/**
 * The sign-in configuration OpenMetadata stores in its database (1.10+, OM#29597, #31786): once
 * saved from Settings > SSO it wins over env vars, openmetadata.yaml and Helm values. These are
 * the commands that show it, replace it and remove it, per way of running OpenMetadata, built
 * from the release profile's `securityConfigOps` (the ops script's subcommands in that release).
 */
import type { ReleaseProfile } from '../releases/types.ts';
import { DOCKER_ENV_FILE } from '../targets/docker.ts';
import { SECURITY_CONFIG_YAML } from '../targets/ui.ts';

export interface SecurityConfigRun {
  target: 'docker' | 'kubernetes' | 'bare-metal';
  title: string;
  /** A bash script: comments say what each step does. */
  script: string;
}

const OPS = './bootstrap/openmetadata-ops.sh';
/** Where the stored configuration is exported inside the server, then read back with cat. */
const EXPORT_PATH = '/tmp/security-config.yaml';
const LOCAL_FILE = 'security-config.yaml';
/** What was stored before a replacement, kept beside the new file. */
const BACKUP_FILE = 'security-config-before.yaml';
/** Where a configuration to store is copied inside the server before update-security-config reads it. */
const IMPORT_PATH = '/tmp/security-config-okta.yaml';

export interface Place {
  target: SecurityConfigRun['target'];
  title: string;
  /** The prefix that runs a command where the server runs (empty: in the OpenMetadata directory). */
  exec: string;
  /** The same, without a terminal, for output redirected to a local file (when it differs). */
  execQuiet?: string;
  /** The same, reading a local file on standard input (when it differs from execQuiet). */
  execStdin?: string;
  restart: string[];
  /** The same, when the files changed too: a Docker restart keeps the container's old variables. */
  restartWithFiles?: string[];
}

export const PLACES: readonly Place[] = [
  {
    target: 'docker',
    title: 'Docker Compose (in the folder of your compose file)',
    exec: 'docker compose exec openmetadata-server ',
    execQuiet: 'docker compose exec -T openmetadata-server ',
    restart: ['docker compose restart openmetadata-server'],
    restartWithFiles: [`docker compose --env-file ${DOCKER_ENV_FILE} up -d`],
  },
  {
    target: 'kubernetes',
    title: 'Kubernetes (the official chart; add --namespace as for helm)',
    exec: 'kubectl exec deployment/openmetadata -- ',
    execStdin: 'kubectl exec -i deployment/openmetadata -- ',
    restart: ['kubectl rollout restart deployment/openmetadata', 'kubectl rollout status deployment/openmetadata'],
  },
  {
    target: 'bare-metal',
    title: 'Bare metal (in the OpenMetadata directory)',
    exec: '',
    restart: ['./bin/openmetadata-server-stop.sh', './bin/openmetadata-server-start.sh conf/openmetadata.yaml'],
  },
];

/** Steps as [why, ...commands], numbered into a script by scriptOf. */
export type Step = [string, ...string[]];

export const scriptOf = (steps: readonly Step[]): string =>
  `${steps.map(([why, ...commands], i) => [`# ${i + 1}. ${why}`, ...commands].join('\n')).join('\n\n')}\n`;

/** Export what the database holds to `localFile`, at one place: none where the release's script cannot. */
function exportSteps(release: ReleaseProfile, place: Place, localFile: string): Step[] {
  if (!release.securityConfigOps?.commands.includes('get-security-config')) return [];
  return [
    [
      'See what the database holds (nothing stored: the files apply).',
      ...(place.exec === ''
        ? [`${OPS} get-security-config -o ${localFile}`]
        : [`${place.exec}${OPS} get-security-config -o ${EXPORT_PATH}`, `${place.execQuiet ?? place.exec}cat ${EXPORT_PATH} > ${localFile}`]),
    ],
  ];
}

/** Export (where the release can) and remove the stored configuration, at one place. */
export function storedConfigSteps(release: ReleaseProfile, place: Place): Step[] {
  if (!release.securityConfigOps) return [];
  return [
    ...exportSteps(release, place, LOCAL_FILE),
    ['Remove it, so that env vars, openmetadata.yaml or Helm values apply again.', `${place.exec}${OPS} remove-security-config --force`],
  ];
}

/**
 * Store the configuration of `om-okta render --target ui` (security-config.yaml) with the ops script,
 * at one place: none where the release's script has no update-security-config (1.10, 1.11: the API
 * or the form instead).
 */
export function replaceSteps(release: ReleaseProfile, place: Place): Step[] {
  if (!release.securityConfigOps?.commands.includes('update-security-config')) return [];
  if (place.exec === '') {
    return [['Store it (it replaces what the database holds; the client secret must be written in the file).', `${OPS} update-security-config -f ${SECURITY_CONFIG_YAML} --force`]];
  }
  return [
    ['Copy it to the server (with the client secret written in the file, for the auth code flow).', `${place.execStdin ?? place.execQuiet ?? place.exec}sh -c 'cat > ${IMPORT_PATH}' < ${SECURITY_CONFIG_YAML}`],
    ['Store it: it replaces what the database holds.', `${place.exec}${OPS} update-security-config -f ${IMPORT_PATH} --force`, `${place.exec}rm ${IMPORT_PATH}`],
  ];
}

/** How to restart every server instance at a place; `filesChanged` when the reader's files changed since the last start. */
export const restartCommands = (place: Place, filesChanged = false): string[] => (filesChanged && place.restartWithFiles) || place.restart;

/**
 * The runs for a release, or none when it stores no sign-in configuration (before 1.10).
 * `filesChanged`: the reader also changed their files (an upgrade), so Docker must recreate the
 * container instead of restarting it. `replace`: store the ui target's security-config.yaml instead
 * of removing what is stored (where the release's ops script has update-security-config).
 */
export function securityConfigCommands(release: ReleaseProfile, { filesChanged = false, replace = false } = {}): SecurityConfigRun[] {
  if (!release.securityConfigOps) return [];
  return PLACES.map((place) => {
    // Replacing: keep what is stored in another file (the way back), then store the new one.
    const replacement = replace ? replaceSteps(release, place) : [];
    const steps: Step[] = [
      ...(replacement.length > 0 ? [...exportSteps(release, place, BACKUP_FILE), ...replacement] : storedConfigSteps(release, place)),
      ['Restart every server instance: each reads the configuration when it starts.', ...restartCommands(place, filesChanged)],
    ];
    return { target: place.target, title: place.title, script: scriptOf(steps) };
  });
}
