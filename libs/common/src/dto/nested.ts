import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

/**
 * A request field that is an object of its own (a kk/ru/en text, a venue, a quorum rule): its OpenAPI type, turned
 * into that DTO and validated as one. `optional` may be left out (with `nullable`, also sent as null to clear it).
 */
export function Nested(
  type: new () => object,
  options: { optional?: boolean; nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  const { optional = false, ...doc } = options;
  const schema = {
    ...(doc.nullable ? { nullable: true } : {}),
    type,
    ...(doc.description ? { description: doc.description } : {}),
  };
  return applyDecorators(
    ...(optional ? [ApiPropertyOptional(schema), IsOptional()] : [ApiProperty(schema)]),
    ValidateNested(),
    Type(() => type),
  );
}
