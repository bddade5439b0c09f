import { useEffect, useState } from 'react';
import { Button, Link, Spinner, Text } from '@fluentui/react-components';
import { ActionOutcome, type Outcome } from '../messages/ActionOutcome';
import { describeError } from '../messages/describe-error';
import type { ChosenFile, MadeDocuments } from './make-documents';
import { FileChooserButton } from '../app/FileChooserButton';

const FAILED = 'Không lập được văn bản';

type Ready = { summary: string; links: { fileName: string; label: string; url: string }[] };

async function chosen(file: File): Promise<ChosenFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** One optional input file: its chooser, the chosen name and a way to drop it. */
function OptionalFile(props: {
  label: string;
  accept: string;
  testId: string;
  file: File | null;
  disabled: boolean;
  onChange: (file: File | null) => void;
}): JSX.Element {
  return (
    <div>
      <FileChooserButton
        size="small"
        label={props.label}
        accept={props.accept}
        testId={props.testId}
        disabled={props.disabled}
        onFiles={(files) => props.onChange(files[0] ?? null)}
      />{' '}
      {props.file ? (
        <>
          <Text size={200} data-testid={`${props.testId}-name`}>
            “{props.file.name}”
          </Text>{' '}
          <Button size="small" appearance="subtle" onClick={() => props.onChange(null)}>
            Bỏ chọn
          </Button>
        </>
      ) : (
        <Text size={200}>(không bắt buộc)</Text>
      )}
    </div>
  );
}

/**
 * "Xuất văn bản": the December documents from the open consolidation, with the Sở's Word template
 * and last year's results when chosen (as `report --docx-template` and `--previous`), offered as
 * downloads. The code that makes them (docx and charts included) is fetched on the first click only.
 */
export function ExportDocuments({ disabled }: { disabled: boolean }): JSX.Element {
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState<Ready | null>(null);
  const [failure, setFailure] = useState<Outcome | null>(null);
  const [template, setTemplate] = useState<File | null>(null);
  const [previous, setPrevious] = useState<File | null>(null);
  // Object URLs hold the files in memory: released when replaced or when the pane closes.
  useEffect(() => () => ready?.links.forEach((l) => URL.revokeObjectURL(l.url)), [ready]);

  const run = async () => {
    setBusy(true);
    setFailure(null);
    setReady(null);
    try {
      const { makeDocuments } = await import(/* webpackChunkName: "documents" */ './make-documents');
      const made: MadeDocuments = await makeDocuments({
        template: template ? await chosen(template) : null,
        previous: previous ? await chosen(previous) : null,
      });
      if (!made.ok) setFailure({ intent: 'error', title: FAILED, text: made.message });
      else
        setReady({
          summary: made.summary,
          links: made.documents.map((d) => ({
            fileName: d.fileName,
            label: d.label,
            url: URL.createObjectURL(d.blob),
          })),
        });
    } catch (e) {
      console.error(FAILED, e);
      setFailure({ intent: 'error', title: FAILED, text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="export-documents">
      <OptionalFile
        label="Mẫu văn bản…"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        testId="documents-template"
        file={template}
        disabled={busy}
        onChange={setTemplate}
      />
      <OptionalFile
        label="Kết quả năm trước…"
        accept=".xlsx,.json,application/json"
        testId="documents-previous"
        file={previous}
        disabled={busy}
        onChange={setPrevious}
      />
      <Button disabled={disabled || busy} onClick={() => void run()}>
        Xuất văn bản
      </Button>
      {busy && <Spinner size="tiny" label="Đang lập báo cáo, dự thảo quyết định, thông báo…" />}
      <ActionOutcome outcome={failure} testId="documents-outcome" />
      {ready && (
        <div>
          <Text size={200} data-testid="documents-summary">
            {ready.summary}
          </Text>
          <ul>
            {ready.links.map((l) => (
              <li key={l.fileName}>
                <Link href={l.url} download={l.fileName} data-testid="document-link">
                  {l.label} ({l.fileName})
                </Link>
              </li>
            ))}
          </ul>
          <Text size={200}>
            Bấm vào từng văn bản để tải về. Nếu Excel không cho tải tệp (một số phiên bản Excel trên máy tính
            chặn việc tải từ phần bổ trợ), hãy lưu sổ tính rồi dùng lệnh “xep-hang-cntt report --consolidation
            &lt;tệp&gt;.xlsx --out-dir van-ban/” (thêm --docx-template và --previous như đã chọn ở đây).
          </Text>
        </div>
      )}
    </div>
  );
}
