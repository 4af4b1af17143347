import { Injectable } from '@nestjs/common';

type Listener = (userId: string) => void;

/**
 * Account changes made by this instance, told to its caches before the request that made them
 * answers: the next request sees them (read your own writes). Other instances learn of them from
 * the database's `auth_changed` notice (migration AuthChanges), which arrives a moment later.
 */
@Injectable()
export class AccountChanges {
  private readonly listeners = new Set<Listener>();

  /** Calls `listener` with the user's id after each committed change; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Call after the transaction that changed the user's account, roles, scopes or sessions committed. */
  announce(userId: string): void {
    for (const listener of this.listeners) {
      listener(userId);
    }
  }
}
