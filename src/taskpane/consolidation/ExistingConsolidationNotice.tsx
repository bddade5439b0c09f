import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SurveyTemplate } from '../../core/template/types';
import type { ConsolidationSummary } from './merge-news';

/**
 * The open workbook already holds a consolidation: new files are merged into it. A template of
 * another year or id would not fit it, so say so before the user tries.
 */
export function ExistingConsolidationNotice({
  existing,
  template,
}: {
  existing: ConsolidationSummary;
  template: SurveyTemplate | null;
}): JSX.Element {
  const fits = template === null || (template.year === existing.year && template.id === existing.templateId);
  return (
    <MessageBar intent={fits ? 'info' : 'warning'} layout="multiline" data-testid="existing-consolidation">
      <MessageBarBody>
        <MessageBarTitle>Sổ tính đã có bảng tổng hợp năm {existing.year}</MessageBarTitle>
        {existing.agencies} đơn vị đã được tổng hợp. Tệp mới được tổng hợp thêm vào; điểm thẩm định và lý do
        giữ nguyên.
        {!fits &&
          ` Mẫu phiếu đang chọn (${template.id}) khác mẫu của bảng tổng hợp (${existing.templateId}); hãy chọn đúng mẫu năm ${existing.year}.`}
      </MessageBarBody>
    </MessageBar>
  );
}
