import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { LocalizedText, PollChoice, PollMode } from '@app/contracts';
import type { Tx } from '@app/database';

/** A closed vote by name, as an adoption takes it: its counts, and the quorum judged when it opened. */
export interface ClosedPoll {
  id: string;
  mode: PollMode;
  votesFor: number;
  votesAgainst: number;
  votesAbstained: number;
  present: number;
  members: number;
  required: number;
}

/** One voter of a poll as the protocol lists them: who, and how they voted (null: did not vote). */
export interface RollEntry {
  personId: string;
  fullName: { kk: string; ru?: string };
  position: LocalizedText | null;
  choice: PollChoice | null;
}

/**
 * Where the votes by name are kept. The polls module provides it and registers it here, so that this module
 * adopts from a poll and seals its names without importing the module that imports it.
 */
export interface PollLedger {
  /** The closed poll `pollId` of resolution `resolutionId`, read (and locked) through `tx`; AppErrors when it is not one. */
  closedPoll(tx: Tx, pollId: string, resolutionId: string): Promise<ClosedPoll>;
  /** Who voted how in a poll, by person id: what the sealed act holds. */
  namedVotes(tx: Tx, pollId: string): Promise<{ person: string; choice: PollChoice }[]>;
  /** The voters of some polls with their votes, by poll, in the directory's order. */
  rolls(pollIds: string[]): Promise<Map<string, RollEntry[]>>;
}

@Injectable()
export class ResolutionVotes {
  private ledger?: PollLedger;

  register(ledger: PollLedger): void {
    this.ledger = ledger;
  }

  /** The rolls of the polls some adoptions took: none to read when no adoption was by name. */
  async rolls(pollIds: string[]): Promise<Map<string, RollEntry[]>> {
    return pollIds.length === 0 ? new Map() : this.polls.rolls(pollIds);
  }

  get polls(): PollLedger {
    if (!this.ledger) {
      throw AppError.validation([{ field: 'pollId', code: 'exists' }]);
    }
    return this.ledger;
  }
}
