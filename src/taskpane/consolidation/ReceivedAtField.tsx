import { Checkbox, Field, Input } from '@fluentui/react-components';

/** One receipt time for the whole batch, for files whose modification time is not when they arrived. */
export function ReceivedAtField(props: {
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  value: string;
  onValueChange: (value: string) => void;
  invalid: boolean;
  returnBy: string | null;
}): JSX.Element {
  const deadline = props.returnBy ? ` Hạn nộp: hết ngày ${props.returnBy}.` : '';
  return (
    <Field
      label="Thời điểm nhận"
      hint={
        props.enabled
          ? `Giờ Việt Nam, dùng cho mọi tệp lần này.${deadline}`
          : `Mặc định là thời điểm sửa đổi của từng tệp; tệp sau hạn được ghi là nộp muộn.${deadline}`
      }
      validationState={props.enabled && props.invalid ? 'error' : 'none'}
      validationMessage={props.enabled && props.invalid ? 'Hãy nhập đủ ngày và giờ nhận.' : undefined}
    >
      <div>
        <Checkbox
          checked={props.enabled}
          onChange={(_, data) => props.onEnabledChange(data.checked === true)}
          label="Các tệp đã được lưu lại hoặc chép sau khi nhận: dùng một thời điểm nhận chung"
        />
        {props.enabled && (
          <Input
            type="datetime-local"
            aria-label="Thời điểm nhận (giờ Việt Nam)"
            value={props.value}
            onChange={(_, data) => props.onValueChange(data.value)}
          />
        )}
      </div>
    </Field>
  );
}
