import type { AppRoute } from '../../lib/routes';

/** A mailed one-time link: confirm a sign-up or reset a password, by choosing the password here. */
export const route: AppRoute = {
  pattern: /^\/account-links\/(?<token>[A-Za-z0-9_-]+)\/?$/,
  load: () => import('./AccountLinkApp'),
};
