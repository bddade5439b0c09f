/**
 * What one request to Excel may carry, and what each queued write adds to it. Excel on the web
 * refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). The estimate is calibrated
 * against the bytes Microsoft's own client sends (test/office/real-client.test.ts: it stays above
 * them for the surveys and 50-, 160-, 300-agency consolidations at ExcelApi 1.8, 1.9 and 1.17), so
 * a request estimated under 4.8 MB is sent under 5 MB.
 */
export const SAFE_REQUEST_BYTES = 4_800_000;

/**
 * JSON bytes of one action besides its arguments: the action ({Id, ActionType, Name, ObjectPathId,
 * ArgumentInfo, L}), its object path and the path's Instantiate action. Measured through the real
 * client: 142 to 226 bytes per counted action depending on the mix (more without RangeAreas).
 */
export const ACTION_BYTES = 240;

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
