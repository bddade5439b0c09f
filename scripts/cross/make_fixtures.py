#!/usr/bin/python3
"""Regenerates the returned-workbook fixtures written by other programs (openpyxl, LibreOffice).

Run through scripts/cross/make-fixtures.sh (it builds the CLI first). Every expected total is the
target the fills were built to reach, never a value read back from the project's code.
Writes the files under test/fixtures/returned/{openpyxl,libreoffice}/ and replaces their entries in
test/fixtures/returned/expected.json (the READER's manifest; other entries are kept as they are).
The refused .xls/.ods/CSV/.xlsm made from tiny workbooks are the READER's (refused/); here a CSV and
an .xlsm are made from a real filled survey.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, 'test', 'fixtures', 'returned')
CLI = ['node', os.path.join(REPO, 'bin', 'xep-hang-cntt.js')]
PY = sys.executable
EVIDENCE = 'Văn bản số 15/KH-UBND ngày 10/02/2026; báo cáo kèm theo'


def sh(args, **kw):
    subprocess.run(args, check=True, **kw)


def template_subs(year):
    out = subprocess.run(CLI + ['template', '--year', str(year), '--print-json'], check=True, capture_output=True, text=True).stdout
    t = json.loads(out)
    return {g['groupId']: [(s['code'], round(s['cap'] * 100)) for c in g['criteria'] for s in c['subCriteria']] for g in t['groups']}


def name_of(prefix, code):
    return f"{prefix}_{code.replace('.', '_')}"


def fills_for_total(subs, target, forced=None, skip=()):
    """Scores (as 2-decimal numbers) adding up to target hundredths; forced {code: counted} first, skip counts 0."""
    forced = forced or {}
    left = target - sum(forced.values())
    scores = {}
    for code, cap in subs:
        if code in forced:
            continue
        p = 0 if code in skip else min(left, cap)
        scores[code] = p
        left -= p
    if left != 0:
        raise ValueError(f'target {target} not reachable')
    fills = {name_of('TC', c): p / 100 for c, p in scores.items() if c not in skip}
    fills.update({name_of('TC', c): p / 100 for c, p in forced.items()})
    fills.update({name_of('MC', c): EVIDENCE for c, _ in subs})
    return fills


def name_address(path, name):
    wb = openpyxl.load_workbook(path)
    sheet, ref = next(iter(wb.defined_names[name].destinations))
    return sheet, ref.replace('$', '')


def inline(v):
    """One-line JSON in the manifest's style: `{ "ok": true, "code": "x" }`, `["a", "b"]`."""
    if isinstance(v, dict):
        return '{ ' + ', '.join(f'{json.dumps(k, ensure_ascii=False)}: {inline(x)}' for k, x in v.items()) + ' }' if v else '{}'
    if isinstance(v, list):
        return '[' + ', '.join(inline(x) for x in v) + ']'
    return json.dumps(v, ensure_ascii=False)


def manifest_text(manifest):
    """expected.json as the READER formats it: one key per line in an entry, nested values inline."""
    entries = []
    for e in manifest['files']:
        lines = [f'      {json.dumps(k, ensure_ascii=False)}: {inline(v)}' for k, v in e.items()]
        entries.append('    {\n' + ',\n'.join(lines) + '\n    }')
    head = ',\n'.join(f'  {json.dumps(k)}: {inline(v)}' for k, v in manifest.items() if k != 'files')
    return '{\n' + head + ',\n  "files": [\n' + ',\n'.join(entries) + '\n  ]\n}\n'


def rating(h):
    return 'Tốt' if h >= 8500 else 'Khá' if h >= 7000 else 'Trung bình' if h >= 5000 else 'Yếu'


def main():
    work = tempfile.mkdtemp(prefix='xhcntt-fixtures-')
    subs = template_subs(2026)
    subs_2025 = template_subs(2025)
    blanks = {}

    def blank(key, year, group, agency=None):
        path = os.path.join(work, f'blank-{key}.xlsx')
        sh(CLI + ['template', '--year', str(year), '--group', group, '--out', path] + (['--agency', agency] if agency else []),
           stdout=subprocess.DEVNULL)
        blanks[key] = path
        return path

    entries = []
    fill_jobs = []

    def job(source, target, fills):
        fill_jobs.append({'source': source, 'target': target, 'fills': fills})

    os.makedirs(os.path.join(OUT, 'openpyxl'), exist_ok=True)
    os.makedirs(os.path.join(OUT, 'libreoffice'), exist_ok=True)
    stage = os.path.join(work, 'stage')  # openpyxl outputs that LibreOffice then re-saves
    os.makedirs(stage)

    # 1. Filled by openpyxl, saved by openpyxl (no cached formula results at all).
    f1 = os.path.join(OUT, 'openpyxl', 'so-tu-phap-filled.xlsx')
    job(blank('so-tu-phap', 2026, 'so', 'SO-TU-PHAP'), f1, fills_for_total(subs['so'], 8550))
    # 2. Filled by openpyxl, then opened, recalculated and saved by LibreOffice: total on the 85 edge minus 0.01.
    s2 = os.path.join(stage, 'vp-ubnd-tinh-filled.xlsx')
    job(blank('vp-ubnd-tinh', 2026, 'so', 'VP-UBND-TINH'), s2, fills_for_total(subs['so'], 8499))
    # 3. Row inserted in Phiếu by LibreOffice (above TC_2_3).
    s3 = os.path.join(stage, 'thanh-tra-tinh-source.xlsx')
    job(blank('thanh-tra-tinh', 2026, 'so', 'THANH-TRA-TINH'), s3, fills_for_total(subs['so'], 7800))
    # 4. Total formula replaced by a constant (99) by openpyxl, then saved by LibreOffice (rating follows 99).
    s4 = os.path.join(stage, 'so-noi-vu-tampered-total.xlsx')
    f4 = fills_for_total(subs['so'], 7200)
    f4['TONG_DIEM'] = 99
    job(blank('so-noi-vu', 2026, 'so', 'SO-NOI-VU'), s4, f4)
    # 5. Last year's form (template stamped 2025: NAM and metadata say 2025), LibreOffice-saved.
    s5 = os.path.join(stage, 'bql-kkt-2025-wrong-year.xlsx')
    job(blank('bql-2025', 2025, 'so', 'BQL-KKT-NGHI-SON'), s5, fills_for_total(subs_2025['so'], 9000))
    # 6. Blank district form; name typed in NFD with the 'Thanh Hoá' spelling, no code; openpyxl-saved.
    f6 = os.path.join(OUT, 'openpyxl', 'huyen-name-nfd-hoa.xlsx')
    f6f = fills_for_total(subs['huyen'], 7000)
    f6f['TEN_DON_VI'] = unicodedata.normalize('NFD', 'Thành phố Thanh Hoá')
    job(blank('huyen', 2026, 'huyen'), f6, f6f)
    # 7. Text '7,5' in TC_2_1 (counts 0), LibreOffice-saved.
    s7 = os.path.join(stage, 'ban-dan-toc-text-score.xlsx')
    f7 = fills_for_total(subs['so'], 6000, skip=('2.1',))
    f7['TC_2_1'] = '7,5'
    job(blank('ban-dan-toc', 2026, 'so', 'BAN-DAN-TOC'), s7, f7)
    # 8. Over the cap: 5 typed in TC_1_1 (cap 2, counts 2), LibreOffice-saved.
    s8 = os.path.join(stage, 'ba-thuoc-over-cap.xlsx')
    cap11 = dict(subs['huyen'])['1.1']
    f8 = fills_for_total(subs['huyen'], 5000, forced={'1.1': cap11})
    f8['TC_1_1'] = 5
    job(blank('ba-thuoc', 2026, 'huyen', 'H-BA-THUOC'), s8, f8)
    # 9-10. Source for the CSV and .xlsm conversions.
    s9 = os.path.join(stage, 'cam-thuy-filled.xlsx')
    job(blank('cam-thuy', 2026, 'huyen', 'H-CAM-THUY'), s9, fills_for_total(subs['huyen'], 8000))

    jobs_file = os.path.join(work, 'fill-jobs.json')
    with open(jobs_file, 'w', encoding='utf-8') as f:
        json.dump(fill_jobs, f, ensure_ascii=False)
    sh([PY, os.path.join(HERE, 'fill_by_names.py'), '--jobs', jobs_file])

    lo_out = os.path.join(OUT, 'libreoffice')
    sh(['sh', os.path.join(HERE, 'recalc.sh'), lo_out, s2, s4, s5, s7, s8])
    edits = [
        {'source': s3, 'target': os.path.join(lo_out, 'thanh-tra-tinh-row-inserted.xlsx'), 'filter': 'xlsx',
         'ops': [{'op': 'insert-row', 'beforeName': 'TC_2_3'}]},
        {'source': s9, 'target': os.path.join(lo_out, 'tx-bim-son-csv-renamed.xlsx'), 'filter': 'csv'},
        {'source': s9, 'target': os.path.join(lo_out, 'tp-sam-son-macro.xlsm'), 'filter': 'xlsm'},
    ]
    edits_file = os.path.join(work, 'edit-jobs.json')
    with open(edits_file, 'w', encoding='utf-8') as f:
        json.dump(edits, f)
    sh([PY, os.path.join(HERE, 'lo_edit.py'), edits_file])

    rel = lambda p: os.path.relpath(p, OUT)
    lo = lambda p: os.path.join(lo_out, os.path.basename(p))
    form = 'Phiếu'
    sheets = {form: 'visible', 'XHCNTT_META': 'veryHidden'}
    # LibreOffice has no "very hidden": it saves the metadata sheet as merely hidden.
    lo_sheets = {form: 'visible', 'XHCNTT_META': 'hidden'}

    def accepted(code, total, problems=()):
        return {'status': 'accepted-with-warnings' if problems else 'accepted', 'agencyCode': code,
                'totalHundredths': total, 'rating': rating(total), 'problemCodes': list(problems)}

    t23 = name_address(blanks['thanh-tra-tinh'], 'TC_2_3')
    row_sheet, row_ref = t23
    col = ''.join(ch for ch in row_ref if ch.isalpha())
    shifted = f"{row_sheet}!{col}{int(row_ref[len(col):]) + 1}"
    tc21 = name_address(blanks['ban-dan-toc'], 'TC_2_1')
    tc11 = name_address(blanks['ba-thuoc'], 'TC_1_1')
    tong = name_address(blanks['so-noi-vu'], 'TONG_DIEM')
    xl = name_address(blanks['vp-ubnd-tinh'], 'XEP_LOAI')
    tong_vp = name_address(blanks['vp-ubnd-tinh'], 'TONG_DIEM')
    nam = name_address(blanks['bql-2025'], 'NAM')
    tu_tc21 = name_address(blanks['so-tu-phap'], 'TC_2_1')
    tu_tong = name_address(blanks['so-tu-phap'], 'TONG_DIEM')
    a = lambda sr: f'{sr[0]}!{sr[1]}'

    entries = [
        {'file': rel(f1), 'writer': 'openpyxl',
         'description': 'Phiếu sở điền qua tên vùng bằng openpyxl, lưu bằng openpyxl (công thức không có giá trị lưu sẵn); tổng 85,50',
         'read': {'ok': True, 'sheets': sheets, 'values': {a(tu_tc21): 8, a(tu_tong): None}},
         'merge': accepted('SO-TU-PHAP', 8550)},
        {'file': rel(lo(s2)), 'writer': 'libreoffice',
         'description': 'Phiếu sở điền bằng openpyxl rồi LibreOffice mở, tính lại và lưu .xlsx; tổng 84,99 (sát ngưỡng Tốt)',
         'read': {'ok': True, 'sheets': lo_sheets, 'values': {a(tong_vp): 84.99, a(xl): 'Khá'}},
         'merge': accepted('VP-UBND-TINH', 8499)},
        {'file': 'libreoffice/thanh-tra-tinh-row-inserted.xlsx', 'writer': 'libreoffice',
         'description': 'Phiếu sở đã điền, LibreOffice chèn một dòng trên tiêu chí 2.3 (sửa cấu trúc)',
         'read': {'ok': True, 'sheets': lo_sheets, 'names': {'TC_2_3': shifted}},
         'merge': {'status': 'rejected', 'problemCodes': ['structure-changed']}},
        {'file': rel(lo(s4)), 'writer': 'libreoffice',
         'description': 'Ô tổng điểm bị thay công thức bằng hằng số 99 (điểm thật 72,00), LibreOffice lưu lại',
         'read': {'ok': True, 'values': {a(tong): 99}},
         'merge': {'status': 'rejected', 'problemCodes': ['structure-changed']}},
        {'file': rel(lo(s5)), 'writer': 'libreoffice',
         'description': 'Phiếu theo mẫu năm 2025 (NAM và siêu dữ liệu ghi 2025) gửi cho đợt 2026, LibreOffice lưu',
         'read': {'ok': True, 'values': {a(nam): 2025}},
         'merge': {'status': 'rejected', 'problemCodes': ['wrong-year']}},
        {'file': rel(f6), 'writer': 'openpyxl',
         'description': 'Phiếu huyện để trống mã, tên gõ dạng NFD và viết «Thanh Hoá»; khớp TP-THANH-HOA theo tên; tổng 70,00',
         'read': {'ok': True, 'sheets': sheets},
         'merge': accepted('TP-THANH-HOA', 7000, ['agency-code-missing'])},
        {'file': rel(lo(s7)), 'writer': 'libreoffice',
         'description': "Ô TC_2_1 chứa chữ '7,5' (không tính điểm), LibreOffice lưu; tổng 60,00",
         'read': {'ok': True, 'values': {a(tc21): '7,5'}},
         'merge': accepted('BAN-DAN-TOC', 6000, ['text-number'])},
        {'file': rel(lo(s8)), 'writer': 'libreoffice',
         'description': 'Ô TC_1_1 ghi 5, vượt điểm tối đa 2 (tính 2), LibreOffice lưu; tổng 50,00',
         'read': {'ok': True, 'values': {a(tc11): 5}},
         'merge': accepted('H-BA-THUOC', 5000, ['over-cap'])},
        {'file': 'libreoffice/tx-bim-son-csv-renamed.xlsx', 'writer': 'libreoffice',
         'description': 'Trang Phiếu xuất CSV bằng LibreOffice rồi đổi đuôi thành .xlsx',
         'read': {'ok': False, 'code': 'csv-or-text'}, 'merge': {'status': 'rejected', 'problemCodes': ['csv-or-text']}},
        {'file': 'libreoffice/tp-sam-son-macro.xlsm', 'writer': 'libreoffice',
         'description': 'Phiếu đã điền, LibreOffice lưu dạng có macro (.xlsm, kiểu nội dung macroEnabled)',
         'read': {'ok': False, 'code': 'macro-enabled'}, 'merge': {'status': 'rejected', 'problemCodes': ['macro-enabled']}},
    ]
    # The READER owns expected.json; this replaces only the entries of the folders made here.
    manifest_path = os.path.join(OUT, 'expected.json')
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)
    mine = ('openpyxl/', 'libreoffice/')
    manifest['files'] = [e for e in manifest['files'] if not e['file'].startswith(mine)] + entries
    with open(manifest_path, 'w', encoding='utf-8') as f:
        f.write(manifest_text(manifest))
    shutil.rmtree(work, ignore_errors=True)
    print(f'{len(entries)} fixtures written under {OUT}')


if __name__ == '__main__':
    main()
