import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppError } from '@app/common';
import type { PollChoice } from '@app/contracts';
import type { Tx } from '@app/database';
import type { ClosedPoll, PollLedger, RollEntry } from '../resolutions/resolution-votes';
import { ResolutionVotes } from '../resolutions/resolution-votes';
import { PollsRepository } from './polls.repository';

/** The polls as the resolutions module adopts from them and seals their names. */
@Injectable()
export class PollsLedger implements PollLedger, OnModuleInit {
  constructor(
    private readonly polls: PollsRepository,
    private readonly votes: ResolutionVotes,
  ) {}

  onModuleInit(): void {
    this.votes.register(this);
  }

  async closedPoll(tx: Tx, pollId: string, resolutionId: string): Promise<ClosedPoll> {
    const poll = await this.polls.find(pollId, tx, 'share');
    if (!poll || poll.resolutionId !== resolutionId || poll.status === 'cancelled') {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'pollId', code: 'exists' }]);
    }
    if (poll.status !== 'closed') {
      throw new AppError('POLL_NOT_CLOSED');
    }
    return {
      id: poll.id,
      mode: poll.mode,
      votesFor: poll.votesFor!,
      votesAgainst: poll.votesAgainst!,
      votesAbstained: poll.votesAbstained!,
      present: poll.present,
      members: poll.members,
      required: poll.required,
    };
  }

  namedVotes(tx: Tx, pollId: string): Promise<{ person: string; choice: PollChoice }[]> {
    return this.polls.namedVotes(tx, pollId);
  }

  async rolls(pollIds: string[]): Promise<Map<string, RollEntry[]>> {
    const result = new Map<string, RollEntry[]>();
    for (const v of await this.polls.voters(pollIds)) {
      const entry = { personId: v.personId, fullName: v.fullName, position: v.position, choice: v.choice };
      result.set(v.pollId, [...(result.get(v.pollId) ?? []), entry]);
    }
    return result;
  }
}
