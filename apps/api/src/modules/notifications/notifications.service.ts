import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@hub/domain';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { JobQueue } from '../../jobs/job-queue.service.js';
import { renderEmail, type EmailParams, type EmailTemplate } from './email-templates.js';
import { OutboundEmailEntity } from './outbound-email.entity.js';
import {
  renderProviderEmail,
  type ProviderEmailParams,
  type ProviderEmailTemplate,
} from './provider-email-templates.js';

import {
  renderAgreementEmail,
  type AgreementEmailParams,
  type AgreementEmailTemplate,
} from './agreement-email-templates.js';

export const SEND_EMAIL_TASK = 'send_email';

export type AgreementEmailToQueue = {
  readonly enrollmentId: string;
  readonly template: AgreementEmailTemplate;
  readonly locale: Locale;
  readonly to: string;
  readonly params: AgreementEmailParams;
};

export type EmailToQueue = {
  readonly enrollmentId: string | null;
  readonly template: EmailTemplate;
  readonly locale: Locale;
  readonly to: string;
  readonly params: EmailParams;
};

export type ProviderEmailToQueue = {
  readonly providerId: string;
  readonly template: ProviderEmailTemplate;
  readonly locale: Locale;
  readonly to: string;
  readonly params: ProviderEmailParams;
};

/**
 * E-mail through the transactional outbox: `queue` renders the message and stores it with its
 * send job on the caller's transaction; the worker sends it over SMTP with retries and backoff.
 * The row is locked while it is sent and marked sent in the same transaction, so two workers
 * never both send it, and a send that failed is retried; the Message-ID is the row's id, so a
 * receiving server can drop a copy resent after a crash between SMTP's acceptance and the commit.
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('NotificationsService');
  private readonly transport: Transporter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {
    this.transport = createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  onModuleInit(): void {
    this.jobs.register(SEND_EMAIL_TASK, (payload) => this.send(String(payload['id'])));
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  async queue(manager: EntityManager, email: EmailToQueue): Promise<void> {
    await this.store(manager, {
      enrollmentId: email.enrollmentId,
      providerId: null,
      template: email.template,
      locale: email.locale,
      recipient: email.to,
      ...renderEmail(email.template, email.locale, email.params),
    });
  }

  /** An e-mail about an agreement version, to a partner's admin, filed under its enrollment. */
  async queueAgreement(manager: EntityManager, email: AgreementEmailToQueue): Promise<void> {
    await this.store(manager, {
      enrollmentId: email.enrollmentId,
      providerId: null,
      template: email.template,
      locale: email.locale,
      recipient: email.to,
      ...renderAgreementEmail(email.template, email.locale, email.params),
    });
  }

  /** An e-mail of the directory (a lead, a moderation decision), to a provider. */
  async queueForProvider(manager: EntityManager, email: ProviderEmailToQueue): Promise<void> {
    await this.store(manager, {
      enrollmentId: null,
      providerId: email.providerId,
      template: email.template,
      locale: email.locale,
      recipient: email.to,
      ...renderProviderEmail(email.template, email.locale, email.params),
    });
  }

  private async store(
    manager: EntityManager,
    email: Pick<
      OutboundEmailEntity,
      'enrollmentId' | 'providerId' | 'template' | 'locale' | 'recipient' | 'subject' | 'body'
    >,
  ): Promise<void> {
    const row = await manager.save(OutboundEmailEntity, email);
    await this.jobs.enqueue(manager, { task: SEND_EMAIL_TASK, payload: { id: row.id } });
  }

  /** The job: sends one stored e-mail unless it was sent already. */
  async send(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const email = await manager.findOne(OutboundEmailEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!email || email.sentAt !== null) {
        return;
      }
      await this.transport.sendMail({
        to: email.recipient,
        subject: email.subject,
        text: email.body,
        messageId: `<${email.id}@${new URL(this.config.PUBLIC_URL).hostname}>`,
        headers: { 'Content-Language': email.locale },
      });
      await manager.update(
        OutboundEmailEntity,
        { id },
        { sentAt: new Date(), attempts: email.attempts + 1 },
      );
      this.logger.debug(`sent ${email.template} e-mail ${email.id}`);
    });
  }
}
