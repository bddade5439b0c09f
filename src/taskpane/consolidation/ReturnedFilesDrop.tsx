import { useState, type DragEvent } from 'react';
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FileChooserButton } from '../app/FileChooserButton';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/** Many returned workbooks at once: a file picker, or files dropped from the mail client or a folder. */
export function ReturnedFilesDrop({
  disabled,
  onFiles,
}: {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}): JSX.Element {
  const styles = useStyles();
  const [over, setOver] = useState(false);

  const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer.types).includes('Files');
  const onDragOver = (e: DragEvent<HTMLDivElement>): void => {
    if (disabled || !hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFiles(Array.from(e.dataTransfer.files));
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text weight="semibold">Kéo thả các tệp phiếu vào đây</Text>
      <Text size={200}>hoặc</Text>
      <FileChooserButton
        disabled={disabled}
        multiple
        label="Chọn tệp phiếu…"
        accept=".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="returned-files"
        onFiles={onFiles}
      />
      <Text size={200}>
        Có thể chọn nhiều tệp .xlsx cùng lúc; tệp được đọc ngay trên máy này, không gửi đi đâu.
      </Text>
    </div>
  );
}
