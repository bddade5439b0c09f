/**
 * Turns anything thrown into one readable line. Office.js errors carry a code and a message
 * localised by Office; our own modules throw Vietnamese messages already.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const message = error.message.trim() || error.name;
    return typeof code === 'string' && code && !message.includes(code)
      ? `${message} (mã lỗi: ${code})`
      : message;
  }
  if (typeof error === 'string') return error;
  if (error === undefined || error === null) return 'Lỗi không rõ nguyên nhân.';
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
