import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../http/openapi.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { CurrentUser, type AuthenticatedUser } from './authenticated-user.js';
import { ClientConfigResponse } from './dto/client-config.response.js';
import { MeResponse } from './dto/me.response.js';
import { StaffMemberResponse } from './dto/staff-member.response.js';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { IdentityService, STAFF_LIST, type StaffListQuery } from './identity.service.js';
import { Public } from './public.decorator.js';

@ApiTags('identity')
@Controller()
export class IdentityController {
  constructor(
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the console needs to sign people in, read at start so one build serves every environment. */
  @Public()
  @Get('config')
  @ApiOperation({ summary: 'The console’s sign-in settings (OpenID issuer, client id, scopes).' })
  @ApiOkResponse({ type: ClientConfigResponse })
  clientConfig(): ClientConfigResponse {
    return {
      oidc: {
        authority: this.config.OIDC_ISSUER,
        clientId: this.config.OIDC_CLIENT_ID,
        scope: this.config.OIDC_SCOPE,
      },
    };
  }

  @Get('staff')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The reviewers and program admins who have signed in (staff only): assignees.',
  })
  @ListEndpoint(STAFF_LIST, StaffMemberResponse)
  staff(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: StaffListQuery,
  ): Promise<Page<StaffMemberResponse>> {
    return this.identity.staff(user, query);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the bearer of the token is, and the tenant’s partner profile id.' })
  @ApiOkResponse({ type: MeResponse })
  @ApiErrors(401, 503)
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponse> {
    return this.identity.me(user);
  }
}
