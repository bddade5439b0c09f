import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PreviewWorkbook, Selection } from '../preview-workbook';
import { a1 } from './address';
import { CellEditor, type Move } from './CellEditor';
import { NameBox } from './NameBox';
import { SheetTable } from './SheetTable';
import { SheetTabs } from './SheetTabs';
import { parseTsv } from './tsv';
import { useWorkbookVersion } from './use-workbook-version';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * A small spreadsheet UI over the preview workbook: select, type, paste a tab-separated block,
 * clear with Delete, jump with the name box. Edits reach the workbook as a user's would.
 */
export function WorkbookView({ workbook }: { workbook: PreviewWorkbook }): JSX.Element {
  useWorkbookVersion(workbook);
  const gridRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ initial: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const sheetName = workbook.activeSheet();
  const sheet = sheetName ? workbook.sheet(sheetName) : null;
  const sel = workbook.selection();
  const selected = sel && sel.sheet === sheetName ? { row: sel.row, col: sel.col } : null;
  const cell = sheet && selected ? sheet.cell(selected.row, selected.col) : null;

  const selectedRow = selected?.row;
  const selectedCol = selected?.col;
  useEffect(() => {
    if (selectedRow === undefined || selectedCol === undefined) return;
    gridRef.current
      ?.querySelector('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectedRow, selectedCol, sheetName]);

  const attempt = (action: () => void): boolean => {
    try {
      action();
      setNotice(null);
      return true;
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
      return false;
    }
  };

  const select = (row: number, col: number): void => {
    if (!sheetName) return;
    workbook.select({ sheet: sheetName, row: Math.max(0, row), col: Math.max(0, col) });
  };

  const commit = (text: string, move: Move): void => {
    setEditing(null);
    if (!sheetName || !selected) return;
    const accepted = attempt(() => workbook.type(sheetName, selected.row, selected.col, text));
    gridRef.current?.focus();
    // A refused value (data validation, protection) leaves the selection where it was, as Excel does.
    if (!accepted) return;
    if (move === 'down') select(selected.row + 1, selected.col);
    if (move === 'right') select(selected.row, selected.col + 1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (editing || !selected || !sheetName) return;
    const delta = MOVES[e.key];
    if (delta) {
      e.preventDefault();
      select(selected.row + delta[0], selected.col + delta[1]);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      if (e.key === 'Enter') select(selected.row + 1, selected.col);
      else select(selected.row, selected.col + 1);
    } else if (e.key === 'F2') {
      e.preventDefault();
      setEditing({ initial: cell?.input ?? '' });
    } else if ((e.ctrlKey || e.metaKey) && (e.key === 'z' || e.key === 'Z')) {
      e.preventDefault();
      if (!workbook.undo()) setNotice('Không còn thao tác nào để hoàn tác.');
    } else if ((e.ctrlKey || e.metaKey) && (e.key === 'd' || e.key === 'D')) {
      e.preventDefault();
      attempt(() => workbook.fillDown(sheetName, selected.row, selected.col));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      attempt(() => workbook.clear(sheetName, selected.row, selected.col));
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ initial: e.key });
    }
  };

  const go = (reference: string): void => {
    if (!sheetName) return;
    const target: Selection | null = workbook.resolve(reference, sheetName);
    if (!target) {
      setNotice(`Không tìm thấy ô hoặc tên “${reference}”.`);
      return;
    }
    setNotice(null);
    if (target.sheet !== sheetName) workbook.activate(target.sheet);
    workbook.select(target);
    gridRef.current?.focus();
  };

  return (
    <div className="workbook">
      <div className="formula-row">
        <NameBox
          current={
            selected && sheetName
              ? (workbook.nameAt(sheetName, selected.row, selected.col) ?? a1(selected.row, selected.col))
              : ''
          }
          onGo={go}
        />
        <div className="formula-bar" aria-label="Thanh công thức" data-testid="formula-bar">
          {cell?.input ?? ''}
        </div>
      </div>
      {notice && (
        <div className="grid-notice" role="alert" data-testid="grid-notice">
          {notice}
        </div>
      )}
      <div
        ref={gridRef}
        className="grid-scroll"
        tabIndex={0}
        data-testid="grid"
        aria-label={`Trang tính ${sheetName ?? ''}`}
        onKeyDown={onKeyDown}
        onPaste={(e) => {
          if (editing || !selected || !sheetName) return;
          e.preventDefault();
          const block = parseTsv(e.clipboardData.getData('text/plain'));
          if (block.length > 0) attempt(() => workbook.paste(sheetName, selected.row, selected.col, block));
        }}
      >
        {sheet ? (
          <SheetTable
            sheet={sheet}
            selected={selected}
            editor={
              editing ? (
                <CellEditor initial={editing.initial} onCommit={commit} onCancel={() => setEditing(null)} />
              ) : null
            }
            onCellMouseDown={select}
            onCellDoubleClick={(r, c) => {
              select(r, c);
              setEditing({ initial: sheet.cell(r, c)?.input ?? '' });
            }}
          />
        ) : (
          <p className="empty">Sổ làm việc trống.</p>
        )}
      </div>
      <SheetTabs
        sheets={workbook.visibleSheets()}
        active={sheetName}
        onActivate={(name) => {
          setEditing(null);
          workbook.activate(name);
        }}
      />
    </div>
  );
}
