export { decidePurchase, type PurchaseAllowed, type PurchaseQuestion } from './restrictions.js';
export {
  decideCspTenantDesignation,
  decideCustomerRegistration,
  type CspTenantDesignation,
  type CustomerInput,
  type CustomerRegistration,
  type DesignationInput,
} from './csp-tenants.js';
