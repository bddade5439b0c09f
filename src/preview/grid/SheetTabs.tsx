/** The sheet tabs under the grid; only visible sheets, as in Excel. */
export function SheetTabs(props: {
  sheets: string[];
  active: string | null;
  onActivate: (name: string) => void;
}): JSX.Element {
  return (
    <div className="sheet-tabs" role="tablist" aria-label="Các trang tính">
      {props.sheets.map((name) => (
        <button
          key={name}
          role="tab"
          aria-selected={name === props.active}
          className={name === props.active ? 'sheet-tab active' : 'sheet-tab'}
          onClick={() => props.onActivate(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
