import type { AppRoute } from '../../lib/routes';

export const route: AppRoute = {
  pattern: /^\/invitations\/(?<token>[A-Za-z0-9_-]+)\/?$/,
  load: () => import('./InvitationApp'),
};
