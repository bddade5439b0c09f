import { Field, ProgressBar } from '@fluentui/react-components';
import type { CheckProgress } from './check-returned-files';

/** "Đang đọc tệp 3/50": many files take a while; the user sees which one is being read. */
export function CheckProgressBar({ progress }: { progress: CheckProgress }): JSX.Element {
  const label =
    progress.current === null
      ? `Đã đọc ${progress.done}/${progress.total} tệp`
      : `Đang đọc tệp ${Math.min(progress.done + 1, progress.total)}/${progress.total}: ${progress.current}`;
  return (
    <Field validationMessage={label} validationState="none" data-testid="check-progress">
      <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} thickness="large" />
    </Field>
  );
}
