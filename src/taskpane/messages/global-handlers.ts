import { reportError } from './report-error';

/** Rejections and errors nobody caught still reach the user as a message. */
export function installGlobalErrorHandlers(target: Window): () => void {
  const onRejection = (event: PromiseRejectionEvent): void => {
    reportError('Lỗi không lường trước', event.reason);
  };
  const onError = (event: ErrorEvent): void => {
    reportError('Lỗi không lường trước', event.error ?? event.message);
  };
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
  };
}
