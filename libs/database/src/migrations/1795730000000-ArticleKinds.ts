import type { MigrationInterface, QueryRunner } from 'typeorm';

const SESSION_KINDS = [
  'opening',
  'plenary',
  'speech',
  'panel',
  'seminar',
  'round_table',
  'break',
  'awards',
  'adoption',
];
const ORGANIZATION_KINDS = ['akimat', 'maslikhat', 'association', 'party', 'department', 'other'];

const list = (values: string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * Kinds the field uses and the first lists lacked (issue 22, the articles): a session presenting a project's results,
 * and organizations that are central state agencies, non-governmental organizations, public foundations and
 * international partners.
 */
export class ArticleKinds1795730000000 implements MigrationInterface {
  name = 'ArticleKinds1795730000000';

  public async up(q: QueryRunner): Promise<void> {
    await this.kinds(
      q,
      [...SESSION_KINDS, 'presentation'],
      [...ORGANIZATION_KINDS, 'central_agency', 'ngo', 'foundation', 'international'],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE sessions SET kind = 'speech' WHERE kind = 'presentation'`);
    await q.query(
      `UPDATE organizations SET kind = 'other' WHERE kind IN ('central_agency', 'ngo', 'foundation', 'international')`,
    );
    await this.kinds(q, SESSION_KINDS, ORGANIZATION_KINDS);
  }

  private async kinds(q: QueryRunner, sessionKinds: string[], organizationKinds: string[]): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP CONSTRAINT sessions_kind_check,
      ADD CONSTRAINT sessions_kind_check CHECK (kind IN (${list(sessionKinds)}))`);
    await q.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check,
      ADD CONSTRAINT organizations_kind_check CHECK (kind IN (${list(organizationKinds)}))`);
  }
}
