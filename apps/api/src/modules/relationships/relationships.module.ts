import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../http/idempotency/idempotency.service.js';
import { ResellerProvidersController } from './reseller-providers.controller.js';
import { ResellerProvidersService } from './reseller-providers.service.js';

@Module({
  controllers: [ResellerProvidersController],
  providers: [ResellerProvidersService, IdempotencyService],
})
export class RelationshipsModule {}
