import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ReplicaReads } from '@app/database';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from './access.decorators';

/**
 * Lets an anonymous visitor's GET read from the replica (see ReplicaReads): nobody signed in
 * wrote what they read, so a second's lag hides nothing of their own. A signed-in user's
 * request, and anything but a GET, reads from the primary.
 */
@Injectable()
export class LagTolerantReads implements NestInterceptor {
  constructor(private readonly reads: ReplicaReads) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!this.reads.configured || request.user || request.method !== 'GET') {
      return next.handle();
    }
    return from(this.reads.lagTolerant(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}

/** Marks a public read whose anonymous visitors may be served from the replica. */
export const LagTolerant = (): MethodDecorator & ClassDecorator => UseInterceptors(LagTolerantReads);
