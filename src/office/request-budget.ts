/**
 * What one request to Excel may carry, and what each queued write adds to it. Excel on the web
 * refuses a request over 5 MB (RequestPayloadSizeLimitExceeded); the estimate is approximate, so
 * one request is kept under 3.5 MB and above that the work goes in two.
 */
export const SAFE_REQUEST_BYTES = 3_500_000;

/** JSON bytes of one action besides its arguments ({Id, ActionType, Name, ObjectPathId, ...}) and its object path. */
export const ACTION_BYTES = 100;

/** The request travels as UTF-8 JSON: Vietnamese letters take 2–3 bytes. */
export function bytes(x: unknown): number {
  return new TextEncoder().encode(JSON.stringify(x ?? null)).length;
}

/** A write of `actions` actions (plus one range) sending `x`. */
export const size = (x: unknown, actions = 1) => bytes(x) + (actions + 1) * ACTION_BYTES;

/** A queued write and the size of what it sends. */
export interface Write {
  payload: number;
  queue: () => void;
}

/** The description is too large for the two requests the renderer may use. */
export class RenderTooLargeError extends Error {
  constructor(readonly estimate: number) {
    super(`Dữ liệu cần ghi quá lớn cho Excel (ước tính ${(estimate / 1_000_000).toFixed(1)} MB, Excel trên web nhận tối đa 5 MB mỗi lần ghi).`);
    this.name = 'RenderTooLargeError';
  }
}
