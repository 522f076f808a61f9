import { Injectable } from '@nestjs/common';
import { type CreditBureau, type CreditCheckOrdered } from './credit-bureau.js';

/**
 * The default bureau: the reviewer runs the check with the bureau Microsoft uses and records its
 * outcome on the case page (pass or fail, with the bureau's reference, the score band and a
 * note). Ordering the check only waits for that.
 */
@Injectable()
export class ManualCreditBureau implements CreditBureau {
  readonly name = 'manual';

  order(): Promise<CreditCheckOrdered> {
    return Promise.resolve({ reference: null });
  }
}
