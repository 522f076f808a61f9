export { decidePurchase, type PurchaseAllowed, type PurchaseQuestion } from './restrictions.js';
