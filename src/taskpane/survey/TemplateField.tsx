import { useRef } from 'react';
import {
  Button,
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
  hiddenInput: { display: 'none' },
  fileName: { overflowWrap: 'anywhere' },
});

/** Choice of template: the built-in one for a year, or a JSON file issued by the appraiser. */
export function TemplateField(props: TemplateFieldProps): JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
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
            <Button size="small" onClick={() => input.current?.click()}>
              Chọn tệp mẫu…
            </Button>
            <Text size={200} className={styles.fileName}>
              {props.fileName ?? 'Chưa chọn tệp'}
            </Text>
          </div>
          <input
            ref={input}
            className={styles.hiddenInput}
            type="file"
            accept=".json,application/json"
            data-testid="template-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) props.onFile(file);
            }}
          />
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
