import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PersonResponseDto } from '../../../directory/people/dto/person.dto';

export class MergePeopleDto {
  @ApiProperty({ format: 'uuid', description: 'The duplicate: merged into the person of the path, then removed' })
  @IsUUID()
  duplicateId!: string;
}

export class MergeMovedDto {
  @ApiProperty() registrations!: number;
  @ApiProperty() checkIns!: number;
  @ApiProperty({ description: 'Moderator and speaker places in sessions' }) speakers!: number;
  @ApiProperty({ description: 'Chairs, secretaries, executors, signatories and voters in documents' }) roles!: number;
  @ApiProperty({ description: 'The duplicate’s account, now the kept person’s' }) accounts!: number;
}

export class MergeResultResponseDto {
  @ApiProperty({ type: PersonResponseDto, description: 'The kept person, its empty fields filled from the duplicate' })
  person!: PersonResponseDto;

  @ApiProperty({ format: 'uuid' })
  mergedId!: string;

  @ApiProperty({ type: MergeMovedDto })
  moved!: MergeMovedDto;
}

export class DuplicateGroupResponseDto {
  @ApiProperty({ description: 'The normalised name the people share' })
  key!: string;

  @ApiProperty({ type: [PersonResponseDto] })
  people!: PersonResponseDto[];
}

export class DuplicateListResponseDto {
  @ApiProperty({ type: [DuplicateGroupResponseDto] })
  groups!: DuplicateGroupResponseDto[];
}
