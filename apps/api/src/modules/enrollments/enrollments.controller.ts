import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { EnrollmentCommandType } from '@hub/domain';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { localeOf } from '../../http/locale.js';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { versionFromIfMatch } from '../../http/preconditions.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { DomainError } from '../../http/domain-error.js';
import { parseListQuery } from '../../http/list/list-query.js';
import { type AssignmentRequest } from './commands/run-assignment-command.js';
import {
  AcceptAgreementCommandDto,
  AnswerInformationDto,
  AssignDto,
  BulkActionDto,
  CreateEnrollmentDto,
  EmptyCommandDto,
  CreditOutcomeCommandDto,
  FailCreditCheckCommandDto,
  NoteDto,
  OptionalReasonCommandDto,
  RecordCheckDto,
  RejectCommandDto,
  RequestInformationCommandDto,
  SupportPlanCommandDto,
  TransitionCommandDto,
  UpdateDraftDto,
} from './dto/enrollment.dto.js';
import {
  BulkResponse,
  CreditCheckResponse,
  EnrollmentResponse,
  MessageTemplateResponse,
  TabCountResponse,
  NoteResponse,
  TimelineEntryResponse,
} from './dto/enrollment.response.js';
import { ENROLLMENT_LIST, type EnrollmentListQuery } from './enrollment-queue.js';
import { EnrollmentsService, type ExportRow } from './enrollments.service.js';

/** The documentation every command shares: If-Match, Idempotency-Key, its errors. */
const Command = (summary: string, body: new () => object) =>
  function decorate(target: object, key: string, descriptor: PropertyDescriptor) {
    ApiOperation({ summary })(target, key, descriptor);
    ApiBody({ type: body })(target, key, descriptor);
    ApiWriteHeaders({ ifMatch: true, idempotent: true })(target, key, descriptor);
    ApiOkResponse({
      type: EnrollmentResponse,
      description: 'The enrollment after the command; ETag: its new version.',
    })(target, key, descriptor);
    ApiErrors(400, 401, 403, 404, 409, 412, 422, 428)(target, key, descriptor);
    HttpCode(200)(target, key, descriptor);
  };

@ApiTags('enrollments')
@ApiBearerAuth()
@Controller('enrollments')
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @Get()
  @ApiOperation({
    summary: 'List applications: the caller’s tenant’s, or all for reviewers and program admins.',
  })
  @ListEndpoint(ENROLLMENT_LIST, EnrollmentResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: EnrollmentListQuery,
    @Headers('accept-language') language: string | undefined,
  ): Promise<Page<EnrollmentResponse>> {
    return this.enrollments.list(user, query, localeOf(language));
  }

  @Get('tab-counts')
  @ApiOperation({
    summary: 'Live counts of the queue tabs, under the rest of the filter (capped at 1,000).',
  })
  @ApiQuery({
    name: 'filter',
    required: false,
    schema: { type: 'string', example: '{"region":["Europe"]}' },
    description: 'The list’s filter as JSON; its `tab` is ignored.',
  })
  @ApiOkResponse({ type: [TabCountResponse] })
  @ApiErrors(400, 401, 403)
  tabCounts(
    @CurrentUser() user: AuthenticatedUser,
    @Query('filter') filter: unknown,
  ): Promise<TabCountResponse[]> {
    if (filter !== undefined && typeof filter !== 'string') {
      throw new DomainError('http.list_query_invalid', { reason: 'filter must be given once.' });
    }
    const parsed = parseListQuery({ filter }, ENROLLMENT_LIST).filter;
    return this.enrollments.tabCounts(user, parsed);
  }

  @Get('export')
  @ApiOperation({
    summary: 'The current view as CSV: every row of the filter in its order, streamed.',
  })
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'filter', required: false, schema: { type: 'string', example: '{}' } })
  @ApiQuery({
    name: 'sort',
    required: false,
    schema: { type: 'string', example: '["submittedAt","ASC"]' },
  })
  @ApiOkResponse({ description: 'text/csv, UTF-8, a header row first.' })
  @ApiErrors(400, 401, 403)
  export(
    @CurrentUser() user: AuthenticatedUser,
    @Query('filter') filter: unknown,
    @Query('sort') sort: unknown,
    @Res() reply: FastifyReply,
  ): FastifyReply {
    if (
      (filter !== undefined && typeof filter !== 'string') ||
      (sort !== undefined && typeof sort !== 'string')
    ) {
      throw new DomainError('http.list_query_invalid', {
        reason: 'filter and sort must be given once each.',
      });
    }
    const query = parseListQuery({ filter, sort }, ENROLLMENT_LIST);
    const rows = Readable.from(this.enrollments.exportRows(user, query));
    const csv = stringify({ header: true, columns: exportColumns });
    rows.once('error', (error) => csv.destroy(error));
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="applications-${day}.csv"`)
      .send(rows.pipe(csv));
  }

  @Post('bulk')
  @ApiOperation({
    summary:
      'Claim, assign, release or start reviewing many applications (staff); row by row results.',
  })
  @ApiBody({ type: BulkActionDto })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiOkResponse({ type: BulkResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  @HttpCode(200)
  async bulk(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: BulkActionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BulkResponse> {
    return sendResult(
      reply,
      await this.enrollments.bulk({
        user,
        body,
        idempotencyKey: header(request, 'idempotency-key'),
        requestId: request.id,
        locale: localeOf(request.headers['accept-language']),
      }),
    );
  }

  @Post()
  @ApiOperation({ summary: 'Open a draft application to a program (the tenant’s global admin).' })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: EnrollmentResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateEnrollmentDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrollmentResponse> {
    return sendResult(
      reply,
      await this.enrollments.create(
        user,
        dto,
        idempotencyKey,
        request.id,
        localeOf(request.headers['accept-language']),
      ),
    );
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Get an application with what the caller may do next; ETag is its version.',
  })
  @ApiOkResponse({ type: EnrollmentResponse })
  @ApiErrors(401, 403, 404)
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrollmentResponse> {
    return sendResult(
      reply,
      await this.enrollments.get(user, id, localeOf(request.headers['accept-language'])),
    );
  }

  @Put(':id')
  @ApiOperation({ summary: 'Save a draft’s answers to the direct bill requirements.' })
  @ApiWriteHeaders({ ifMatch: true, idempotent: false })
  @ApiOkResponse({ type: EnrollmentResponse })
  @ApiErrors(400, 401, 403, 404, 409, 412, 428)
  async updateDraft(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() dto: UpdateDraftDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrollmentResponse> {
    const version = versionFromIfMatch(request.headers['if-match']);
    return sendResult(
      reply,
      await this.enrollments.updateDraft(
        user,
        id,
        dto,
        version,
        request.id,
        localeOf(request.headers['accept-language']),
      ),
    );
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'The application’s audit trail, oldest first.' })
  @ApiOkResponse({ type: [TimelineEntryResponse] })
  @ApiErrors(401, 403, 404)
  timeline(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<TimelineEntryResponse[]> {
    return this.enrollments.timeline(user, id);
  }

  @Get(':id/message-templates')
  @ApiOperation({
    summary:
      'The e-mail a request for information or a rejection sends for a reason, filled in, in the partner’s language (reviewers, program admins).',
  })
  @ApiQuery({ name: 'command', enum: ['request_information', 'reject'] })
  @ApiQuery({ name: 'reason', schema: { type: 'string', example: 'business_documents' } })
  @ApiOkResponse({ type: MessageTemplateResponse })
  @ApiErrors(400, 401, 403, 404)
  messageTemplate(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Query('command') command: unknown,
    @Query('reason') reason: unknown,
  ): Promise<MessageTemplateResponse> {
    return this.enrollments.messageTemplate(user, id, command, reason);
  }

  @Get(':id/credit-checks')
  @ApiOperation({
    summary:
      'The application’s credit checks as evidence, newest first: bureau, who asked and when, the outcome, who recorded it, reference, score band, note.',
  })
  @ApiOkResponse({ type: [CreditCheckResponse] })
  @ApiErrors(401, 403, 404)
  creditChecks(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<CreditCheckResponse[]> {
    return this.enrollments.creditChecks(user, id);
  }

  @Get(':id/notes')
  @ApiOperation({ summary: 'Reviewers’ internal notes on the application.' })
  @ApiOkResponse({ type: [NoteResponse] })
  @ApiErrors(401, 403, 404)
  notes(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<NoteResponse[]> {
    return this.enrollments.notes(user, id);
  }

  @Post(':id/notes')
  @ApiOperation({ summary: 'Add an internal note (reviewers and program admins).' })
  @ApiCreatedResponse({ type: NoteResponse })
  @ApiErrors(400, 401, 403, 404)
  addNote(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() dto: NoteDto,
  ): Promise<NoteResponse> {
    return this.enrollments.addNote(user, id, dto);
  }

  @Post(':id/checks')
  @ApiOperation({ summary: 'Record a verification check (reviewers and program admins).' })
  @ApiWriteHeaders({ ifMatch: true, idempotent: false })
  @ApiOkResponse({ type: EnrollmentResponse })
  @ApiErrors(400, 401, 403, 404, 409, 412, 428)
  @HttpCode(200)
  async recordCheck(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() dto: RecordCheckDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrollmentResponse> {
    const version = versionFromIfMatch(request.headers['if-match']);
    return sendResult(
      reply,
      await this.enrollments.recordCheck(
        user,
        id,
        dto,
        version,
        request.id,
        localeOf(request.headers['accept-language']),
      ),
    );
  }

  // --- the commands: one operation each, named as the domain names them ---

  @Post(':id/submit')
  @Command(
    'Submit the application (the tenant’s global admin; direct bill: no unmet requirement).',
    EmptyCommandDto,
  )
  submit(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: EmptyCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('submit', u, id, body, r, reply);
  }

  @Post(':id/start-review')
  @Command('Start reviewing a submitted application (reviewers, program admins).', EmptyCommandDto)
  startReview(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: EmptyCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('start_review', u, id, body, r, reply);
  }

  @Post(':id/request-information')
  @Command(
    'Ask the partner for more information (reviewers): a reason from the list and the e-mail the partner receives.',
    RequestInformationCommandDto,
  )
  requestInformation(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: RequestInformationCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('request_information', u, id, body, r, reply);
  }

  @Post(':id/answer-information')
  @Command(
    'Answer the reviewer’s request for information (the partner), with files uploaded to the application first.',
    AnswerInformationDto,
  )
  answerInformation(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: AnswerInformationDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('answer_information', u, id, body, r, reply);
  }

  @Post(':id/verify')
  @Command('Verify the application (reviewers; every required check passed).', EmptyCommandDto)
  verify(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: EmptyCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('verify', u, id, body, r, reply);
  }

  @Post(':id/reject')
  @Command(
    'Reject the application (reviewers): a reason from the list and the e-mail the partner receives.',
    RejectCommandDto,
  )
  reject(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: RejectCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('reject', u, id, body, r, reply);
  }

  @Post(':id/withdraw')
  @Command('Withdraw the application (the tenant’s global admin).', OptionalReasonCommandDto)
  withdraw(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: OptionalReasonCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('withdraw', u, id, body, r, reply);
  }

  @Post(':id/request-credit-check')
  @Command(
    'Order the credit check of a verified direct bill application from the credit bureau (reviewers); the partner is e-mailed.',
    EmptyCommandDto,
  )
  requestCreditCheck(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: EmptyCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('request_credit_check', u, id, body, r, reply);
  }

  @Post(':id/pass-credit-check')
  @Command(
    'Record that the credit check passed, with its evidence (reviewers, program admins, a bureau).',
    CreditOutcomeCommandDto,
  )
  passCreditCheck(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: CreditOutcomeCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('pass_credit_check', u, id, body, r, reply);
  }

  @Post(':id/fail-credit-check')
  @Command(
    'Record that the credit check failed, with its evidence: the application ends (reviewers, program admins, a bureau).',
    FailCreditCheckCommandDto,
  )
  failCreditCheck(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: FailCreditCheckCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('fail_credit_check', u, id, body, r, reply);
  }

  @Post(':id/record-support-plan')
  @Command(
    'Record the support plan bought (ASfP or PSfP), only after the credit check passed.',
    SupportPlanCommandDto,
  )
  recordSupportPlan(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: SupportPlanCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('record_support_plan', u, id, body, r, reply);
  }

  @Post(':id/accept-agreement')
  @Command(
    'Accept the program’s agreement as a named signatory (the tenant’s global admin); the enrollment becomes active.',
    AcceptAgreementCommandDto,
  )
  acceptAgreement(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: AcceptAgreementCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('accept_agreement', u, id, body, r, reply);
  }

  @Post(':id/activate')
  @Command('Activate an enrollment whose agreement is in force (program admins).', EmptyCommandDto)
  activate(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: EmptyCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('activate', u, id, body, r, reply);
  }

  @Post(':id/transition-to-indirect')
  @Command(
    'Request the transition of an active direct bill partner to indirect reseller on the same tenant, with a provider of its region: opens an indirect reseller application for review; the direct bill enrollment stays active until that one is (its global admin).',
    TransitionCommandDto,
  )
  transitionToIndirect(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: TransitionCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('transition_to_indirect', u, id, body, r, reply);
  }

  // --- assignment: the reviewers' own bookkeeping, audited like the commands ---

  @Post(':id/claim')
  @Command('Take an unassigned application (reviewers, program admins).', EmptyCommandDto)
  claim(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() _body: EmptyCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.assignment({ type: 'claim' }, u, id, r, reply);
  }

  @Post(':id/assign')
  @Command('Assign an application to a reviewer or program admin.', AssignDto)
  assign(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: AssignDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.assignment(
      { type: 'assign', assigneeUserId: body.assigneeUserId },
      u,
      id,
      r,
      reply,
    );
  }

  @Post(':id/unassign')
  @Command('Release an application back to the queue.', EmptyCommandDto)
  unassign(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() _body: EmptyCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.assignment({ type: 'unassign' }, u, id, r, reply);
  }

  private async assignment(
    request: AssignmentRequest,
    user: AuthenticatedUser,
    id: string,
    http: FastifyRequest,
    reply: FastifyReply,
  ): Promise<EnrollmentResponse> {
    const result = await this.enrollments.assign({
      user,
      id,
      request,
      expectedVersion: versionFromIfMatch(header(http, 'if-match')),
      idempotencyKey: header(http, 'idempotency-key'),
      requestId: http.id,
      locale: localeOf(http.headers['accept-language']),
    });
    return sendResult(reply, result);
  }

  private async run(
    type: EnrollmentCommandType,
    user: AuthenticatedUser,
    id: string,
    body: object,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<EnrollmentResponse> {
    const result = await this.enrollments.command({
      user,
      id,
      type,
      body: { ...body },
      expectedVersion: versionFromIfMatch(header(request, 'if-match')),
      idempotencyKey: header(request, 'idempotency-key'),
      requestId: request.id,
      locale: localeOf(request.headers['accept-language']),
    });
    return sendResult(reply, result);
  }
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/** The export's columns, in order (stable English names: spreadsheets and scripts read them). */
const exportColumns: readonly (keyof ExportRow)[] = [
  'id',
  'legalName',
  'partnerId',
  'program',
  'state',
  'country',
  'region',
  'submittedAt',
  'ageBusinessDays',
  'targetBusinessDays',
  'overdue',
  'assignee',
  'decidedAt',
];
