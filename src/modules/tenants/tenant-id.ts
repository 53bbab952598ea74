/** Tenant ids are short names chosen by operators: they appear in headers and logs. */
const TENANT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const TENANT_ID_RULE = 'a tenant id is 1 to 64 letters, digits, - or _, starting with a letter or digit';

export const isTenantId = (value: string) => TENANT_ID_PATTERN.test(value);
