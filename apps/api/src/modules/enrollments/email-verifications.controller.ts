import { Controller, Get, Header, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Locale } from '@hub/domain';
import type { FastifyRequest } from 'fastify';
import { localeOf } from '../../http/locale.js';
import { ApiErrors } from '../../http/openapi.js';
import { Public } from '../identity/public.decorator.js';
import { RateLimit } from '../../http/rate-limit/rate-limit.guard.js';
import { EnrollmentsService } from './enrollments.service.js';

const texts: Readonly<
  Record<Locale, { title: string; ask: string; button: string; done: (name: string) => string }>
> = {
  en: {
    title: 'Confirm your work e-mail',
    ask: 'Confirm that this is your work e-mail address and that you applied to the CSP program for your company.',
    button: 'Confirm my e-mail address',
    done: (name) =>
      `Thank you. Your e-mail address is confirmed for ${name}'s application; you can close this page.`,
  },
  sv: {
    title: 'Bekräfta din e-postadress på jobbet',
    ask: 'Bekräfta att det här är din e-postadress på jobbet och att du ansökte till CSP-programmet för ditt företag.',
    button: 'Bekräfta min e-postadress',
    done: (name) =>
      `Tack! Din e-postadress är bekräftad för ${name}s ansökan; du kan stänga sidan.`,
  },
};

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (locale: Locale, body: string): string =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(texts[locale].title)}</title></head>` +
  `<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5"><main><h1>${escape(texts[locale].title)}</h1>${body}</main></body></html>`;

/**
 * The e-mail ownership link sent on submission. Opening it shows a button (mail scanners that
 * follow links do not confirm anything); pressing it confirms the address.
 */
@ApiTags('enrollments')
@Public()
@RateLimit('verification')
@Controller('email-verifications')
export class EmailVerificationsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @Get(':token')
  @ApiOperation({ summary: 'The page behind the e-mail ownership link: asks to confirm.' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'An HTML page with a confirmation button.' })
  @ApiErrors(400)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  ask(@Param('token') token: string, @Req() request: FastifyRequest): string {
    const locale = localeOf(request.headers['accept-language']);
    const t = texts[locale];
    return page(
      locale,
      `<p>${escape(t.ask)}</p><form method="post" action="/api/email-verifications/${encodeURIComponent(token)}"><button type="submit">${escape(t.button)}</button></form>`,
    );
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the e-mail ownership of the application the link belongs to.' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'An HTML page saying the address is confirmed.' })
  @ApiErrors(404)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async confirm(@Param('token') token: string, @Req() request: FastifyRequest): Promise<string> {
    const { legalName, locale } = await this.enrollments.confirmEmail(token, request.id);
    return page(locale, `<p role="status">${escape(texts[locale].done(legalName))}</p>`);
  }
}
