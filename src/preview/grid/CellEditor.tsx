import { useEffect, useRef } from 'react';

export type Move = 'down' | 'right' | 'none';

export interface CellEditorProps {
  initial: string;
  onCommit: (text: string, move: Move) => void;
  onCancel: () => void;
}

/** The in-cell editor: Enter commits and moves down, Tab moves right, Esc cancels, clicking away commits. */
export function CellEditor({ initial, onCommit, onCancel }: CellEditorProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const finish = (text: string | null, move: Move): void => {
    if (done.current) return;
    done.current = true;
    if (text === null) onCancel();
    else onCommit(text, move);
  };
  return (
    <input
      ref={input}
      className="cell-editor"
      aria-label="Nội dung ô"
      defaultValue={initial}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' || e.key === 'Tab') {
          e.preventDefault();
          finish(e.currentTarget.value, e.key === 'Enter' ? 'down' : 'right');
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null, 'none');
        }
      }}
      onBlur={(e) => finish(e.currentTarget.value, 'none')}
      onPaste={(e) => e.stopPropagation()}
    />
  );
}
