import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import type { SealedKind } from './act-source';

export interface SealRow {
  code: string;
  kind: SealedKind;
  actId: string;
  format: number;
  digest: string;
  sealedAt: Date;
  signatureFormat: string | null;
  signer: Record<string, unknown> | null;
  signedAt: Date | null;
}

const SELECT_SEAL = `SELECT code, kind, act_id AS "actId", format, digest, sealed_at AS "sealedAt",
  signature_format AS "signatureFormat", signer, signed_at AS "signedAt" FROM act_seals`;

/** The seals of final acts: every query of the verification module. */
@Injectable()
export class VerificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get reader(): Tx {
    return this.dataSource.manager;
  }

  /** A new seal; false when the code is taken (the caller draws another). */
  async insert(
    tx: Tx,
    seal: { code: string; kind: SealedKind; actId: string; format: number; digest: string },
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO act_seals (code, kind, act_id, format, digest) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [seal.code, seal.kind, seal.actId, seal.format, seal.digest],
    );
    return rows.length === 1;
  }

  async findByCode(code: string): Promise<SealRow | undefined> {
    const rows: SealRow[] = await this.dataSource.query(`${SELECT_SEAL} WHERE code = $1`, [code]);
    return rows[0];
  }

  /** The codes of acts of one kind, for the documents that print them. */
  async codesOf(kind: SealedKind, actIds: string[]): Promise<Map<string, string>> {
    const rows: { actId: string; code: string }[] = await this.dataSource.query(
      `SELECT act_id AS "actId", code FROM act_seals WHERE kind = $1 AND act_id = ANY($2::uuid[])`,
      [kind, actIds],
    );
    return new Map(rows.map((row) => [row.actId, row.code]));
  }
}
