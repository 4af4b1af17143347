import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change of an account, its scopes or its sessions is announced on the `auth_changed`
 * channel with the user's id, at commit, whichever code path made it. App instances keep
 * resolved bearer tokens for a few seconds and drop a user's on this notice.
 */
export class AuthChanges1795491000000 implements MigrationInterface {
  name = 'AuthChanges1795491000000';

  public async up(q: QueryRunner): Promise<void> {
    // TG_ARGV[0] names the column holding the user id (plpgsql resolves NEW's fields per table).
    await q.query(`CREATE FUNCTION notify_auth_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('auth_changed', to_jsonb(COALESCE(NEW, OLD)) ->> TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER users_auth_change AFTER UPDATE OR DELETE ON users
      FOR EACH ROW EXECUTE FUNCTION notify_auth_change('id')`);
    await q.query(`CREATE TRIGGER user_scopes_auth_change AFTER INSERT OR UPDATE OR DELETE ON user_scopes
      FOR EACH ROW EXECUTE FUNCTION notify_auth_change('user_id')`);
    await q.query(`CREATE TRIGGER auth_sessions_auth_change AFTER UPDATE OR DELETE ON auth_sessions
      FOR EACH ROW EXECUTE FUNCTION notify_auth_change('user_id')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER auth_sessions_auth_change ON auth_sessions`);
    await q.query(`DROP TRIGGER user_scopes_auth_change ON user_scopes`);
    await q.query(`DROP TRIGGER users_auth_change ON users`);
    await q.query(`DROP FUNCTION notify_auth_change()`);
  }
}
