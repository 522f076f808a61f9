import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../http/idempotency/idempotency.service.js';
import { CustomersController } from './customers.controller.js';
import { CustomersService } from './customers.service.js';

@Module({
  controllers: [CustomersController],
  providers: [CustomersService, IdempotencyService],
})
export class CustomersModule {}
