#!/usr/bin/python3
"""Edit workbooks in LibreOffice Calc through UNO, as a user would, and save them (fixtures only).

Needs python3-uno (Debian) besides libreoffice-calc-nogui. Usage:
  lo_edit.py JOBS.json
JOBS.json: [{"source": "in.xlsx", "target": "out.xlsx", "filter": "xlsx" | "xlsm" | "xls" | "csv",
             "ops": [{"op": "insert-row", "beforeName": "TC_2_3"}]}]
"insert-row" inserts one empty row above the row a workbook-level name points at, on that name's
sheet (LibreOffice shifts formulas and names, like a user's Insert Row). "csv" saves the sheet of
the name TONG_DIEM (the form) as comma-separated UTF-8 text. Everything is recalculated before saving.
One soffice process with a private profile serves all jobs.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

FILTERS = {
    'xlsx': 'Calc MS Excel 2007 XML',
    'xlsm': 'Calc MS Excel 2007 VBA XML',
    'xls': 'MS Excel 97',
    'csv': 'Text - txt - csv (StarCalc)',
}


def props(**kw):
    out = []
    for k, v in kw.items():
        p = PropertyValue()
        p.Name = k
        p.Value = v
        out.append(p)
    return tuple(out)


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def start_office(profile):
    pipe = f'xhcntt_{os.getpid()}'
    proc = subprocess.Popen(
        ['soffice', f'-env:UserInstallation={url(profile)}', '--headless', '--norestore', '--nologo',
         '--nolockcheck', f'--accept=pipe,name={pipe};urp;StarOffice.ComponentContext'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, 'HOME': profile})
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
            desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
            return proc, desktop
        except Exception:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError('soffice did not start')


def name_row(doc, name):
    cells = doc.NamedRanges.getByName(name).getReferredCells()
    address = cells.getCellAddress()
    return doc.Sheets.getByIndex(address.Sheet), address.Row


def run_job(desktop, job):
    doc = desktop.loadComponentFromURL(url(job['source']), '_blank', 0, props(Hidden=True))
    try:
        for op in job.get('ops', []):
            if op['op'] == 'insert-row':
                sheet, row = name_row(doc, op['beforeName'])
                # The form sheet is protected without a password, as a user finds it: unprotect, edit, protect.
                protected = sheet.isProtected()
                if protected:
                    sheet.unprotect('')
                sheet.Rows.insertByIndex(row, 1)
                if protected:
                    sheet.protect('')
            else:
                raise ValueError(f"unknown op {op['op']}")
        doc.calculateAll()
        kind = job.get('filter', 'xlsx')
        extra = {}
        if kind == 'csv':
            sheet, _ = name_row(doc, 'TONG_DIEM')
            index = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)].index(sheet.Name)
            # comma, double quote, UTF-8 (76), start row 1, ..., token 12 = sheet number (1-based)
            extra['FilterOptions'] = f'44,34,76,1,,0,false,true,false,false,false,{index + 1}'
        target = job['target']
        if kind == 'csv':
            # LibreOffice names a one-sheet CSV export "<base>-<sheet>.csv"; store it so, then rename.
            stem, ext = os.path.splitext(target)
            exported = f'{stem}-{sheet.Name}{ext}'
            doc.storeToURL(url(target), props(FilterName=FILTERS[kind], Overwrite=True, **extra))
            if not os.path.exists(target) and os.path.exists(exported):
                os.replace(exported, target)
        else:
            doc.storeToURL(url(target), props(FilterName=FILTERS[kind], Overwrite=True, **extra))
    finally:
        doc.close(True)


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 64
    with open(argv[0], encoding='utf-8') as f:
        jobs = json.load(f)
    profile = tempfile.mkdtemp(prefix='xhcntt-uno-')
    os.makedirs(os.path.join(profile, 'user'))
    with open(os.path.join(profile, 'user', 'registrymodifications.xcu'), 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">'
                '<value>0</value></prop></item>\n</oor:items>\n')
    proc, desktop = start_office(profile)
    failed = 0
    try:
        for job in jobs:
            try:
                run_job(desktop, job)
            except Exception as e:  # report and go on with the other jobs
                failed += 1
                print(f"{job.get('target')}: {e}", file=sys.stderr)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
