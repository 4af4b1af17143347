import { Injectable } from '@nestjs/common';
import type { EventRow } from '../../forum/events/events.model';
import { RosterRepository, type RosterRow } from './roster.repository';

export type { RosterRow } from './roster.repository';

/** Who was at a meeting, by name: for the protocol's attendance log and for votes by name. */
@Injectable()
export class RosterService {
  constructor(private readonly rosters: RosterRepository) {}

  /** Everyone registered, voting members first judged present or absent at `at` (now by default). */
  roster(
    event: Pick<EventRow, 'id' | 'quorum'>,
    sessionId: string | null,
    at: Date | null = null,
  ): Promise<RosterRow[]> {
    return this.rosters.roster(event.id, sessionId, event.quorum?.roles ?? null, at);
  }
}
