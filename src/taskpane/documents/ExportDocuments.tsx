import { useEffect, useState } from 'react';
import { Button, Link, Spinner, Text } from '@fluentui/react-components';
import { ActionOutcome, type Outcome } from '../messages/ActionOutcome';
import { describeError } from '../messages/describe-error';
import type { MadeDocuments } from './make-documents';

const FAILED = 'Không lập được văn bản';

type Ready = { summary: string; links: { fileName: string; label: string; url: string }[] };

/**
 * "Xuất văn bản": the December documents from the open consolidation, offered as downloads. The
 * code that makes them (docx included) is fetched on the first click only.
 */
export function ExportDocuments({ disabled }: { disabled: boolean }): JSX.Element {
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState<Ready | null>(null);
  const [failure, setFailure] = useState<Outcome | null>(null);
  // Object URLs hold the files in memory: released when replaced or when the pane closes.
  useEffect(() => () => ready?.links.forEach((l) => URL.revokeObjectURL(l.url)), [ready]);

  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { makeDocuments } = await import(/* webpackChunkName: "documents" */ './make-documents');
      const made: MadeDocuments = await makeDocuments();
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
      <Button disabled={disabled || busy} onClick={() => void run()}>
        Xuất văn bản
      </Button>
      {busy && <Spinner size="tiny" label="Đang lập báo cáo, dự thảo quyết định, thông báo…" />}
      <ActionOutcome outcome={failure} testId="documents-outcome" />
      {ready && (
        <div>
          <Text size={200}>{ready.summary}</Text>
          <ul>
            {ready.links.map((l) => (
              <li key={l.fileName}>
                <Link href={l.url} download={l.fileName}>
                  {l.label} ({l.fileName})
                </Link>
              </li>
            ))}
          </ul>
          <Text size={200}>
            Bấm vào từng văn bản để tải về. Nếu Excel không cho tải tệp (một số phiên bản Excel trên máy tính
            chặn việc tải từ phần bổ trợ), hãy lưu sổ tính rồi dùng lệnh “xep-hang-cntt report --consolidation
            &lt;tệp&gt;.xlsx --out-dir van-ban/”.
          </Text>
        </div>
      )}
    </div>
  );
}
