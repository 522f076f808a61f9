import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../http/idempotency/idempotency.service.js';
import { DirectoryMaintenanceController } from './directory-maintenance.controller.js';
import { DirectoryMaintenance } from './directory-maintenance.service.js';
import { DirectoryLeadsController, ProviderLeadsController } from './leads.controller.js';
import { LeadsService } from './leads.service.js';
import { ListingFreshness } from './listing-freshness.js';
import { DirectoryLogosController, ProviderLogosController } from './logos.controller.js';
import { LogosService } from './logos.service.js';
import { ProvidersController } from './providers.controller.js';
import { ProviderSearchSync } from './provider-search-sync.js';
import { ProvidersService } from './providers.service.js';

@Module({
  controllers: [
    ProviderLeadsController,
    ProviderLogosController,
    ProvidersController,
    DirectoryLeadsController,
    DirectoryLogosController,
    DirectoryMaintenanceController,
  ],
  providers: [
    ProvidersService,
    ProviderSearchSync,
    LeadsService,
    LogosService,
    DirectoryMaintenance,
    ListingFreshness,
    IdempotencyService,
  ],
  exports: [ProvidersService],
})
export class ProvidersModule {}
