import { Field, Radio, RadioGroup } from '@fluentui/react-components';

export interface GroupChoice {
  id: string;
  name: string;
}

/** The agency group (regime data: e.g. sở, ban, ngành / UBND huyện), named as the regime names it. */
export function GroupField(props: {
  groups: GroupChoice[];
  value: string;
  onChange: (id: string) => void;
}): JSX.Element {
  return (
    <Field label="Nhóm cơ quan">
      <RadioGroup value={props.value} onChange={(_, data) => props.onChange(data.value)}>
        {props.groups.map((g) => (
          <Radio key={g.id} value={g.id} label={g.name} />
        ))}
      </RadioGroup>
    </Field>
  );
}
