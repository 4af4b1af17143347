import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 20 top-level units: ISO 3166-2:KZ codes, which equal the first two digits of KATO. */
const TOP_LEVEL_REGIONS: [code: string, level: 'oblast' | 'city', kk: string, ru: string, en: string][] = [
  ['KZ-10', 'oblast', 'Абай облысы', 'Абайская область', 'Abai Region'],
  ['KZ-11', 'oblast', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region'],
  ['KZ-15', 'oblast', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'],
  ['KZ-19', 'oblast', 'Алматы облысы', 'Алматинская область', 'Almaty Region'],
  ['KZ-23', 'oblast', 'Атырау облысы', 'Атырауская область', 'Atyrau Region'],
  ['KZ-27', 'oblast', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'],
  ['KZ-31', 'oblast', 'Жамбыл облысы', 'Жамбылская область', 'Zhambyl Region'],
  ['KZ-33', 'oblast', 'Жетісу облысы', 'Область Жетісу', 'Zhetysu Region'],
  ['KZ-35', 'oblast', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'],
  ['KZ-39', 'oblast', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region'],
  ['KZ-43', 'oblast', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'],
  ['KZ-47', 'oblast', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'],
  ['KZ-55', 'oblast', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'],
  ['KZ-59', 'oblast', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'],
  ['KZ-61', 'oblast', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region'],
  ['KZ-62', 'oblast', 'Ұлытау облысы', 'Область Ұлытау', 'Ulytau Region'],
  ['KZ-63', 'oblast', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'],
  ['KZ-71', 'city', 'Астана қаласы', 'Город Астана', 'Astana'],
  ['KZ-75', 'city', 'Алматы қаласы', 'Город Алматы', 'Almaty'],
  ['KZ-79', 'city', 'Шымкент қаласы', 'Город Шымкент', 'Shymkent'],
];

/**
 * Regions, organizations, people, events, sessions and the audit log. Search columns
 * fold case with the ICU root collation so Kazakh letters match whatever the server's
 * own locale is; sorting uses the kk-KZ ICU collation.
 */
export class ForumsAndAgendas1795400000000 implements MigrationInterface {
  name = 'ForumsAndAgendas1795400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`CREATE TABLE regions (
      code varchar(40) PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
      parent_code varchar(40) REFERENCES regions(code) ON DELETE RESTRICT,
      level varchar(16) NOT NULL CHECK (level IN ('oblast', 'city', 'district', 'rural_district', 'village')),
      name jsonb NOT NULL CHECK (name ? 'kk' AND name ? 'ru'),
      path text NOT NULL,
      search_text text GENERATED ALWAYS AS (
        lower(((name->>'kk') || ' ' || (name->>'ru') || ' ' || coalesce(name->>'en', '') || ' ' || code) COLLATE "und-x-icu")
      ) STORED,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((level IN ('oblast', 'city')) = (parent_code IS NULL))
    )`);
    await q.query(`CREATE INDEX regions_parent_idx ON regions (parent_code)`);
    await q.query(`CREATE INDEX regions_path_idx ON regions (path text_pattern_ops)`);
    await q.query(`CREATE INDEX regions_search_idx ON regions USING gin (search_text gin_trgm_ops)`);
    for (const [code, level, kk, ru, en] of TOP_LEVEL_REGIONS) {
      await q.query(`INSERT INTO regions (code, level, name, path) VALUES ($1, $2, $3, $4)`, [
        code,
        level,
        JSON.stringify({ kk, ru, en }),
        code,
      ]);
    }

    await q.query(`CREATE TABLE organizations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name jsonb NOT NULL CHECK (name ? 'kk' AND name ? 'ru'),
      kind varchar(16) NOT NULL DEFAULT 'other'
        CHECK (kind IN ('akimat', 'maslikhat', 'association', 'party', 'department', 'other')),
      region_code varchar(40) REFERENCES regions(code) ON DELETE RESTRICT,
      announcement_lead_days integer NOT NULL DEFAULT 5 CHECK (announcement_lead_days BETWEEN 0 AND 60),
      search_text text GENERATED ALWAYS AS (
        lower(((name->>'kk') || ' ' || (name->>'ru') || ' ' || coalesce(name->>'en', '')) COLLATE "und-x-icu")
      ) STORED,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX organizations_region_idx ON organizations (region_code)`);
    await q.query(`CREATE INDEX organizations_search_idx ON organizations USING gin (search_text gin_trgm_ops)`);

    await q.query(`CREATE TABLE people (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      full_name jsonb NOT NULL CHECK (length(full_name->>'kk') > 0),
      position jsonb CHECK (position IS NULL OR (position ? 'kk' AND position ? 'ru')),
      organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
      region_code varchar(40) REFERENCES regions(code) ON DELETE RESTRICT,
      category varchar(24) NOT NULL DEFAULT 'other' CHECK (category IN ('oblast_akim', 'city_akim', 'district_akim',
        'rural_akim', 'maslikhat_chair', 'deputy', 'official', 'party_official', 'association_member', 'guest', 'press', 'other')),
      email varchar(254) CHECK (email = lower(email)),
      phone varchar(32),
      language varchar(2) NOT NULL DEFAULT 'kk' CHECK (language IN ('kk', 'ru', 'en')),
      sort_name text GENERATED ALWAYS AS (full_name->>'kk') STORED,
      search_text text GENERATED ALWAYS AS (
        lower(((full_name->>'kk') || ' ' || coalesce(full_name->>'ru', '')) COLLATE "und-x-icu")
      ) STORED,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX people_email_key ON people (email) WHERE email IS NOT NULL`);
    await q.query(`CREATE INDEX people_search_idx ON people USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX people_sort_idx ON people ((sort_name COLLATE "kk-KZ-x-icu"), id)`);
    await q.query(`CREATE INDEX people_organization_idx ON people (organization_id)`);
    await q.query(`CREATE INDEX people_region_idx ON people (region_code)`);

    await q.query(`CREATE TABLE events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug varchar(120) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      kind varchar(24) NOT NULL CHECK (kind IN ('forum', 'offsite_session', 'activists_meeting', 'round_table', 'seminar', 'other')),
      title jsonb NOT NULL CHECK (length(title->>'kk') > 0 AND length(title->>'ru') > 0),
      description jsonb,
      region_code varchar(40) REFERENCES regions(code) ON DELETE RESTRICT,
      venue jsonb NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      time_zone varchar(64) NOT NULL DEFAULT 'Asia/Almaty',
      visibility varchar(16) NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'invite_only')),
      capacity integer CHECK (capacity > 0),
      status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed', 'cancelled')),
      announced_at timestamptz,
      registration_opens_at timestamptz,
      registration_closes_at timestamptz,
      requires_approval boolean NOT NULL DEFAULT false,
      quorum jsonb,
      search_text text GENERATED ALWAYS AS (
        lower(((title->>'kk') || ' ' || (title->>'ru') || ' ' || coalesce(title->>'en', '') || ' ' || slug) COLLATE "und-x-icu")
      ) STORED,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at),
      CHECK (registration_closes_at IS NULL OR registration_opens_at IS NULL OR registration_closes_at > registration_opens_at)
    )`);
    await q.query(`CREATE INDEX events_starts_idx ON events (starts_at)`);
    await q.query(`CREATE INDEX events_region_idx ON events (region_code)`);
    await q.query(`CREATE INDEX events_search_idx ON events USING gin (search_text gin_trgm_ops)`);

    await q.query(`CREATE TABLE event_organizers (
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
      position smallint NOT NULL,
      PRIMARY KEY (event_id, organization_id)
    )`);
    await q.query(`CREATE INDEX event_organizers_organization_idx ON event_organizers (organization_id)`);

    await q.query(`CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      parent_id uuid REFERENCES sessions(id) ON DELETE CASCADE,
      kind varchar(16) NOT NULL CHECK (kind IN ('opening', 'plenary', 'speech', 'panel', 'seminar', 'round_table', 'break', 'awards', 'adoption')),
      title jsonb NOT NULL CHECK (length(title->>'kk') > 0 AND length(title->>'ru') > 0),
      description jsonb,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      room varchar(120),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at),
      CHECK (parent_id IS NULL OR parent_id <> id)
    )`);
    await q.query(`CREATE INDEX sessions_event_idx ON sessions (event_id, starts_at)`);
    await q.query(`CREATE INDEX sessions_parent_idx ON sessions (parent_id)`);

    await q.query(`CREATE TABLE session_people (
      session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      role varchar(16) NOT NULL CHECK (role IN ('moderator', 'speaker')),
      position smallint NOT NULL,
      topic jsonb,
      minutes smallint CHECK (minutes > 0),
      PRIMARY KEY (session_id, role, person_id)
    )`);
    await q.query(`CREATE INDEX session_people_person_idx ON session_people (person_id)`);

    await q.query(`CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
      entity varchar(32) NOT NULL,
      entity_id uuid NOT NULL,
      action varchar(32) NOT NULL,
      event_id uuid,
      changes jsonb NOT NULL DEFAULT '{}'
    )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at)`);
    await q.query(`CREATE INDEX audit_log_event_idx ON audit_log (event_id, at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'session_people',
      'sessions',
      'event_organizers',
      'events',
      'people',
      'organizations',
      'regions',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
