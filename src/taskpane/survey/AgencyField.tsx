import { useMemo, useState } from 'react';
import { Combobox, Field, Option } from '@fluentui/react-components';
import type { Agency } from '../../core/roster/types';
import { exactAgency, filterAgencies } from './agency-search';

export interface AgencyFieldProps {
  agencies: readonly Agency[];
  value: Agency | null;
  onChange: (agency: Agency | null) => void;
}

/** Searchable list of the group's agencies; may stay empty (the agency then types its name in the sheet). */
export function AgencyField({ agencies, value, onChange }: AgencyFieldProps): JSX.Element {
  const [query, setQuery] = useState(value?.name ?? '');
  const [unmatched, setUnmatched] = useState<string | null>(null);
  const matches = useMemo(() => filterAgencies(agencies, query), [agencies, query]);
  return (
    <Field
      label="Cơ quan, đơn vị"
      hint="Gõ vài chữ để tìm, có dấu hay không dấu đều được. Có thể để trống."
      validationState={unmatched !== null ? 'warning' : 'none'}
      validationMessage={
        unmatched !== null
          ? `Chưa chọn cơ quan nào: “${unmatched}” không có trong danh sách. Hãy chọn một tên trong danh sách, hoặc xóa ô này để đơn vị tự ghi tên vào phiếu.`
          : undefined
      }
    >
      <Combobox
        freeform
        placeholder="Chọn hoặc tìm cơ quan"
        value={query}
        selectedOptions={value ? [value.code] : []}
        onChange={(e) => {
          setQuery(e.target.value);
          setUnmatched(null);
          if (value && e.target.value !== value.name) onChange(null);
        }}
        onOptionSelect={(_, data) => {
          const agency = agencies.find((a) => a.code === data.optionValue) ?? null;
          onChange(agency);
          setQuery(agency?.name ?? '');
          setUnmatched(null);
        }}
        // A name typed in full but not picked from the list: take the exact match, or say nothing was chosen.
        onBlur={() => {
          if (value || query.trim() === '') return;
          const exact = exactAgency(agencies, query);
          if (exact) {
            onChange(exact);
            setQuery(exact.name);
          } else setUnmatched(query.trim());
        }}
        clearable
        expandIcon={{ 'aria-label': 'Mở danh sách cơ quan' }}
        clearIcon={{ 'aria-label': 'Xóa cơ quan đã chọn' }}
        data-testid="agency-combobox"
      >
        {matches.map((a) => (
          <Option key={a.code} value={a.code} text={a.name}>
            {a.name}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option key="none" value="" text="" disabled>
            Không tìm thấy cơ quan nào
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
