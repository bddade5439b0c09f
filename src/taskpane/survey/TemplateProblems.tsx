import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
/**
 * Lists every problem of a rejected template file at once, so the appraiser can fix them in one pass: the
 * template's problems, a criteria workbook's, or the reader's refusal of the file, each with its message.
 */
export function TemplateProblems({
  problems,
}: {
  problems: readonly { message: string }[];
}): JSX.Element | null {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="template-problems">
      <MessageBarBody>
        <MessageBarTitle>Tệp mẫu không dùng được ({problems.length} lỗi)</MessageBarTitle>
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {problems.map((p, i) => (
            <li key={`${i}-${p.message}`}>{p.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
