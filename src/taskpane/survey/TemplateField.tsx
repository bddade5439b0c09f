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
import { catalogNote, entryLabel, type PublishedCatalog, type PublishedEntry } from './published-catalog';

/** The templates published beside the add-in (the task pane only). */
export interface PublishedChoiceProps {
  catalog: PublishedCatalog | null;
  entry: PublishedEntry | null;
  onEntry: (entry: PublishedEntry) => void;
  template: SurveyTemplate | null;
  problems: TemplateProblem[];
}

export type TemplateSource = 'published' | 'builtin' | 'file';

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
  /** Built-in versions of the year, newest first (a re-issued built-in template keeps its older version). */
  builtinVersions?: number[];
  builtinVersion?: number;
  onBuiltinVersionChange?: (version: number) => void;
  published?: PublishedChoiceProps;
}

const entryKey = (e: PublishedEntry): string => `${e.id}@${e.version}`;

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  indented: { paddingLeft: '32px' },
  fileName: { overflowWrap: 'anywhere' },
});

/** Choice of template: the built-in one for a year, or a JSON file issued by the appraiser. */
export function TemplateField(props: TemplateFieldProps): JSX.Element {
  const styles = useStyles();
  const pub = props.published;
  const entries = pub?.catalog?.kind === 'list' ? pub.catalog.entries : [];
  const note = pub?.catalog ? catalogNote(pub.catalog) : null;
  const versions = props.builtinVersions ?? [];
  return (
    <Field label="Mẫu phiếu">
      {note && (
        <Text size={200} data-testid="published-note">
          {note}
        </Text>
      )}
      <RadioGroup
        value={props.source}
        onChange={(_, data) => props.onSourceChange(data.value as TemplateSource)}
      >
        {pub && entries.length > 0 && <Radio value="published" label="Mẫu Sở đã công bố" />}
        {pub && props.source === 'published' && entries.length > 0 && (
          <div className={styles.indented}>
            <Dropdown
              aria-label="Mẫu phiếu đã công bố"
              value={pub.entry ? entryLabel(pub.entry, entries) : ''}
              selectedOptions={pub.entry ? [entryKey(pub.entry)] : []}
              onOptionSelect={(_, data) => {
                const e = entries.find((x) => entryKey(x) === data.optionValue);
                if (e) pub.onEntry(e);
              }}
            >
              {entries.map((e) => (
                <Option key={entryKey(e)} value={entryKey(e)}>
                  {entryLabel(e, entries)}
                </Option>
              ))}
            </Dropdown>
            {pub.template && (
              <Text size={200} as="p">
                Mẫu năm {pub.template.year}, phiên bản {pub.template.version} — hợp lệ.
              </Text>
            )}
            <TemplateProblems problems={pub.problems} />
          </div>
        )}
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
            {versions.length > 1 && props.onBuiltinVersionChange && (
              <>
                <Text>Phiên bản</Text>
                <Dropdown
                  aria-label="Phiên bản mẫu có sẵn"
                  value={String(props.builtinVersion ?? versions[0])}
                  selectedOptions={[String(props.builtinVersion ?? versions[0])]}
                  onOptionSelect={(_, data) => props.onBuiltinVersionChange?.(Number(data.optionValue))}
                  style={{ minWidth: 80 }}
                >
                  {versions.map((v, i) => (
                    <Option key={v} value={String(v)} text={String(v)}>
                      {i === 0 ? `${v} (mới nhất)` : String(v)}
                    </Option>
                  ))}
                </Dropdown>
              </>
            )}
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
