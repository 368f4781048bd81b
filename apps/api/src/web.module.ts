import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Module, type OnModuleInit } from '@nestjs/common';
import { ApplicationConfig, HttpAdapterHost } from '@nestjs/core';
import { ExpressLoader, type ServeStaticModuleOptions } from '@nestjs/serve-static';

// Built: dist/apps/api/src → dist/web. From source (tests, swc-node): apps/api/src → dist/web.
const CANDIDATES = [join(__dirname, '../../../web'), join(__dirname, '../../../dist/web')];

/** The directory of the built web console, if `npm run build:web` produced it. */
export const webRoot = (): string | undefined =>
  CANDIDATES.find((dir) => existsSync(join(dir, 'index.html')));

const ASSETS = `${sep}assets${sep}`;

export const webConsoleOptions = (rootPath: string): ServeStaticModuleOptions => ({
  rootPath,
  exclude: /^\/(api|docs|docs-json|health|metrics)(\/|$)/,
  serveStaticOptions: {
    // Hashed file names under assets/ never change; index.html must be revalidated to pick up a new build.
    setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) =>
      res.setHeader(
        'Cache-Control',
        path.includes(ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  },
});

/**
 * The web console at `/`: its files, and index.html for any other path the api does not serve (client-side
 * routes). ServeStaticModule's own module picks its loader when the module is compiled, which in a testing
 * module is before the application has an HTTP adapter; registering its Express loader here, at init, works in both.
 */
@Module({})
export class WebModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: ApplicationConfig,
  ) {}

  onModuleInit(): void {
    const root = webRoot();
    const adapter = this.adapterHost.httpAdapter;
    if (!root || !adapter) return;
    new ExpressLoader().register(adapter, this.config, [webConsoleOptions(root)]);
  }
}
