import type { INestApplication } from '@nestjs/common';
import {
  ApiProperty,
  ApiPropertyOptional,
  DocumentBuilder,
  type OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';

export const OPENAPI_UI_PATH = 'docs';
export const OPENAPI_JSON_PATH = 'docs-json';
/** The security scheme `@ApiBearerAuth()` refers to by default. */
export const BEARER_SCHEME = 'bearer';

/** The body of every error response. */
export class ErrorResponseView {
  @ApiProperty({ description: 'stable, machine-readable', example: 'UNKNOWN_PROCEDURE' })
  code!: string;

  @ApiProperty({ example: "no procedure with code '9.999999'" })
  message!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  details?: Record<string, unknown>;

  @ApiProperty({ description: 'the X-Request-Id of the request, to find it in the logs' })
  requestId!: string;
}

/** The OpenAPI document of an application, from its controllers' and views' metadata (no request is served). */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('motcua API')
    .setDescription(
      'Workflow engine for one-stop-shop centers: procedures, dossiers and their steps. ' +
        'Log in with POST /api/v1/auth/login and send the token as `Authorization: Bearer <token>`. ' +
        'Errors are `{ code, message, details?, requestId }`; instants are ISO 8601 with the +07:00 offset.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponseView] });
}

/**
 * Swagger UI at `/docs` and the OpenAPI document at `/docs-json`, outside the global prefix. Call it before
 * `app.init()` or `app.listen()`, after `setGlobalPrefix`: the document is built on the first request.
 */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, () => openApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    customSiteTitle: 'motcua API',
    swaggerOptions: { persistAuthorization: true },
  });
}
