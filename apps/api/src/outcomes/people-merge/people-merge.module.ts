import { Module } from '@nestjs/common';
import { PeopleModule } from '../../directory/people/people.module';
import { AuditModule } from '../../platform/audit/audit.module';
import { PeopleMergeController } from './people-merge.controller';
import { PeopleMergeRepository } from './people-merge.repository';
import { PeopleMergeService } from './people-merge.service';

/**
 * Merging duplicate people. It lives in the top data layer because a merge moves rows of every
 * module that names a person (registrations, sessions, documents, polls, awards) in one transaction.
 */
@Module({
  imports: [PeopleModule, AuditModule],
  controllers: [PeopleMergeController],
  providers: [PeopleMergeService, PeopleMergeRepository],
})
export class PeopleMergeModule {}
