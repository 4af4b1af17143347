/** `GET /api/v1/feeds/my`: whether the signed-in account has a private calendar address. */
export interface PrivateFeedState {
  active: boolean;
  /** When the live address was made (ISO 8601), or null. */
  createdAt: string | null;
}

/** `POST /api/v1/feeds/my`: a new private calendar address, shown this once (only its hash is stored). */
export interface PrivateFeedCreated extends PrivateFeedState {
  /** `https://…/api/v1/feeds/my/<token>.ics` */
  url: string;
  /** The same as `webcal://`, which calendar apps open as a subscription. */
  webcalUrl: string;
}
