import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../http/idempotency/idempotency.service.js';
import { PartnersController } from './partners.controller.js';
import { PartnersService } from './partners.service.js';
import { FxRatesService } from './fx-rates.service.js';
import { RevenueImportService } from './revenue-import.service.js';
import {
  EnrollmentRevenueWindowController,
  FxRatesController,
  RevenueImportsController,
} from './revenue-imports.controller.js';
import { RevenueRecordsController } from './revenue-records.controller.js';
import { RevenueRecordsService } from './revenue-records.service.js';
import { RevenueWindowService } from './revenue-window.service.js';

@Module({
  controllers: [
    PartnersController,
    RevenueRecordsController,
    RevenueImportsController,
    EnrollmentRevenueWindowController,
    FxRatesController,
  ],
  providers: [
    PartnersService,
    RevenueRecordsService,
    FxRatesService,
    RevenueImportService,
    RevenueWindowService,
    IdempotencyService,
  ],
  exports: [PartnersService],
})
export class PartnersModule {}
