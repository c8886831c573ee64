/**
 * An upgrade with a way back, per way of running OpenMetadata: what to keep before the upgrade
 * (the files and a dump of OpenMetadata's database), how to go back to the previous release, and
 * how to get in again when Okta sign-in fails after it.
 *
 * Facts: OpenMetadata's backup guide (docs-om v1.12.x-SNAPSHOT/deployment/backup-restore-metadata.mdx
 * at 3cbae06) recommends mysqldump or pg_dump before every upgrade, run from the compose file's
 * `ingestion` container (which has both clients) against the `mysql` / `postgresql` services with
 * the default credentials openmetadata_user / openmetadata_password and database openmetadata_db,
 * and restores into a new database selected with OM_DATABASE. Its "How does the upgrade work"
 * page says why a new database: the migration changes the schema, and a dump fits only the
 * release that wrote it. The server reads the database name from OM_DATABASE
 * (conf/openmetadata.yaml: `.../${OM_DATABASE:-openmetadata_db}`); the chart from
 * `openmetadata.config.database.databaseName`; the openmetadata-dependencies chart's MySQL is the
 * standalone StatefulSet `mysql` (pod mysql-0, root password `password`, the same user) (HC
 * charts/deps/values.yaml and charts/openmetadata/values.yaml at openmetadata-1.13.1).
 */
import type { ReleaseProfile } from '../releases/types.ts';
import { BARE_METAL_FILE } from '../targets/bare-metal.ts';
import { DOCKER_ENV_FILE } from '../targets/docker.ts';
import { HELM_RELEASE_NAME, helmUpgradeCommand } from '../targets/kubernetes.ts';
import { PLACES, restartCommands, scriptOf, storedConfigSteps, type Place, type SecurityConfigRun, type Step } from './security-config.ts';

export const UPGRADE_STAGES = ['backup', 'rollback', 'way-in'] as const;
export type UpgradeStage = (typeof UPGRADE_STAGES)[number];

export interface UpgradeRun extends SecurityConfigRun {
  stage: UpgradeStage;
}

/** The dump every stage names, and the suffix of the files kept from before the upgrade. */
export const BACKUP_FILE = 'openmetadata-before-upgrade.sql';
const KEPT = '.before-upgrade';
/** The database the dump is loaded into when going back (the old one has the new release's shape). */
export const RESTORE_DATABASE = 'openmetadata_restore';

const MYSQL_USER = '-u openmetadata_user -popenmetadata_password';
const GRANT = `CREATE DATABASE ${RESTORE_DATABASE}; GRANT ALL PRIVILEGES ON ${RESTORE_DATABASE}.* TO 'openmetadata_user'@'%'; FLUSH PRIVILEGES;`;

interface Where {
  /** The files the reader runs the current release with, kept before the upgrade. */
  files: string[];
  backup: Step[];
  /** Stops the new release and loads the dump into the restore database. */
  restore: Step[];
  /** Starts the previous release on the restored database, with the kept files. */
  startPrevious: Step;
  /**
   * Puts back the sign-in settings that worked before the upgrade, and only those: the Okta env
   * file, the Helm values on the new chart line; on bare metal the new release's openmetadata.yaml
   * has settings of its own, so the reader copies the two sign-in blocks across.
   */
  putSignInBack: Step;
}

const whereFor = (release: ReleaseProfile): Record<Place['target'], Where> => ({
  docker: {
    files: [DOCKER_ENV_FILE, 'docker-compose.yml'],
    backup: [
      [
        "Dump OpenMetadata's database. These are the default compose file's services and credentials: use yours.",
        `docker compose exec -T ingestion mysqldump --no-tablespaces ${MYSQL_USER} -h mysql -P 3306 openmetadata_db > ${BACKUP_FILE}`,
        `# With PostgreSQL (docker-compose-postgres.yml), instead: docker compose exec -T -e PGPASSWORD=openmetadata_password ingestion pg_dump -U openmetadata_user -h postgresql -d openmetadata_db > ${BACKUP_FILE}`,
      ],
    ],
    restore: [
      ['Stop the new release (its volumes stay).', 'docker compose stop openmetadata-server'],
      [
        "Load the dump into a new database: the upgrade changed the old one to the new release's shape, which the previous release cannot read.",
        `docker compose exec mysql mysql -u root -ppassword -e "${GRANT}"`,
        `docker compose exec -T mysql mysql ${MYSQL_USER} ${RESTORE_DATABASE} < ${BACKUP_FILE}`,
      ],
    ],
    startPrevious: [
      'Start the previous release on the restored database, with the files you kept, and keep using that database.',
      `cp docker-compose.yml${KEPT} docker-compose.yml`,
      `cp ${DOCKER_ENV_FILE}${KEPT} ${DOCKER_ENV_FILE}`,
      `echo 'OM_DATABASE=${RESTORE_DATABASE}' >> ${DOCKER_ENV_FILE}`,
      `docker compose --env-file ${DOCKER_ENV_FILE} up -d`,
    ],
    putSignInBack: ['Put back the Okta settings that worked before the upgrade.', `cp ${DOCKER_ENV_FILE}${KEPT} ${DOCKER_ENV_FILE}`],
  },
  kubernetes: {
    files: [],
    backup: [
      [
        'Keep the values and the chart version the release runs with now (the CHART column).',
        `helm get values ${HELM_RELEASE_NAME} --output yaml > values${KEPT}.yaml`,
        `helm list --filter '^${HELM_RELEASE_NAME}$'`,
      ],
      [
        "Dump OpenMetadata's database. This is the openmetadata-dependencies chart's MySQL (pod mysql-0) with its default credentials: use yours, or a snapshot of your managed database.",
        `kubectl exec mysql-0 -- mysqldump --no-tablespaces ${MYSQL_USER} openmetadata_db > ${BACKUP_FILE}`,
      ],
    ],
    restore: [
      [
        "Load the dump into a new database: the upgrade changed the old one to the new release's shape, which the previous release cannot read.",
        `kubectl exec mysql-0 -- mysql -u root -ppassword -e "${GRANT}"`,
        `kubectl exec -i mysql-0 -- mysql ${MYSQL_USER} ${RESTORE_DATABASE} < ${BACKUP_FILE}`,
      ],
    ],
    startPrevious: [
      'Install the previous chart version (from helm list above) with the values you kept, on the restored database.',
      `${helmUpgradeCommand(release, `values${KEPT}.yaml`, { version: '"${PREVIOUS_CHART_VERSION:?the chart version you ran before}"' })} --set openmetadata.config.database.databaseName=${RESTORE_DATABASE}`,
      `kubectl rollout status deployment/${HELM_RELEASE_NAME}`,
    ],
    putSignInBack: [
      'Put back the values that worked before the upgrade, on the new chart line.',
      helmUpgradeCommand(release, `values${KEPT}.yaml`),
    ],
  },
  'bare-metal': {
    files: [`conf/${BARE_METAL_FILE}`],
    backup: [
      [
        "Dump OpenMetadata's database (host, user and database as in the database section of conf/openmetadata.yaml; it asks for the password).",
        `mysqldump --no-tablespaces -h localhost -P 3306 -u openmetadata_user -p openmetadata_db > ${BACKUP_FILE}`,
        `# With PostgreSQL, instead: pg_dump -h localhost -U openmetadata_user -d openmetadata_db > ${BACKUP_FILE}`,
      ],
    ],
    restore: [
      ['Stop the new release (in its directory).', './bin/openmetadata-server-stop.sh'],
      [
        "Load the dump into a new database: the upgrade changed the old one to the new release's shape, which the previous release cannot read.",
        `mysql -h localhost -u root -p -e "${GRANT}"`,
        `mysql -h localhost -u openmetadata_user -p ${RESTORE_DATABASE} < ${BACKUP_FILE}`,
      ],
    ],
    startPrevious: [
      "In the previous release's directory: put the kept configuration back and start it on the restored database (keep OM_DATABASE set for every later start).",
      `cp ${BARE_METAL_FILE}${KEPT} conf/${BARE_METAL_FILE}`,
      `OM_DATABASE=${RESTORE_DATABASE} ./bin/openmetadata-server-start.sh conf/${BARE_METAL_FILE}`,
    ],
    putSignInBack: [
      'Copy the authenticationConfiguration and authorizerConfiguration blocks that worked before the upgrade into the new conf/openmetadata.yaml: this shows where they differ.',
      `diff ${BARE_METAL_FILE}${KEPT} conf/${BARE_METAL_FILE}`,
    ],
  },
});

/** `cp a a.before-upgrade` for each kept file (bare metal keeps conf/openmetadata.yaml beside the directory's next release). */
function keepFiles(files: readonly string[]): Step[] {
  if (files.length === 0) return [];
  const copies = files.map((file) => `cp ${file} ${file.split('/').pop()}${KEPT}`);
  return [['Keep the files the current release runs with.', ...copies]];
}

/**
 * The scripts of one stage, per way of running OpenMetadata, for an upgrade to `release`.
 * The way in uses the stored-configuration commands of that release (none before 1.10).
 */
export function upgradeRuns(release: ReleaseProfile, stage: UpgradeStage): UpgradeRun[] {
  const places = whereFor(release);
  return PLACES.map((place) => {
    const where = places[place.target];
    let steps: Step[];
    if (stage === 'backup') steps = [...keepFiles(where.files), ...where.backup];
    else if (stage === 'rollback') steps = [...where.restore, where.startPrevious];
    else steps = [...storedConfigSteps(release, place), where.putSignInBack, ['Restart every server instance with it.', ...restartCommands(place, true)]];
    return { stage, target: place.target, title: place.title, script: scriptOf(steps) };
  });
}
