import { tenants } from '@hub/devstack';

/** Set by global-setup.ts for every test file. */
export const TEST_AUDIENCE =
  process.env['TEST_OIDC_AUDIENCE'] ?? 'api://partner-enrollment-hub-test';
export const TEMPLATE_DATABASE = process.env['TEST_TEMPLATE_DATABASE'] ?? 'hub_test_template';
/** Microsoft's tenant: the staff personas (reviewer, program admin) sign in from it. */
export const STAFF_TENANT_ID = tenants.microsoft.id;
/** A fixed key-encryption key for the tests' bank details (32 bytes, base64). */
export const TEST_DATA_KEY = Buffer.alloc(32, 7).toString('base64');
