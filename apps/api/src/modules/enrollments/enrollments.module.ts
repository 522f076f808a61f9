import { Module } from '@nestjs/common';
import { IdempotencyService } from '../../http/idempotency/idempotency.service.js';
import { CreditChecksModule } from '../credit-checks/credit-checks.module.js';
import { PartnersModule } from '../partners/partners.module.js';
import { EnrollmentAttachmentsController } from './enrollment-attachments.controller.js';
import { EnrollmentAttachmentsService } from './enrollment-attachments.service.js';
import { EmailVerificationsController } from './email-verifications.controller.js';
import { EnrollmentStatsController } from './enrollment-stats.controller.js';
import { EnrollmentStatsService } from './enrollment-stats.service.js';
import { EnrollmentsController } from './enrollments.controller.js';
import { EnrollmentsService } from './enrollments.service.js';

@Module({
  imports: [PartnersModule, CreditChecksModule],
  controllers: [
    EnrollmentsController,
    EnrollmentAttachmentsController,
    EmailVerificationsController,
    EnrollmentStatsController,
  ],
  providers: [
    EnrollmentsService,
    EnrollmentAttachmentsService,
    EnrollmentStatsService,
    IdempotencyService,
  ],
})
export class EnrollmentsModule {}
