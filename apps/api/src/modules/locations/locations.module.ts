import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../http/idempotency/idempotency.service.js';
import { LocationsController } from './locations.controller.js';
import { LocationsService } from './locations.service.js';

@Module({
  controllers: [LocationsController],
  providers: [LocationsService, IdempotencyService],
})
export class LocationsModule {}
