import { formatSealCode, pickText } from '@app/common';
import type { Language } from '@app/contracts';
import { personName } from '../../directory/people/people.service';
import type { AwardRow } from './awards.repository';
import type { AwardResponseDto } from './dto/award.dto';

/** Where an award's PDF is served (the e-mail's link adds its code and language). */
export const awardPdfPath = (id: string): string => `/api/v1/awards/${id}.pdf`;

/** A stored text in the reader's language, or null when the award has none. */
export const awardText = (value: { kk: string; ru?: string } | null, lang: Language): string | null =>
  value ? (pickText(value, lang) ?? null) : null;

/** An award as the API answers it; `pageUrl` is the verification page of a seal code. */
export function awardResponse(row: AwardRow, lang: Language, pageUrl: (code: string) => string): AwardResponseDto {
  return {
    id: row.id,
    eventId: row.eventId,
    eventTitle: awardText(row.eventTitle, lang) ?? '',
    kind: row.kind,
    number: `${row.number}/${row.year}`,
    date: row.date,
    language: row.language,
    recipient: {
      personId: row.personId,
      name: personName(row.recipientName, lang),
      position: awardText(row.recipientPosition, lang),
    },
    signatory: { name: personName(row.signatoryName, lang), position: awardText(row.signatoryPosition, lang) },
    verificationCode: formatSealCode(row.code),
    verificationUrl: pageUrl(row.code),
    pdfUrl: awardPdfPath(row.id),
    issuedAt: new Date(row.issuedAt).toISOString(),
    revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
  };
}
