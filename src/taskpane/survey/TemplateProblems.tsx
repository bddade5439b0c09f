import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { TemplateProblem } from '../../core/template/load';

/** Lists every problem of a rejected template file at once, so the appraiser can fix them in one pass. */
export function TemplateProblems({ problems }: { problems: TemplateProblem[] }): JSX.Element | null {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="template-problems">
      <MessageBarBody>
        <MessageBarTitle>Tệp mẫu không dùng được ({problems.length} lỗi)</MessageBarTitle>
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {problems.map((p, i) => (
            <li key={`${p.code}-${p.path}-${i}`}>{p.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
