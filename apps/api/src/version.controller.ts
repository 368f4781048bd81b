import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@motcua/identity';

export class VersionView {
  @ApiProperty({ example: 'motcua' })
  name!: string;

  @ApiProperty({ example: '0.1.0' })
  version!: string;
}

/** The nearest package.json above this file: the same from the sources and from dist. */
function readPackage(): VersionView {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as VersionView;
      return { name, version };
    }
    if (dirname(dir) === dir) return { name: 'motcua', version: 'unknown' };
  }
}

/** Which build answers: for operators, clients checking compatibility, and as the cheapest route there is. */
@ApiTags('operations')
@Public()
@Controller('version')
export class VersionController {
  private readonly view = readPackage();

  @Get()
  @ApiOkResponse({ type: VersionView })
  version(): VersionView {
    return this.view;
  }
}
