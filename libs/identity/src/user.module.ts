import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { AuthEventRepository } from './auth-event.repository';
import { IdentitySeederService } from './identity-seeder.service';
import { PasswordService } from './password.service';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

/** Users without HTTP: the table, its repository, passwords, and seeding from org.yaml. For api and worker. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), CatalogModule],
  providers: [UserRepository, AuthEventRepository, PasswordService, IdentitySeederService],
  exports: [UserRepository, AuthEventRepository, PasswordService],
})
export class UserModule {}
