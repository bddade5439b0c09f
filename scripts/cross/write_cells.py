#!/usr/bin/env python3
"""Writes cells with openpyxl, as another program would: edits a workbook or writes one from scratch.

Usage: write_cells.py --jobs JOBS.json
JOBS.json: [{"source": "in.xlsx" | null, "target": "out.xlsx", "sheets": {"Sheet": {"A1": value, ...}}}]
Without a source the workbook is new: only the listed sheets, in order, no styles and no defined names.
A value is a number, a string, true/false or null (clears the cell).
"""
import argparse
import json

import openpyxl


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", required=True)
    args = parser.parse_args()
    with open(args.jobs, encoding="utf-8") as f:
        jobs = json.load(f)
    for job in jobs:
        if job.get("source"):
            wb = openpyxl.load_workbook(job["source"])
        else:
            wb = openpyxl.Workbook()
            wb.remove(wb.active)
        for name, cells in job["sheets"].items():
            ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
            for address, value in cells.items():
                ws[address] = value
        wb.save(job["target"])


if __name__ == "__main__":
    main()
