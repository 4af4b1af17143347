import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** The log itself; its HTTP route lives in the events module, which knows who may read an event's history. */
@Module({ providers: [AuditService, AuditRepository], exports: [AuditService] })
export class AuditModule {}
