import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { CREDIT_BUREAU, type CreditBureau } from './credit-bureau.js';
import { ManualCreditBureau } from './manual-credit-bureau.js';

/**
 * The credit bureau the hub orders direct bill credit checks from, chosen by CREDIT_BUREAU
 * (`manual` by default; a real bureau's adapter is added here, beside the manual one).
 */
@Module({
  providers: [
    ManualCreditBureau,
    {
      provide: CREDIT_BUREAU,
      inject: [APP_CONFIG, ManualCreditBureau],
      useFactory: (config: AppConfig, manual: ManualCreditBureau): CreditBureau => {
        switch (config.CREDIT_BUREAU) {
          case 'manual':
            return manual;
        }
      },
    },
  ],
  exports: [CREDIT_BUREAU],
})
export class CreditChecksModule {}
