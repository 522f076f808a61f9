import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../http/idempotency/idempotency.service.js';
import { PartnersModule } from '../partners/partners.module.js';
import { EmailVerificationsController } from './email-verifications.controller.js';
import { EnrollmentsController } from './enrollments.controller.js';
import { EnrollmentsService } from './enrollments.service.js';

@Module({
  imports: [PartnersModule],
  controllers: [EnrollmentsController, EmailVerificationsController],
  providers: [EnrollmentsService, IdempotencyService],
})
export class EnrollmentsModule {}
