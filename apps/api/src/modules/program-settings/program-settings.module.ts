import { Module } from '@nestjs/common';
import { ProgramSettingsController } from './program-settings.controller.js';
import { ProgramSettingsService } from './program-settings.service.js';

@Module({
  controllers: [ProgramSettingsController],
  providers: [ProgramSettingsService],
})
export class ProgramSettingsModule {}
