#!/usr/bin/python3
"""Fill a survey workbook through its workbook-level defined names, as another program would.

Usage (Debian's python3, which has python3-openpyxl):
  fill_by_names.py SOURCE.xlsx TARGET.xlsx FILLS.json      one workbook
  fill_by_names.py --jobs JOBS.json                         many workbooks in one process

FILLS.json is an object {"TC_2_3": 7.5, "MC_2_3": "Văn bản số 12", "TC_1_1": null, ...}:
  number -> numeric cell, string -> text cell (never parsed, never a formula), null -> cleared.
A key "Sheet!A1" (with "!") addresses a cell directly, for fixtures that edit what no name covers.
JOBS.json is a list of {"source": ..., "target": ..., "fills": {...}}.
Only the cells named are touched; openpyxl keeps formulas but drops their cached values.
"""
import json
import sys

import openpyxl
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.utils.cell import range_boundaries


class FillError(Exception):
    pass


def name_cell(wb, name):
    """The single cell a workbook-level defined name points at."""
    defined = wb.defined_names.get(name)
    if defined is None:
        defined = next((d for d in wb.defined_names.definedName if d.name.upper() == name.upper()), None)
    if defined is None or defined.localSheetId is not None:
        raise FillError(f'no workbook-level defined name {name}')
    destinations = list(defined.destinations)
    if len(destinations) != 1:
        raise FillError(f'name {name} points at {len(destinations)} areas: {defined.attr_text}')
    sheet_name, ref = destinations[0]
    min_col, min_row, max_col, max_row = range_boundaries(ref.replace('$', ''))
    if (min_col, min_row) != (max_col, max_row):
        raise FillError(f'name {name} is a range, not one cell: {defined.attr_text}')
    return wb[sheet_name].cell(row=min_row, column=min_col)


def address_cell(wb, key):
    sheet_name, ref = key.rsplit('!', 1)
    sheet_name = sheet_name.strip("'")
    if sheet_name not in wb.sheetnames:
        raise FillError(f'no sheet {sheet_name}')
    return wb[sheet_name][ref.replace('$', '')]


def set_value(cell, value):
    if value is None:
        cell.value = None
    elif isinstance(value, bool):
        cell.value = value
    elif isinstance(value, (int, float)):
        cell.value = value
    elif isinstance(value, str):
        # Assign then force the type so "=..." or "7,5" stays literal text, as a user typing text would.
        cell.value = value
        cell.data_type = TYPE_STRING
    else:
        raise FillError(f'unsupported value {value!r}')


def fill(source, target, fills):
    wb = openpyxl.load_workbook(source)
    for key, value in fills.items():
        cell = address_cell(wb, key) if '!' in key else name_cell(wb, key)
        set_value(cell, value)
    wb.save(target)


def main(argv):
    if len(argv) == 2 and argv[0] == '--jobs':
        with open(argv[1], encoding='utf-8') as f:
            jobs = json.load(f)
    elif len(argv) == 3:
        with open(argv[2], encoding='utf-8') as f:
            jobs = [{'source': argv[0], 'target': argv[1], 'fills': json.load(f)}]
    else:
        print(__doc__, file=sys.stderr)
        return 64
    failed = 0
    for job in jobs:
        try:
            fill(job['source'], job['target'], job['fills'])
        except (FillError, KeyError, OSError) as e:
            failed += 1
            print(f"{job.get('target')}: {e}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
