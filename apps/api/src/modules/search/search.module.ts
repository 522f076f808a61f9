import { Global, Module } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';

import { MEILISEARCH } from './meilisearch.client.js';
import { SearchMissesController } from './search-misses.controller.js';
import { SearchMissesService } from './search-misses.service.js';
import { SearchController } from './search.controller.js';
import { SearchService } from './search.service.js';

export { MEILISEARCH };

/**
 * The Meilisearch client. It asks for uncompressed answers: Node's fetch otherwise gets
 * compressed, chunked replies and waits ~44 ms per call on a delayed ACK (ARCHITECTURE.md,
 * pitfall 4).
 */
@Global()
@Module({
  providers: [
    {
      provide: MEILISEARCH,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Meilisearch({
          host: config.MEILI_URL,
          apiKey: config.MEILI_MASTER_KEY,
          requestInit: { headers: { 'accept-encoding': 'identity' } },
          timeout: 5000,
        }),
    },
    SearchService,
    SearchMissesService,
  ],
  controllers: [SearchController, SearchMissesController],
  exports: [MEILISEARCH, SearchService],
})
export class SearchModule {}
