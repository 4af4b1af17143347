import { applyDecorators, Patch, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse } from '@nestjs/swagger';
import type { Role } from '@app/contracts';
import { Roles } from './access.decorators';

export interface VersionedPatchOptions {
  /** The response DTO. */
  type: Type<unknown>;
  /** Who may edit; left out where the controller's roles already say it. */
  roles?: Role[];
  /** The route below the controller's; `:id` by default. */
  path?: string;
  description?: string;
}

/**
 * A PATCH that edits one versioned record: the handler reads the version with `@IfMatchVersion()`,
 * and a stale one is 409 VERSION_MISMATCH. One place for the route, its roles and its OpenAPI text.
 */
export function VersionedPatch(options: VersionedPatchOptions): MethodDecorator {
  const decorators: (MethodDecorator | ClassDecorator)[] = [
    Patch(options.path ?? ':id'),
    ApiBearerAuth(),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The version being edited; stale → 409 VERSION_MISMATCH',
    }),
    ApiOkResponse({ type: options.type, description: options.description }),
  ];
  if (options.roles) {
    decorators.push(Roles(...options.roles));
  }
  return applyDecorators(...decorators);
}
