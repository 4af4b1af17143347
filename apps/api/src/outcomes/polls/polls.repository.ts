import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LocalizedText, PollChoice, PollMode, PollStatus, PollTally } from '@app/contracts';
import type { Tx } from '@app/database';

export interface PollRow {
  id: string;
  resolutionId: string;
  eventId: string;
  sessionId: string | null;
  mode: PollMode;
  status: PollStatus;
  members: number;
  present: number;
  required: number;
  majorityOf: 'present' | 'members';
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  question: LocalizedText;
  openedAt: Date;
  closedAt: Date | null;
}

export interface VoterRow {
  pollId: string;
  personId: string;
  fullName: { kk: string; ru?: string };
  position: LocalizedText | null;
  organization: LocalizedText | null;
  choice: PollChoice | null;
  via: 'self' | 'secretary' | null;
  recordedAt: Date | null;
}

const SELECT_POLL = `
  SELECT p.id, p.resolution_id AS "resolutionId", p.event_id AS "eventId", p.session_id AS "sessionId", p.mode,
         p.status, p.members, p.present, p.required, p.majority_of AS "majorityOf", p.votes_for AS "votesFor",
         p.votes_against AS "votesAgainst", p.votes_abstained AS "votesAbstained", r.title AS question,
         p.opened_at AS "openedAt", p.closed_at AS "closedAt"
  FROM polls p JOIN resolutions r ON r.id = p.resolution_id`;

const TALLY = `
  SELECT count(*) FILTER (WHERE choice = 'for')::int AS "for",
         count(*) FILTER (WHERE choice = 'against')::int AS against,
         count(*) FILTER (WHERE choice = 'abstained')::int AS abstained,
         count(*)::int AS cast
  FROM poll_votes WHERE poll_id = $1`;

/** Votes by name: every query of the polls module. */
@Injectable()
export class PollsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The poll, optionally locked: `share` while a vote is recorded (many at once), `update` to close it
   * (after every vote under way is in).
   */
  async find(id: string, tx: Tx = this.dataSource.manager, lock?: 'share' | 'update'): Promise<PollRow | undefined> {
    const rows: PollRow[] = await tx.query(
      `${SELECT_POLL} WHERE p.id = $1 ${lock === 'share' ? 'FOR SHARE OF p' : lock === 'update' ? 'FOR UPDATE OF p' : ''}`,
      [id],
    );
    return rows[0];
  }

  /** A new open poll with its voters; undefined when the event already has an open one. */
  async open(
    tx: Tx,
    poll: Pick<
      PollRow,
      'resolutionId' | 'eventId' | 'sessionId' | 'mode' | 'members' | 'present' | 'required' | 'majorityOf'
    >,
    voterIds: string[],
    userId: string,
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO polls (resolution_id, event_id, session_id, mode, members, present, required, majority_of, opened_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (event_id) WHERE status = 'open' DO NOTHING RETURNING id`,
      [
        poll.resolutionId,
        poll.eventId,
        poll.sessionId,
        poll.mode,
        poll.members,
        poll.present,
        poll.required,
        poll.majorityOf,
        userId,
      ],
    );
    if (!rows[0]) {
      return undefined;
    }
    await tx.query(`INSERT INTO poll_voters (poll_id, person_id) SELECT $1, unnest($2::uuid[])`, [
      rows[0].id,
      voterIds,
    ]);
    return rows[0].id;
  }

  async isVoter(tx: Tx, pollId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM poll_voters WHERE poll_id = $1 AND person_id = $2`, [
      pollId,
      personId,
    ]);
    return rows.length > 0;
  }

  /** Records a vote; a changed one replaces the first (and is counted as a change). */
  async castVote(
    tx: Tx,
    vote: { pollId: string; personId: string; choice: PollChoice; via: 'self' | 'secretary'; userId: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO poll_votes (poll_id, person_id, choice, via, recorded_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (poll_id, person_id) DO UPDATE
         SET choice = EXCLUDED.choice, via = EXCLUDED.via, recorded_by = EXCLUDED.recorded_by, recorded_at = now(),
             changes = poll_votes.changes + 1
         WHERE poll_votes.choice <> EXCLUDED.choice`,
      [vote.pollId, vote.personId, vote.choice, vote.via, vote.userId],
    );
  }

  async tally(pollId: string, tx: Tx = this.dataSource.manager): Promise<PollTally> {
    const rows: PollTally[] = await tx.query(TALLY, [pollId]);
    return rows[0];
  }

  async close(tx: Tx, id: string, tally: PollTally, userId: string): Promise<void> {
    await tx.query(
      `UPDATE polls SET status = 'closed', votes_for = $2, votes_against = $3, votes_abstained = $4, closed_by = $5,
         closed_at = now() WHERE id = $1`,
      [id, tally.for, tally.against, tally.abstained, userId],
    );
  }

  async cancel(tx: Tx, id: string, userId: string): Promise<void> {
    await tx.query(`UPDATE polls SET status = 'cancelled', closed_by = $2, closed_at = now() WHERE id = $1`, [
      id,
      userId,
    ]);
  }

  /** The voters of some polls with their votes, each poll's in the directory's order. */
  voters(pollIds: string[]): Promise<VoterRow[]> {
    return this.dataSource.query(
      `SELECT v.poll_id AS "pollId", v.person_id AS "personId", pe.full_name AS "fullName", pe.position,
              o.name AS organization, pv.choice, pv.via, pv.recorded_at AS "recordedAt"
       FROM poll_voters v
       JOIN people pe ON pe.id = v.person_id
       LEFT JOIN organizations o ON o.id = pe.organization_id
       LEFT JOIN poll_votes pv ON pv.poll_id = v.poll_id AND pv.person_id = v.person_id
       WHERE v.poll_id = ANY($1::uuid[])
       ORDER BY v.poll_id, pe.sort_name COLLATE "kk-KZ-x-icu", pe.id`,
      [pollIds],
    );
  }

  /** Who voted how, by person id, in a stable order: what a sealed act holds. */
  namedVotes(tx: Tx, pollId: string): Promise<{ person: string; choice: PollChoice }[]> {
    return tx.query(`SELECT person_id AS person, choice FROM poll_votes WHERE poll_id = $1 ORDER BY person_id`, [
      pollId,
    ]);
  }

  /** The polls of a resolution, newest first. */
  async ofResolution(resolutionId: string): Promise<PollRow[]> {
    return this.dataSource.query(`${SELECT_POLL} WHERE p.resolution_id = $1 ORDER BY p.opened_at DESC`, [resolutionId]);
  }

  /** The open polls a person votes in, with their vote so far. */
  mine(personId: string): Promise<(PollRow & { eventTitle: LocalizedText; choice: PollChoice | null })[]> {
    return this.dataSource.query(
      `${SELECT_POLL.replace('FROM polls p', ', e.title AS "eventTitle", pv.choice FROM polls p')}
       JOIN poll_voters v ON v.poll_id = p.id AND v.person_id = $1
       JOIN events e ON e.id = p.event_id
       LEFT JOIN poll_votes pv ON pv.poll_id = p.id AND pv.person_id = $1
       WHERE p.status = 'open'
       ORDER BY p.opened_at`,
      [personId],
    );
  }

  /** What the hall's screen shows of an event's votes: the open poll, else the last one closed, with its count. */
  async latestOfEvent(eventId: string): Promise<(PollRow & { tally: PollTally }) | undefined> {
    const rows: (PollRow & { tally: PollTally })[] = await this.dataSource.query(
      `${SELECT_POLL.replace(
        'FROM polls p',
        `, (SELECT json_build_object('for', count(*) FILTER (WHERE v.choice = 'for'),
                                     'against', count(*) FILTER (WHERE v.choice = 'against'),
                                     'abstained', count(*) FILTER (WHERE v.choice = 'abstained'), 'cast', count(*))
            FROM poll_votes v WHERE v.poll_id = p.id) AS tally FROM polls p`,
      )}
       WHERE p.event_id = $1 AND p.status <> 'cancelled'
       ORDER BY p.status = 'open' DESC, p.opened_at DESC LIMIT 1`,
      [eventId],
    );
    return rows[0];
  }
}
