import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityController } from './identity.controller.js';
import { IdentityService } from './identity.service.js';
import { TokenVerifier } from './token-verifier.service.js';
import { UserEntity } from './user.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [IdentityController],
  providers: [IdentityService, TokenVerifier],
  // The app's guard (AuthGuard, registered in AppModule beside the rate limits) checks tokens.
  exports: [TokenVerifier],
})
export class IdentityModule {}
