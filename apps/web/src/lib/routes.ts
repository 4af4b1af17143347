import type { ComponentType } from 'react';

/**
 * Each app folder (`src/apps/<name>/route.ts`) declares the addresses it answers and how to
 * load it; `main.tsx` finds them all, so adding an app touches no shared file. The app itself
 * is a lazily loaded chunk: a checker's phone never downloads the organizer console.
 */
export interface AppRoute {
  /** Matched against `location.pathname`; named groups become the app's params. */
  pattern: RegExp;
  load: () => Promise<{ default: ComponentType<{ params: Record<string, string> }> }>;
}
