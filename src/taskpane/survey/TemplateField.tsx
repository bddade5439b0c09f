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
import type { TemplateProblem } from '../../core/template/load';
import type { SurveyTemplate } from '../../core/template/types';
import { FileChooserButton } from '../app/FileChooserButton';
import { TemplateProblems } from './TemplateProblems';

export type TemplateSource = 'builtin' | 'file';

export interface TemplateFieldProps {
  source: TemplateSource;
  onSourceChange: (source: TemplateSource) => void;
  year: number;
  years: number[];
  onYearChange: (year: number) => void;
  fileName: string | null;
  fileTemplate: SurveyTemplate | null;
  fileProblems: TemplateProblem[];
  onFile: (file: File) => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  indented: { paddingLeft: '32px' },
  fileName: { overflowWrap: 'anywhere' },
});

/** Choice of template: the built-in one for a year, or a JSON file issued by the appraiser. */
export function TemplateField(props: TemplateFieldProps): JSX.Element {
  const styles = useStyles();
  return (
    <Field label="Mẫu phiếu">
      <RadioGroup
        value={props.source}
        onChange={(_, data) => props.onSourceChange(data.value as TemplateSource)}
      >
        <Radio value="builtin" label="Mẫu có sẵn của phần bổ trợ" />
        {props.source === 'builtin' && (
          <div className={mergeClasses(styles.row, styles.indented)}>
            <Text>Năm</Text>
            <Dropdown
              aria-label="Năm khảo sát"
              // Fluent renders a (hidden) clear button labelled in English by default.
              clearButton={{ 'aria-label': 'Xóa năm đã chọn' }}
              value={String(props.year)}
              selectedOptions={[String(props.year)]}
              onOptionSelect={(_, data) => props.onYearChange(Number(data.optionValue))}
              style={{ minWidth: 100 }}
            >
              {props.years.map((y) => (
                <Option key={y} value={String(y)}>
                  {String(y)}
                </Option>
              ))}
            </Dropdown>
          </div>
        )}
        <Radio value="file" label="Tệp mẫu (.json) do Sở gửi" />
      </RadioGroup>
      {props.source === 'file' && (
        <div>
          <div className={styles.row}>
            <FileChooserButton
              size="small"
              label="Chọn tệp mẫu…"
              accept=".json,application/json"
              testId="template-file"
              onFiles={([file]) => file && props.onFile(file)}
            />
            <Text size={200} className={styles.fileName}>
              {props.fileName ?? 'Chưa chọn tệp'}
            </Text>
          </div>
          {props.fileTemplate && (
            <Text size={200}>
              Mẫu năm {props.fileTemplate.year}, phiên bản {props.fileTemplate.version} — hợp lệ.
            </Text>
          )}
          <TemplateProblems problems={props.fileProblems} />
        </div>
      )}
    </Field>
  );
}
