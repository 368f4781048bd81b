import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Module, type OnModuleInit } from '@nestjs/common';
import { ApplicationConfig, HttpAdapterHost } from '@nestjs/core';
import { ExpressLoader, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { CITIZEN_PAGE_PATH } from '@motcua/common';

// Built: dist/apps/api/src → dist/web. From source (tests, swc-node): apps/api/src → dist/web.
const CANDIDATES = [join(__dirname, '../../../web'), join(__dirname, '../../../dist/web')];

/** The directory of the built web console, if `npm run build:web` produced it. */
export const webRoot = (): string | undefined =>
  CANDIDATES.find((dir) => existsSync(join(dir, 'index.html')));

const ASSETS = `${sep}assets${sep}`;

interface CitizenPageResponse {
  setHeader(name: string, value: string): void;
  sendFile(path: string): void;
}

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
 * The web console at `/`: its files, the citizen's page at /tra-cuu, and index.html for any other path the api
 * does not serve (client-side routes). ServeStaticModule's own module picks its loader when the module is
 * compiled, which in a testing module is before the application has an HTTP adapter; registering its Express
 * loader here, at init, works in both.
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
    // The citizen's page is its own entry (tra-cuu.html), ahead of the console's fallback to index.html.
    adapter.get(CITIZEN_PAGE_PATH, (_req: unknown, res: CitizenPageResponse) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(root, 'tra-cuu.html'));
    });
    new ExpressLoader().register(adapter, this.config, [webConsoleOptions(root)]);
  }
}
