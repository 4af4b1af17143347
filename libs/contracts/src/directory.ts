export const REGION_LEVELS = ['oblast', 'city', 'district', 'rural_district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * What an organization is: local government bodies (akimat, maslikhat, a department of either), a central state
 * agency (a ministry, the Anti-Corruption Agency), parties and associations, non-governmental organizations, public
 * foundations and international partners.
 */
export const ORGANIZATION_KINDS = [
  'akimat',
  'maslikhat',
  'department',
  'central_agency',
  'association',
  'party',
  'ngo',
  'foundation',
  'international',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PERSON_CATEGORIES = [
  'oblast_akim',
  'city_akim',
  'district_akim',
  'rural_akim',
  'maslikhat_chair',
  'deputy',
  'official',
  'party_official',
  'association_member',
  'guest',
  'press',
  'other',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
