import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materials: files attached to a forum or one of its sessions (presentations, reports, drafts, photos). Each has
 * a title in kk and ru, the language it is written in and who may read it; each upload is a version of its own,
 * numbered from 1, and a new one keeps those before. The bytes live in the file store (DATA_DIR/files), named by
 * `storage_key`; the table holds what a reader needs before downloading: size, type and sha256 (the ETag).
 */
export class Materials1795630000000 implements MigrationInterface {
  name = 'Materials1795630000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE materials (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      session_id uuid REFERENCES sessions(id) ON DELETE SET NULL,
      title jsonb NOT NULL CHECK (jsonb_typeof(title) = 'object' AND title ? 'kk' AND title ? 'ru'),
      language varchar(2) NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
      visibility varchar(16) NOT NULL CHECK (visibility IN ('public', 'participants', 'staff')),
      current_version integer NOT NULL DEFAULT 1 CHECK (current_version >= 1),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX materials_event_idx ON materials (event_id, created_at)`);
    await q.query(`CREATE INDEX materials_session_idx ON materials (session_id) WHERE session_id IS NOT NULL`);

    await q.query(`CREATE TABLE material_versions (
      material_id uuid NOT NULL REFERENCES materials(id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number >= 1),
      storage_key varchar(200) NOT NULL UNIQUE,
      byte_size bigint NOT NULL CHECK (byte_size > 0),
      file_type varchar(8) NOT NULL CHECK (file_type IN ('pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg')),
      sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      original_name varchar(255),
      uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (material_id, number)
    )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE material_versions`);
    await q.query(`DROP TABLE materials`);
  }
}
