#!/usr/bin/python3
"""Print, as JSON, the value of every single-cell workbook-level defined name of each workbook.

Usage: read_by_names.py [--formulas] FILE.xlsx...
Output: {"FILE.xlsx": {"TONG_DIEM": 85.5, "XEP_LOAI": "Tốt", ...}, ...}
Values are the cached results (openpyxl data_only=True), i.e. what the last program that
calculated the file computed; --formulas gives the formulas instead. A file openpyxl cannot
open maps to {"__error__": "..."}.
"""
import json
import sys

import openpyxl
from openpyxl.utils.cell import range_boundaries


def read_names(path, data_only):
    wb = openpyxl.load_workbook(path, data_only=data_only)
    out = {}
    for defined in wb.defined_names.definedName:
        if defined.localSheetId is not None:
            continue
        try:
            destinations = list(defined.destinations)
        except Exception:  # a #REF! name has no destination
            continue
        if len(destinations) != 1:
            continue
        sheet_name, ref = destinations[0]
        if sheet_name not in wb.sheetnames:
            continue
        min_col, min_row, max_col, max_row = range_boundaries(ref.replace('$', ''))
        if (min_col, min_row) != (max_col, max_row):
            continue
        value = wb[sheet_name].cell(row=min_row, column=min_col).value
        out[defined.name] = value if value is None or isinstance(value, (int, float, str, bool)) else str(value)
    return out


def main(argv):
    data_only = True
    if argv and argv[0] == '--formulas':
        data_only = False
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 64
    result = {}
    for path in argv:
        try:
            result[path] = read_names(path, data_only)
        except Exception as e:  # report and go on: one bad file must not hide the others
            result[path] = {'__error__': f'{type(e).__name__}: {e}'}
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
