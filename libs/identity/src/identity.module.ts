import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { CatalogModule } from '@motcua/catalog';
import { EnvData, HealthModule, MetricsModule } from '@motcua/common';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { DataSource } from 'typeorm';
import { LOGIN_THROTTLE_STORE, postgresThrottleStore, redisThrottleStore } from './login-throttle.config';
import { LoginThrottleService } from './login-throttle.service';
import { OrgController } from './org.controller';
import { markControllersPublic } from './public.decorator';
import { UserModule } from './user.module';
import { UsersController } from './users.controller';

// Load balancers and orchestrators probe /health, and Prometheus scrapes /metrics, without a token.
markControllersPublic(HealthModule);
markControllersPublic(MetricsModule);

/**
 * Login, tokens, accounts, and the guard that every route of the application passes (registered as APP_GUARD).
 */
@Module({
  imports: [
    UserModule,
    CatalogModule,
    JwtModule.registerAsync({
      inject: [EnvData],
      useFactory: (env: EnvData) => ({
        // A key object, made once: given a string, jsonwebtoken first tries it as a PEM public key on every
        // verification and builds the key from the thrown attempt (about 1 ms of CPU a request).
        secret: createSecretKey(Buffer.from(env.auth.jwtSecret)),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, OrgController, UsersController],
  providers: [
    AuthService,
    AccountService,
    LoginThrottleService,
    {
      provide: LOGIN_THROTTLE_STORE,
      inject: [EnvData, DataSource],
      useFactory: (env: EnvData, dataSource: DataSource) =>
        env.redis ? redisThrottleStore(env.redis.url) : postgresThrottleStore(dataSource),
    },
    JwtAuthGuard,
    { provide: APP_GUARD, useExisting: JwtAuthGuard },
  ],
  exports: [UserModule, AuthService, JwtAuthGuard],
})
export class IdentityModule {}
