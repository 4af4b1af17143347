import type { EntityManager } from 'typeorm';

/** The ids the demo's rows got, by the keys the data files name them with. */
export type DemoKeys = { orgIds: Map<string, string>; personIds: Map<string, string>; sessionIds: Map<string, string> };

/** Seals an adopted resolution (the verification module), inside the seed's transaction. */
export type SealResolution = (manager: EntityManager, resolutionId: string) => Promise<void>;

export const DAY_MS = 86_400_000;
