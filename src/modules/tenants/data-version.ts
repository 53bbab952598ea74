/**
 * How many data steps this release has (src/modules/configuration/data-steps.ts): the
 * dataVersion of a tenant that has had them all. A tenant provisioned now starts there, since
 * nothing it stores predates this release.
 */
export const DATA_VERSION = 1;
