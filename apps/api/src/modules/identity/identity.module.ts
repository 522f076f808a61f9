import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './auth.guard.js';
import { IdentityController } from './identity.controller.js';
import { IdentityService } from './identity.service.js';
import { TokenVerifier } from './token-verifier.service.js';
import { UserEntity } from './user.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [IdentityController],
  providers: [IdentityService, TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class IdentityModule {}
