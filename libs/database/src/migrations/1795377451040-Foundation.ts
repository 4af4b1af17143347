import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795377451040 implements MigrationInterface {
  name = 'Foundation1795377451040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_scopes" ("user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "scope_kind" character varying(16) NOT NULL, "scope_id" uuid NOT NULL, CONSTRAINT "user_scopes_kind_known" CHECK (scope_kind IN ('event', 'organization')), CONSTRAINT "user_scopes_role_known" CHECK (role IN ('organizer', 'secretary', 'checker')), CONSTRAINT "PK_adfdc94f5f4212a5119667b7740" PRIMARY KEY ("user_id", "role", "scope_kind", "scope_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "user_scopes_target_idx" ON "user_scopes"  ("scope_kind", "scope_id") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "full_name" character varying(200) NOT NULL DEFAULT '', "language" character varying(2) NOT NULL DEFAULT 'kk', "roles" text array NOT NULL DEFAULT '{participant}', "is_active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "users_roles_known" CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'organizer', 'secretary', 'checker', 'participant']::text[]), CONSTRAINT "users_language_known" CHECK (language IN ('kk', 'ru', 'en')), CONSTRAINT "users_email_lowercase" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "UQ_fc7c8b01bebb6839399c494d68a" UNIQUE ("token_hash"), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(300) NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_scopes" ADD CONSTRAINT "FK_e23369bd4a15d31af02810a2690" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"`);
    await queryRunner.query(`ALTER TABLE "user_scopes" DROP CONSTRAINT "FK_e23369bd4a15d31af02810a2690"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."user_scopes_target_idx"`);
    await queryRunner.query(`DROP TABLE "user_scopes"`);
  }
}
