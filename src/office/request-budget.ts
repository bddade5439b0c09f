/**
 * What one request to Excel may carry, and what each queued write adds to it. Excel on the web
 * refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). Writes are measured by queuing
 * them on stand-in objects that count what Office.js serialises (request-size.ts); that measure is
 * calibrated against the bytes Microsoft's own client sends (test/office/real-client.test.ts), so
 * a request measured under 4.9 MB is sent under 5 MB.
 */
export const SAFE_REQUEST_BYTES = 4_900_000;

/** The request travels as UTF-8 JSON: Vietnamese letters take 2–3 bytes. */
export function bytes(x: unknown): number {
  return new TextEncoder().encode(JSON.stringify(x ?? null)).length;
}

/** A write, queued on the sheet it looks up when called. */
export interface Write {
  queue: () => void;
}

/** The description is too large for the two requests the renderer may use. */
export class RenderTooLargeError extends Error {
  constructor(readonly estimate: number) {
    super(
      `Dữ liệu cần ghi quá lớn cho Excel (ước tính ${(estimate / 1_000_000).toFixed(1)} MB, Excel trên web nhận tối đa 5 MB mỗi lần ghi).`,
    );
    this.name = 'RenderTooLargeError';
  }
}
