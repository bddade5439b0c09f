import {
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { FileChooserButton } from '../app/FileChooserButton';
import { TemplateProblems } from './TemplateProblems';
import type { TemplateChoice } from './use-template-choice';

export type TemplateSource = 'builtin' | 'file';

export interface TemplateFieldProps {
  /** The template chosen so far and how to change it (useTemplateChoice). */
  choice: TemplateChoice;
}

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  indented: { paddingLeft: '32px' },
  fileName: { overflowWrap: 'anywhere' },
});

/** Choice of template: the built-in one for a year, or a JSON file issued by the appraiser. */
export function TemplateField({ choice }: TemplateFieldProps): JSX.Element {
  const styles = useStyles();
  return (
    <Field label="Mẫu phiếu">
      <RadioGroup
        value={choice.source}
        onChange={(_, data) => choice.setSource(data.value as TemplateSource)}
      >
        <Radio value="builtin" label="Mẫu có sẵn của phần bổ trợ" />
        {choice.source === 'builtin' && (
          <div className={mergeClasses(styles.row, styles.indented)}>
            <Text>Năm</Text>
            <Dropdown
              aria-label="Năm khảo sát"
              // Fluent renders a (hidden) clear button labelled in English by default.
              clearButton={{ 'aria-label': 'Xóa năm đã chọn' }}
              value={String(choice.year)}
              selectedOptions={[String(choice.year)]}
              onOptionSelect={(_, data) => choice.setYear(Number(data.optionValue))}
              style={{ minWidth: 100 }}
            >
              {choice.years.map((y) => (
                <Option key={y} value={String(y)}>
                  {String(y)}
                </Option>
              ))}
            </Dropdown>
          </div>
        )}
        <Radio value="file" label="Tệp mẫu (.json) do Sở gửi" />
      </RadioGroup>
      {choice.source === 'file' && (
        <div>
          <div className={styles.row}>
            <FileChooserButton
              size="small"
              label="Chọn tệp mẫu…"
              accept=".json,application/json"
              testId="template-file"
              onFiles={([file]) => file && choice.loadFile(file)}
            />
            <Text size={200} className={styles.fileName}>
              {choice.fileName ?? 'Chưa chọn tệp'}
            </Text>
          </div>
          {choice.fileTemplate && (
            <Text size={200}>
              Mẫu năm {choice.fileTemplate.year}, phiên bản {choice.fileTemplate.version} — hợp lệ.
            </Text>
          )}
          <TemplateProblems problems={choice.fileProblems} />
        </div>
      )}
    </Field>
  );
}
