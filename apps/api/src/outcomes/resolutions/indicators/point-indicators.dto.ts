import { LocalizedTextDto, Nested } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';

const VALUE = { minimum: 0, maximum: 99_999_999_999_999 };
const number = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };

/** A target indicator of a point: "build 12 schools", with the value reached so far. */
export class CreateIndicatorDto {
  @Nested(LocalizedTextDto, { description: 'What is counted, kk/ru(/en): «Мектеп салу», «Строительство школ»' })
  name!: LocalizedTextDto;

  @Nested(LocalizedTextDto, { description: 'The unit, kk/ru(/en): «дана», «шт.», «км»' })
  unit!: LocalizedTextDto;

  @ApiProperty(VALUE) @IsNumber(number) @Min(0) @Max(VALUE.maximum) target!: number;

  @ApiPropertyOptional({ ...VALUE, default: 0 })
  @IsOptional()
  @IsNumber(number)
  @Min(0)
  @Max(VALUE.maximum)
  actual?: number;
}

/** A change of an indicator: its name, unit and target only while the act is a draft; its actual value always. */
export class UpdateIndicatorDto {
  @Nested(LocalizedTextDto, { optional: true }) name?: LocalizedTextDto;
  @Nested(LocalizedTextDto, { optional: true }) unit?: LocalizedTextDto;
  @ApiPropertyOptional(VALUE) @IsOptional() @IsNumber(number) @Min(0) @Max(VALUE.maximum) target?: number;
  @ApiPropertyOptional(VALUE) @IsOptional() @IsNumber(number) @Min(0) @Max(VALUE.maximum) actual?: number;
}
