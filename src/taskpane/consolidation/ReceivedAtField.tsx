import { Checkbox, Field, Input } from '@fluentui/react-components';

/** One receipt time for the whole batch, for files whose modification time is not when they arrived. */
export function ReceivedAtField(props: {
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  value: string;
  onValueChange: (value: string) => void;
  /** Why the typed time cannot be used, or null when it can. */
  error: string | null;
  returnBy: string | null;
}): JSX.Element {
  const deadline = props.returnBy ? ` Hạn nộp: hết ngày ${props.returnBy}.` : '';
  return (
    <Field
      label="Thời điểm nhận"
      hint={
        props.enabled
          ? `Giờ Việt Nam, dạng ngày/tháng/năm giờ:phút (24 giờ), dùng cho mọi tệp lần này.${deadline}`
          : `Mặc định là thời điểm sửa đổi của từng tệp; tệp sau hạn được ghi là nộp muộn.${deadline}`
      }
      validationState={props.enabled && props.error !== null ? 'error' : 'none'}
      validationMessage={props.enabled && props.error !== null ? props.error : undefined}
    >
      <div>
        <Checkbox
          checked={props.enabled}
          onChange={(_, data) => props.onEnabledChange(data.checked === true)}
          label="Các tệp đã được lưu lại hoặc chép sau khi nhận: dùng một thời điểm nhận chung"
        />
        {props.enabled && (
          // Plain text, not datetime-local: the browser's picker follows its own locale (mm/dd, AM/PM).
          <Input
            aria-label="Thời điểm nhận (giờ Việt Nam)"
            placeholder="vd. 20/11/2026 16:30"
            value={props.value}
            onChange={(_, data) => props.onValueChange(data.value)}
          />
        )}
      </div>
    </Field>
  );
}
