import { ApiProperty } from '@nestjs/swagger';

export class OidcClientConfig {
  @ApiProperty({ example: 'http://localhost:3001' })
  authority: string;

  @ApiProperty({ example: 'hub-console' })
  clientId: string;

  @ApiProperty({ example: 'openid profile email api.access' })
  scope: string;
}

export class ClientConfigResponse {
  @ApiProperty({ type: OidcClientConfig })
  oidc: OidcClientConfig;
}
