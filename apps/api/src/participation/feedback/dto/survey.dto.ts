import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextDto } from '@app/common';
import {
  SURVEY_QUESTION_KINDS,
  type LocalizedText,
  type SurveyQuestionKind,
  type SurveyResponse,
  type SurveyResultsResponse,
  type SurveyState,
} from '@app/contracts';

/** A survey is short: delegates answer it on a phone. */
export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 10;
export const MAX_TEXT_ANSWER = 2000;

export class SurveyOptionDto {
  @ApiPropertyOptional({ example: 'a', description: 'Kept when given (answers refer to it); made when left out' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  id?: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  text!: LocalizedTextDto;
}

export class SurveyQuestionDto {
  @ApiPropertyOptional({ description: 'Kept when given (answers refer to it); made when left out' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  id?: string;

  @ApiProperty({ enum: SURVEY_QUESTION_KINDS, description: 'choice: one option; scale: 1 to 5; text: free text' })
  @IsIn(SURVEY_QUESTION_KINDS)
  kind!: SurveyQuestionKind;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  text!: LocalizedTextDto;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ type: [SurveyOptionDto], description: 'Choice questions: two or more' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => SurveyOptionDto)
  options?: SurveyOptionDto[];
}

export class CreateSurveyDto {
  @ApiPropertyOptional({ format: 'uuid', description: "A session's own survey: opens when the session ends" })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiProperty({ type: [SurveyQuestionDto], description: 'Asked after a rating of each session attended' })
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions!: SurveyQuestionDto[];

  @ApiPropertyOptional({ default: false, description: 'Results and their export name nobody' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiProperty({ example: '2026-12-20T18:00:00+05:00', description: 'After the event (or session) ends' })
  @IsDateString({ strict: true })
  closesAt!: string;
}

export class UpdateSurveyDto {
  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title?: LocalizedTextDto;

  @ApiPropertyOptional({ type: [SurveyQuestionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions?: SurveyQuestionDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({ strict: true })
  closesAt?: string;
}

export class SessionRatingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsIn([1, 2, 3, 4, 5]) rating!: number;
}

export class AnswerValueDto {
  @ApiProperty() @IsString() @MaxLength(40) questionId!: string;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'integer' }],
    description: 'Option id, mark 1–5, or text (checked against the question)',
  })
  @IsDefined()
  value!: string | number;
}

export class SubmitAnswerDto {
  @ApiProperty({ type: [SessionRatingDto], description: 'One for each session attended' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SessionRatingDto)
  ratings!: SessionRatingDto[];

  @ApiProperty({ type: [AnswerValueDto] })
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => AnswerValueDto)
  answers!: AnswerValueDto[];
}

export class SurveyOptionResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: LocalizedTextDto }) text!: LocalizedText;
}

export class SurveyQuestionResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS }) kind!: SurveyQuestionKind;
  @ApiProperty({ type: LocalizedTextDto }) text!: LocalizedText;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: [SurveyOptionResponseDto] }) options!: SurveyOptionResponseDto[];
}

export class SurveySessionDto {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
}

export class MyAnswerDto {
  @ApiProperty({ type: [SessionRatingDto] }) ratings!: SessionRatingDto[];
  @ApiProperty({ type: [AnswerValueDto] }) answers!: AnswerValueDto[];
  @ApiProperty() updatedAt!: string;
}

export class SurveyResponseDto implements SurveyResponse {
  @ApiProperty() id!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ nullable: true, type: String }) sessionId!: string | null;
  @ApiProperty() eventTitle!: string;
  @ApiProperty({ example: 'Asia/Almaty' }) timeZone!: string;
  @ApiProperty({ type: LocalizedTextDto }) title!: LocalizedText;
  @ApiProperty({ type: [SurveyQuestionResponseDto] }) questions!: SurveyQuestionResponseDto[];
  @ApiProperty() anonymous!: boolean;
  @ApiProperty() opensAt!: string;
  @ApiProperty() closesAt!: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'closed'] }) state!: SurveyState;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [SurveySessionDto] }) sessions!: SurveySessionDto[];
  @ApiProperty({ type: MyAnswerDto, nullable: true }) mine!: MyAnswerDto | null;
  @ApiProperty() canAnswer!: boolean;
}

export class SessionResultDto {
  @ApiProperty() sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ nullable: true, type: Number }) average!: number | null;
}

export class ValueCountDto {
  @ApiProperty() value!: string;
  @ApiProperty() label!: string;
  @ApiProperty() count!: number;
}

export class TextAnswerDto {
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ description: 'Only when the survey is not anonymous' }) personId?: string;
  @ApiPropertyOptional({ description: 'Only when the survey is not anonymous' }) name?: string;
}

export class QuestionResultDto {
  @ApiProperty() questionId!: string;
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS }) kind!: SurveyQuestionKind;
  @ApiProperty() text!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ nullable: true, type: Number }) average!: number | null;
  @ApiProperty({ type: [ValueCountDto] }) counts!: ValueCountDto[];
  @ApiProperty({ type: [TextAnswerDto] }) texts!: TextAnswerDto[];
}

export class SurveyResultsResponseDto implements SurveyResultsResponse {
  @ApiProperty() surveyId!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty() invited!: number;
  @ApiProperty() respondents!: number;
  @ApiProperty({ type: [SessionResultDto] }) sessions!: SessionResultDto[];
  @ApiProperty({ type: [QuestionResultDto] }) questions!: QuestionResultDto[];
}
