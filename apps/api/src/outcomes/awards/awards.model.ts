import type { AwardKind } from '@app/contracts';

/** Awards the demo loader has issued: who, by whom, on which day (see AwardsService.seed). */
export interface AwardsToSeed {
  eventId: string;
  kind: AwardKind;
  organizationId: string;
  signatoryId: string;
  /** In the order their numbers follow. */
  personIds: string[];
  date: string;
}
