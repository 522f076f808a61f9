import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/**
 * The API's OpenAPI document, from the routes of `app` (its global prefix set). One function for
 * both places that need it, so they never differ: configureApp serves it at /api/docs-json, and
 * `node dist/openapi.js` prints it without a running API (the browser apps' types in
 * packages/web are generated from it).
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Partner Enrollment Hub API')
      .setDescription(
        'Enrollment in the Cloud Solution Provider program, reviews, and the indirect provider directory.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
