import 'reflect-metadata';
import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { JwtModule } from '@nestjs/jwt';
import { MulterModule } from '@nestjs/platform-express';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ApiModule } from './api/src/api.module';
import { migrationCliModule } from './cli/src/migration-cli.module';
import { WorkerModule } from './worker/src/worker.module';

// Third-party modules declare their own providers (a repository token per forFeature, …): listed, not entered.
const EXTERNAL = new Set<unknown>([
  DiscoveryModule,
  BullModule,
  JwtModule,
  MulterModule,
  TerminusModule,
  TypeOrmModule,
  LoggerModule,
]);

type ModuleRef = Type | DynamicModule | Promise<DynamicModule>;

/** A provider's token: the class itself, or what `provide` names. */
function tokenOf(provider: Provider): unknown {
  return typeof provider === 'function' ? provider : provider.provide;
}

function nameOf(token: unknown): string {
  if (typeof token === 'function') return token.name;
  return String(token);
}

/**
 * Every module a process's root module reaches (each once, as Nest dedups them), with the providers it declares.
 * Modules of `external` (third-party) are listed, not entered.
 */
async function moduleProviders(root: Type, external: ReadonlySet<unknown>): Promise<Map<string, string[]>> {
  const seen = new Set<unknown>();
  const declared = new Map<string, string[]>();
  const visit = async (ref: ModuleRef): Promise<void> => {
    const resolved = await ref;
    const dynamic = 'module' in resolved ? resolved : undefined;
    const type = dynamic ? dynamic.module : (resolved as Type);
    if (seen.has(resolved) || external.has(type)) return;
    seen.add(resolved);
    const imports = [
      ...((Reflect.getMetadata('imports', type) as ModuleRef[] | undefined) ?? []),
      ...((dynamic?.imports as ModuleRef[] | undefined) ?? []),
    ];
    const providers = [
      ...((Reflect.getMetadata('providers', type) as Provider[] | undefined) ?? []),
      ...(dynamic?.providers ?? []),
    ];
    const label = dynamic ? `${type.name} (dynamic)` : type.name;
    declared.set(
      label,
      providers.map((p) => nameOf(tokenOf(p))),
    );
    for (const child of imports) await visit(child);
  };
  await visit(root);
  return declared;
}

/** Provider names declared by more than one module, with the modules that declare them. */
function duplicateProviders(declared: Map<string, string[]>): Record<string, string[]> {
  const by = new Map<string, string[]>();
  for (const [module, providers] of declared) {
    for (const provider of new Set(providers)) by.set(provider, [...(by.get(provider) ?? []), module]);
  }
  return Object.fromEntries([...by].filter(([, modules]) => modules.length > 1));
}

describe('each process declares each provider once', () => {
  it.each([
    ['api', ApiModule],
    ['worker', WorkerModule],
    ['migration command', migrationCliModule()],
  ])('%s', async (_process, root) => {
    const declared = await moduleProviders(root, EXTERNAL);
    expect(declared.size).toBeGreaterThan(5);
    expect(duplicateProviders(declared)).toEqual({});
  });
});
