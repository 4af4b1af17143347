import type { PopoloIdentifier } from './open-data.model';

/** Where an organization sits: Open Civic Data division ids and the region's ISO 3166-2 and KATO codes. */

/** Open Civic Data division types for the levels of Kazakhstan's administrative tree. */
const DIVISION_TYPES: Record<string, string> = {
  oblast: 'oblys',
  city: 'qala',
  district: 'audan',
  rural_district: 'auyldyq_okrug',
  village: 'auyl',
};

const ISO_REGION = /^KZ-(\d{2})$/;
const KATO = /^\d{9}$/;

/** A level's own part of a region code: `27` of KZ-27, `zhanakala` of KZ-27-ZHANAKALA, a KATO code as it is. */
function divisionPart(code: string, parent: string | undefined): string {
  const iso = ISO_REGION.exec(code);
  const own = iso ? iso[1] : parent && code.startsWith(`${parent}-`) ? code.slice(parent.length + 1) : code;
  return own.toLowerCase().replace(/[^a-z0-9._~-]/g, '_');
}

/**
 * `ocd-division/country:kz/oblys:27/audan:zhanakala`: the region and its ancestors, top first, each as
 * `type:id` with the Kazakh name of its level (oblys, qala, audan, auyldyq_okrug, auyl).
 */
export function divisionId(chain: { code: string; level: string }[]): string {
  return [
    'ocd-division/country:kz',
    ...chain.map(
      (region, i) => `${DIVISION_TYPES[region.level] ?? 'division'}:${divisionPart(region.code, chain[i - 1]?.code)}`,
    ),
  ].join('/');
}

/** The region's codes: ISO 3166-2:KZ of its oblast or city, KATO where known, our own code, the OCD division. */
export function regionIdentifiers(regionCode: string | null, chain: { code: string; level: string }[] | null) {
  if (!regionCode || !chain?.length) {
    return [];
  }
  const identifiers: PopoloIdentifier[] = [];
  const top = ISO_REGION.exec(chain[0].code);
  if (top) {
    identifiers.push({ scheme: 'ISO 3166-2', identifier: chain[0].code });
  }
  if (KATO.test(regionCode)) {
    identifiers.push({ scheme: 'KATO', identifier: regionCode });
  } else if (top && regionCode === chain[0].code) {
    // An oblast's or a city's KATO code is its ISO number followed by seven zeros.
    identifiers.push({ scheme: 'KATO', identifier: `${top[1]}0000000` });
  } else {
    identifiers.push({ scheme: 'akim:region', identifier: regionCode });
  }
  identifiers.push({ scheme: 'ocd-division', identifier: divisionId(chain) });
  return identifiers;
}
