import type { Language, Role } from '@app/contracts';

const TOKEN_KEY = 'akim.token';
const USER_KEY = 'akim.user';

/** `GET /auth/me`: roles held globally, and the scoped ones with their event or organization. */
export interface SignedInUser {
  id: string;
  email: string;
  fullName: string;
  language: Language;
  roles: Role[];
  scopes: { role: Role; kind: 'event' | 'organization'; id: string }[];
  personId: string | null;
}

/** An error answer of the API, in the contract's shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: { field: string; code: string; message: string }[] = [],
  ) {
    super(message);
  }

  /** The message of one field, for showing it next to that field. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

let language: Language = 'kk';

export function setApiLanguage(lang: Language): void {
  language = lang;
}

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function getUser(): SignedInUser | null {
  const raw = localStorage.getItem(USER_KEY);
  return raw ? (JSON.parse(raw) as SignedInUser) : null;
}

export function saveSession(token: string, user: SignedInUser): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

/**
 * The signed-in user as the server knows them now (`GET /auth/me`), kept for the next start; null when
 * nobody is signed in or the server cannot be reached (the stored user stands).
 */
export async function refreshUser(): Promise<SignedInUser | null> {
  if (!getToken()) {
    return null;
  }
  try {
    const user = await api<SignedInUser>('GET', '/auth/me');
    if (getToken()) {
      localStorage.setItem(USER_KEY, JSON.stringify(user));
    }
    return user;
  } catch {
    return null;
  }
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}

export interface RequestOptions {
  body?: unknown;
  /** A file or other raw body, sent as is with its content type. */
  raw?: { body: BodyInit; contentType: string };
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls `/api/v1{path}` with the signed-in user's token and the reader's language; resolves
 * with the JSON body (undefined for 204), rejects with an ApiError in the contract's shape.
 * A 401 clears the stored session so the app can ask to sign in again.
 */
export async function api<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': language, ...options.headers };
  const token = getToken();
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  let body: BodyInit | undefined;
  if (options.raw) {
    body = options.raw.body;
    headers['content-type'] = options.raw.contentType;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`/api/v1${path}`, { method, headers, body, signal: options.signal });
  const text = await response.text();
  const json = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401) {
      clearSession();
    }
    throw new ApiError(
      response.status,
      json?.code ?? 'HTTP_ERROR',
      json?.message ?? `${response.status} ${response.statusText}`,
      json?.errors ?? [],
    );
  }
  return json as T;
}

export async function signIn(email: string, password: string): Promise<SignedInUser> {
  const result = await api<{ accessToken: string; user: SignedInUser }>('POST', '/auth/login', {
    body: { email, password },
  });
  saveSession(result.accessToken, result.user);
  return result.user;
}

export async function signOut(): Promise<void> {
  try {
    await api('POST', '/auth/logout');
  } finally {
    clearSession();
  }
}

/** Does the user hold this role anywhere (globally or in some scope)? Admins hold every role. */
export function holds(user: SignedInUser | null, role: Role): boolean {
  if (!user) {
    return false;
  }
  return user.roles.includes('admin') || user.roles.includes(role) || user.scopes.some((scope) => scope.role === role);
}
