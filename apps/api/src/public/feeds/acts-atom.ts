import { interpolate } from '@app/common';
import type { Language } from '@app/contracts';
import type { PublicAct } from '../../outcomes/resolutions/resolutions.service';
import { feedTexts } from './feed-texts';

export interface ActsFeedModel {
  lang: Language;
  title: string;
  /** The feed's own address (rel="self"); also its id. */
  selfUrl: string;
  /** Where people read the same list: the public forums' page. */
  siteUrl: string;
  publicUrl: string;
  acts: FeedAct[];
}

/** An adopted resolution, or a decision recorded in a published protocol (`protocolId`: its PDF is the protocol's). */
export type FeedAct = Omit<PublicAct, 'kind'> & { kind: PublicAct['kind'] | 'protocol_decision'; protocolId?: string };

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML text or attribute value; characters XML 1.0 does not allow are dropped. */
function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

/** Atom (RFC 4287) wants RFC 3339 instants: the forum's offset is kept, so the date reads as it was in the hall. */
export function renderActsAtom(model: ActsFeedModel): string {
  const texts = feedTexts(model.lang);
  const updated = model.acts.length ? model.acts[0].adoptedAt : '1970-01-01T00:00:00Z';
  const entries = model.acts.map((act) => {
    const title = `${act.number ? `№ ${act.number} ` : ''}${act.title}`;
    const document = act.protocolId ? `protocols/${act.protocolId}` : `resolutions/${act.id}`;
    const pdf = `${model.publicUrl}/api/v1/${document}.pdf?lang=${model.lang === 'en' ? 'both' : model.lang}`;
    const page = `${model.publicUrl}/events/${act.event.slug}?lang=${model.lang}`;
    const votes =
      act.votes.for === null
        ? ''
        : interpolate(texts.votes, {
            for: act.votes.for,
            against: act.votes.against ?? 0,
            abstained: act.votes.abstained ?? 0,
          });
    const summary = [`${texts.forum}: ${act.event.title}`, act.preamble, votes].filter(Boolean).join('\n');
    const authors = act.organizers.map((name) => `<author><name>${xml(name)}</name></author>`).join('');
    return (
      `<entry><id>urn:uuid:${act.id}</id><title>${xml(title)}</title><updated>${act.adoptedAt}</updated>` +
      `<published>${act.adoptedAt}</published>${authors}` +
      `<link rel="alternate" type="text/html" href="${xml(page)}"/>` +
      `<link rel="enclosure" type="application/pdf" href="${xml(pdf)}"/>` +
      `<category term="${act.kind}"/><summary>${xml(summary)}</summary></entry>`
    );
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${model.lang}">` +
    `<id>${xml(model.selfUrl)}</id><title>${xml(model.title)}</title><updated>${updated}</updated>` +
    `<author><name>Akim Forum</name></author><generator>Akim Forum</generator>` +
    `<link rel="self" type="application/atom+xml" href="${xml(model.selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${xml(model.siteUrl)}"/>` +
    `${entries.join('')}</feed>\n`
  );
}
