import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { APP_CONFIG } from '../../config/config.module.js';
import { type AppConfig } from '../../config/env.js';
import { CurrentUser, type AuthenticatedUser } from './authenticated-user.js';
import { ClientConfigResponse } from './dto/client-config.response.js';
import { MeResponse } from './dto/me.response.js';
import { IdentityService } from './identity.service.js';
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

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  @ApiUnauthorizedResponse({ description: 'No token, or a token of another issuer or audience.' })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponse> {
    return this.identity.me(user);
  }
}
