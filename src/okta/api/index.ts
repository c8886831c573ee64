/**
 * The Okta Management API side of the Okta model: the requests that make an org hold it (apply,
 * and --dry-run's list), the reads that check it, and the HTTP client they share (one org, one
 * token, an injectable fetch). Pure TypeScript: no file, terminal or environment access here.
 */
export { applyModel, ApplyFailure, dryRunRequests, DRY_RUN_IDS, findApp, type ApplyOptions, type ApplyResult, type Outcome } from './apply.ts';
export { apiRequest, OPERATIONS, PERMISSION_WORDS, permissionsFor, type ApiRequest, type OperationId } from './endpoints.ts';
export { causeField, OktaApiError, OktaClient, parseOrgUrl, type OktaClientOptions, type OktaErrorKind } from './http.ts';
export { inspectOrg, type Inspection } from './inspect.ts';
export { appBody, type DiffCode, type Difference, type Json, type PublicJwks } from './resources.ts';
