import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { POLL_CHOICES, POLL_MODES, type PollChoice, type PollMode } from '@app/contracts';

export class OpenPollDto {
  @ApiProperty({
    enum: POLL_MODES,
    description: 'roll_call: the secretary marks each voter; electronic: each votes from a phone',
  })
  @IsIn(POLL_MODES)
  mode!: PollMode;
}

export class VoteDto {
  @ApiProperty({ enum: POLL_CHOICES })
  @IsIn(POLL_CHOICES)
  choice!: PollChoice;
}
