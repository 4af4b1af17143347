import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, readCookie } from '@app/common';
import type { Role } from '@app/contracts';
import { holdsRole } from '../access/auth-user';
import { type AuthenticatedRequest, IS_PUBLIC, REQUIRED_ROLES } from '../access/access.decorators';
import { AuthService } from './auth.service';

export const SESSION_COOKIE = 'akim_session';

function readToken(request: AuthenticatedRequest): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const [scheme, token] = header.split(' ');
    return scheme?.toLowerCase() === 'bearer' && token ? token.trim() : undefined;
  }
  return readCookie(request.headers.cookie, SESSION_COOKIE);
}

/**
 * Global guard: every route is closed unless marked @Public(). Identifies the user from
 * the bearer token (or the web app's httpOnly cookie), then checks @Roles().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const token = readToken(request);

    if (token) {
      request.user = await this.auth.resolveToken(token);
    }
    if (isPublic) {
      return true;
    }
    if (!request.user) {
      throw AppError.unauthorized(token ? 'TOKEN_INVALID' : 'AUTH_REQUIRED');
    }
    const roles = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.some((role) => holdsRole(request.user!, role))) {
      throw AppError.forbidden();
    }
    return true;
  }
}
