/** Set by global-setup.ts for every test file. */
export const TEST_AUDIENCE =
  process.env['TEST_OIDC_AUDIENCE'] ?? 'api://partner-enrollment-hub-test';
export const TEMPLATE_DATABASE = process.env['TEST_TEMPLATE_DATABASE'] ?? 'hub_test_template';
export const STAFF_TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
