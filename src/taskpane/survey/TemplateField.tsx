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
import { catalogNote, entryLabel, type PublishedEntry } from './published-catalog';
import type { TemplateChoice } from './use-template-choice';

export type TemplateSource = 'published' | 'builtin' | 'file';

export interface TemplateFieldProps {
  /** The template chosen so far and how to change it (useTemplateChoice). */
  choice: TemplateChoice;
}

const entryKey = (e: PublishedEntry): string => `${e.id}@${e.version}`;

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  indented: { paddingLeft: '32px' },
  fileName: { overflowWrap: 'anywhere' },
});

/** Choice of template: the built-in one for a year, or a JSON file issued by the appraiser. */
export function TemplateField({ choice }: TemplateFieldProps): JSX.Element {
  const styles = useStyles();
  const catalog = choice.catalog;
  const entries = catalog?.kind === 'list' ? catalog.entries : [];
  const note = catalog ? catalogNote(catalog) : null;
  const versions = choice.builtinVersions;
  return (
    <Field label="Mẫu phiếu">
      {note && (
        <Text size={200} data-testid="published-note">
          {note}
        </Text>
      )}
      <RadioGroup
        value={choice.source}
        onChange={(_, data) => choice.setSource(data.value as TemplateSource)}
      >
        {entries.length > 0 && <Radio value="published" label="Mẫu Sở đã công bố" />}
        {choice.source === 'published' && entries.length > 0 && (
          <div className={styles.indented}>
            <Dropdown
              aria-label="Mẫu phiếu đã công bố"
              value={choice.publishedEntry ? entryLabel(choice.publishedEntry, entries) : ''}
              selectedOptions={choice.publishedEntry ? [entryKey(choice.publishedEntry)] : []}
              onOptionSelect={(_, data) => {
                const e = entries.find((x) => entryKey(x) === data.optionValue);
                if (e) choice.choosePublished(e);
              }}
            >
              {entries.map((e) => (
                <Option key={entryKey(e)} value={entryKey(e)}>
                  {entryLabel(e, entries)}
                </Option>
              ))}
            </Dropdown>
            {choice.publishedTemplate && (
              <Text size={200} as="p">
                Mẫu năm {choice.publishedTemplate.year}, phiên bản {choice.publishedTemplate.version} — hợp
                lệ.
              </Text>
            )}
            <TemplateProblems problems={choice.publishedProblems} />
          </div>
        )}
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
            {versions.length > 1 && (
              <>
                <Text>Phiên bản</Text>
                <Dropdown
                  aria-label="Phiên bản mẫu có sẵn"
                  clearButton={{ 'aria-label': 'Xóa phiên bản đã chọn' }}
                  value={String(choice.builtinVersion)}
                  selectedOptions={[String(choice.builtinVersion)]}
                  onOptionSelect={(_, data) => choice.setBuiltinVersion(Number(data.optionValue))}
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
