/** Tenant ids are short names chosen by operators: they appear in headers and logs. */
export const TENANT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
