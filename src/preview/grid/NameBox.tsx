import { useState } from 'react';

/** Excel's name box: shows the selected cell; type an address or a defined name (e.g. TC_2_3) and press Enter. */
export function NameBox(props: { current: string; onGo: (reference: string) => void }): JSX.Element {
  const [text, setText] = useState(props.current);
  // A new selection replaces what was typed (adjusted during render, React's pattern for derived state).
  const [shown, setShown] = useState(props.current);
  if (shown !== props.current) {
    setShown(props.current);
    setText(props.current);
  }
  return (
    <input
      className="name-box"
      aria-label="Hộp tên: nhập địa chỉ ô hoặc tên đã định nghĩa"
      data-testid="name-box"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.target.select()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          props.onGo(text.trim());
        } else if (e.key === 'Escape') setText(props.current);
      }}
    />
  );
}
