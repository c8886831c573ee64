/**
 * The sign-in configuration OpenMetadata stores in its database (1.10+, OM#29597, #31786): once
 * saved from Settings > SSO it wins over env vars, openmetadata.yaml and Helm values. These are
 * the commands that show it, replace it and remove it, per way of running OpenMetadata, built
 * from the release profile's `securityConfigOps` (the ops script's subcommands in that release).
 */
import type { ReleaseProfile } from '../releases/types.ts';
import { DOCKER_ENV_FILE } from '../targets/docker.ts';

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

export interface Place {
  target: SecurityConfigRun['target'];
  title: string;
  /** The prefix that runs a command where the server runs (empty: in the OpenMetadata directory). */
  exec: string;
  /** The same, without a terminal, for output redirected to a local file (when it differs). */
  execQuiet?: string;
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

/** Export (where the release can) and remove the stored configuration, at one place. */
export function storedConfigSteps(release: ReleaseProfile, place: Place): Step[] {
  const ops = release.securityConfigOps;
  if (!ops) return [];
  const steps: Step[] = [];
  if (ops.commands.includes('get-security-config')) {
    steps.push([
      'See what the database holds (nothing stored: the files apply).',
      ...(place.exec === ''
        ? [`${OPS} get-security-config -o ${LOCAL_FILE}`]
        : [`${place.exec}${OPS} get-security-config -o ${EXPORT_PATH}`, `${place.execQuiet ?? place.exec}cat ${EXPORT_PATH} > ${LOCAL_FILE}`]),
    ]);
  }
  steps.push(['Remove it, so that env vars, openmetadata.yaml or Helm values apply again.', `${place.exec}${OPS} remove-security-config --force`]);
  return steps;
}

/** How to restart every server instance at a place; `filesChanged` when the reader's files changed since the last start. */
export const restartCommands = (place: Place, filesChanged = false): string[] => (filesChanged && place.restartWithFiles) || place.restart;

/**
 * The runs for a release, or none when it stores no sign-in configuration (before 1.10).
 * `filesChanged`: the reader also changed their files (an upgrade), so Docker must recreate the
 * container instead of restarting it.
 */
export function securityConfigCommands(release: ReleaseProfile, { filesChanged = false } = {}): SecurityConfigRun[] {
  if (!release.securityConfigOps) return [];
  return PLACES.map((place) => {
    const steps: Step[] = [
      ...storedConfigSteps(release, place),
      ['Restart every server instance: each reads the configuration when it starts.', ...restartCommands(place, filesChanged)],
    ];
    return { target: place.target, title: place.title, script: scriptOf(steps) };
  });
}
