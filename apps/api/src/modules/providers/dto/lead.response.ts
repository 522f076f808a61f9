import { ApiProperty } from '@nestjs/swagger';
import { LEAD_LIMITS } from '@hub/domain';
import { Allow } from 'class-validator';

/**
 * The contact form's body. Its fields' rules are the domain's (parseLead), which reads each value
 * as sent; the class only names the fields, so that any other key is refused (400, naming it).
 */
export class LeadRequestDto {
  @Allow()
  @ApiProperty({ minLength: LEAD_LIMITS.name.min, maxLength: LEAD_LIMITS.name.max })
  name: string;
  @Allow()
  @ApiProperty({ format: 'email', description: 'Where the provider answers: a work address.' })
  email: string;
  @Allow()
  @ApiProperty({ minLength: LEAD_LIMITS.company.min, maxLength: LEAD_LIMITS.company.max })
  company: string;
  @Allow()
  @ApiProperty({ example: 'SE', description: 'ISO 3166-1 alpha-2 of the reseller’s country.' })
  country: string;
  @Allow()
  @ApiProperty({ minLength: LEAD_LIMITS.message.min, maxLength: LEAD_LIMITS.message.max })
  message: string;
  @Allow()
  @ApiProperty({
    description:
      'The honeypot: hidden from people and screen readers, must stay empty (filled in: dropped as spam, answered 202).',
    example: '',
  })
  website: string;
  @Allow()
  @ApiProperty({
    description: `Milliseconds the form was shown before it was sent: under ${LEAD_LIMITS.minimumFillMs} is refused as too fast (422).`,
    example: 15000,
  })
  elapsedMs: number;
}

export class LeadCreatedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class LeadResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty() company: string;
  @ApiProperty({ example: 'SE' }) country: string;
  @ApiProperty() message: string;
  @ApiProperty({ enum: ['en', 'sv'], description: 'The directory’s language when it was sent.' })
  locale: 'en' | 'sv';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
