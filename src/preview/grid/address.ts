/** 0-based (row, col) <-> A1, for the grid's labels and the name box. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}
