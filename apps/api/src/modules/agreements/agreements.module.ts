import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../http/idempotency/idempotency.service.js';
import { AgreementVersionsController } from './agreement-versions.controller.js';
import { AgreementVersionsService } from './agreement-versions.service.js';

@Module({
  controllers: [AgreementVersionsController],
  providers: [AgreementVersionsService, IdempotencyService],
  exports: [AgreementVersionsService],
})
export class AgreementsModule {}
