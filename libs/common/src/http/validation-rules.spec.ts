import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, ValidateNested, validateSync } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { keepValidationRules } from './validation-rules';

class Place {
  @IsString() @MaxLength(5) code!: string;
}
class Base {
  @IsString() name!: string;
}
class Child extends Base {
  @IsOptional() @IsInt() seats?: number;
  @ValidateNested() @Type(() => Place) place!: Place;
}

function errorsOf(value: object): string[] {
  return validateSync(value, { whitelist: true, forbidNonWhitelisted: true }).flatMap((e) => [
    ...Object.keys(e.constraints ?? {}).map((c) => `${e.property}:${c}`),
    ...(e.children ?? []).flatMap((k) =>
      Object.keys(k.constraints ?? {}).map((c) => `${e.property}.${k.property}:${c}`),
    ),
  ]);
}

function child(fields: Partial<Child> & { extra?: unknown }): Child {
  const value = Object.assign(new Child(), fields);
  if (fields.place) {
    value.place = Object.assign(new Place(), fields.place);
  }
  return value;
}

describe('keepValidationRules', () => {
  it('answers each class and options once, then from memory', () => {
    const calls: string[] = [];
    const metadata = [{ propertyName: 'a' }, { propertyName: 'b' }, { propertyName: 'a' }] as ValidationMetadata[];
    const storage = {
      getTargetValidationMetadatas: (target: { name: string }, _schema: string, always: boolean) => {
        calls.push(`${target.name}:${always}`);
        return metadata;
      },
      groupByPropertyName: (list: ValidationMetadata[]) => {
        calls.push('group');
        return { a: list.filter((m) => m.propertyName === 'a'), b: list.filter((m) => m.propertyName === 'b') };
      },
    };
    keepValidationRules(storage as never);
    const kept = storage as unknown as {
      getTargetValidationMetadatas(
        target: unknown,
        schema: string,
        always: boolean,
        strict: boolean,
      ): ValidationMetadata[];
      groupByPropertyName(list: ValidationMetadata[]): Record<string, ValidationMetadata[]>;
    };
    for (let i = 0; i < 3; i++) {
      const rules = kept.getTargetValidationMetadatas(Base, '', false, false);
      expect(rules).toBe(metadata);
      expect(kept.groupByPropertyName(rules).a).toHaveLength(2);
    }
    kept.getTargetValidationMetadatas(Base, '', true, false);
    kept.getTargetValidationMetadatas(Child, '', false, false);
    expect(calls).toEqual(['Base:false', 'group', 'Base:true', 'Child:false']);
  });

  it('leaves what class-validator finds unchanged: own, inherited and nested rules, unknown properties', () => {
    const cases: [Child, string[]][] = [
      [child({ name: 'Алматы', seats: 3, place: { code: 'KZ-75' } }), []],
      [child({ seats: 3, place: { code: 'KZ-75' } }), ['name:isString']],
      [child({ name: 'x', seats: 1.5, place: { code: 'KZ-75-1' } }), ['seats:isInt', 'place.code:maxLength']],
      [child({ name: 'x', place: { code: 'KZ' }, extra: 1 }), ['extra:whitelistValidation']],
    ];
    const before = cases.map(([value]) => errorsOf(value));
    keepValidationRules();
    keepValidationRules(); // twice changes nothing
    for (let round = 0; round < 2; round++) {
      cases.forEach(([value, expected], i) => {
        expect(errorsOf(value)).toEqual(before[i]);
        expect(errorsOf(value).sort()).toEqual([...expected].sort());
      });
    }
  });
});
