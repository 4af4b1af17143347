import { Inject, Injectable } from '@nestjs/common';
import { AppError, canonicalDigest, canonicalJson, formatSealCode, newSealCode, parseSealCode } from '@app/common';
import type { VerificationAnswer } from '@app/contracts';
import type { Tx } from '@app/database';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { SealedActSource, SealedKind } from './act-source';
import { type SealRow, VerificationRepository } from './verification.repository';
import { RateLimitsService, type SharedRateWindow } from '../../platform/rate-limits/rate-limits.service';

/** Verifications an address may ask for a minute: a reader checks a few acts, not thousands. */
const VERIFICATIONS_PER_MINUTE = 60;

/**
 * Seals final acts and verifies them. At adoption or approval the owning module calls `seal` inside its
 * transaction: the canonical form of the act as it stands in the database, its SHA-256 and a random code
 * are fixed (act_seals, which a trigger keeps from changing). Verifying reads the act again from its tables,
 * recomputes the digest and compares: a row changed behind the application's back no longer matches.
 */
@Injectable()
export class VerificationService {
  private readonly sources = new Map<SealedKind, SealedActSource>();
  private readonly limiter: SharedRateWindow;

  constructor(
    private readonly seals: VerificationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    rateLimits: RateLimitsService,
  ) {
    this.limiter = rateLimits.window('verify', VERIFICATIONS_PER_MINUTE, 60);
  }

  /** Called by the module owning a kind of act, at its start. */
  register(source: SealedActSource): void {
    this.sources.set(source.kind, source);
  }

  private source(kind: SealedKind): SealedActSource {
    const source = this.sources.get(kind);
    if (!source) {
      throw new Error(`no source of sealed ${kind} acts is registered`);
    }
    return source;
  }

  /** Fixes the digest of a final act, in the transaction that makes it final; returns its code. */
  async seal(tx: Tx, kind: SealedKind, actId: string): Promise<string> {
    const source = this.source(kind);
    const canonical = await source.canonical(tx, actId, source.format);
    if (!canonical) {
      throw new Error(`${kind} ${actId} is not final: nothing to seal`);
    }
    const digest = canonicalDigest(canonical);
    for (;;) {
      const code = newSealCode();
      if (await this.seals.insert(tx, { code, kind, actId, format: source.format, digest })) {
        return code;
      }
    }
  }

  /** The printed codes (`ABCDE-12345`) of acts of one kind, and the page each opens. */
  async codesOf(kind: SealedKind, actIds: string[]): Promise<Map<string, { code: string; url: string }>> {
    const codes = await this.seals.codesOf(kind, actIds);
    return new Map([...codes].map(([id, code]) => [id, { code: formatSealCode(code), url: this.pageUrl(code) }]));
  }

  pageUrl(code: string): string {
    return `${this.config.publicUrl}/verify/${formatSealCode(code)}`;
  }

  /** The seal of a typed code; 400 if it cannot be a code, 404 if no act has it. */
  private async find(typed: string, client: string): Promise<SealRow> {
    const code = parseSealCode(typed);
    if (!code) {
      throw AppError.validation([{ field: 'code', code: 'format' }]);
    }
    await this.limiter.take(client);
    const seal = await this.seals.findByCode(code);
    if (!seal) {
      throw AppError.notFound();
    }
    return seal;
  }

  /** The verdict on a typed code; a revoked award answers that it was revoked, with its number and nothing else. */
  async verify(typed: string, client: string): Promise<VerificationAnswer> {
    const seal = await this.find(typed, client);
    const source = this.source(seal.kind);
    const [summary, canonical] = await Promise.all([
      source.summary(seal.actId),
      source.canonical(this.seals.reader, seal.actId, seal.format),
    ]);
    if (!summary) {
      throw AppError.notFound();
    }
    if (summary.revoked) {
      return {
        code: formatSealCode(seal.code),
        kind: 'award',
        documentKind: summary.documentKind,
        number: summary.number,
        revoked: true,
      };
    }
    return {
      code: formatSealCode(seal.code),
      revoked: false,
      kind: seal.kind,
      documentKind: summary.documentKind,
      number: summary.number,
      date: summary.date,
      title: summary.title,
      organization: summary.organization,
      eventTitle: summary.eventTitle,
      recipient: summary.recipient ?? null,
      eventUrl: summary.eventSlug ? `${this.config.publicUrl}/events/${summary.eventSlug}` : null,
      digest: seal.digest,
      matches: canonical !== undefined && canonicalDigest(canonical) === seal.digest,
      format: seal.format,
      sealedAt: new Date(seal.sealedAt).toISOString(),
      canonicalUrl: summary.isPublic
        ? `${this.config.publicUrl}/api/v1/verify/${formatSealCode(seal.code)}/canonical.json`
        : null,
      signature: seal.signedAt
        ? { format: seal.signatureFormat!, signedAt: new Date(seal.signedAt).toISOString(), signer: seal.signer }
        : null,
    };
  }

  /** The exact bytes the digest is made over, for acts whose text is public; 404 for the others. */
  async canonicalOf(typed: string, client: string): Promise<Buffer> {
    const seal = await this.find(typed, client);
    const source = this.source(seal.kind);
    const summary = await source.summary(seal.actId);
    const canonical =
      summary?.isPublic && !summary.revoked
        ? await source.canonical(this.seals.reader, seal.actId, seal.format)
        : undefined;
    if (!canonical) {
      throw AppError.notFound();
    }
    return Buffer.from(canonicalJson(canonical), 'utf8');
  }
}
