import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findSoffice, inspectRecalculated, recalculateWithLibreOffice } from './libreoffice';
import { writeTemplateFiles, templateFiles } from '../../tools/xlsx-templates';
import { writePlanToXlsx } from '../../tools/xlsx-writer';
import type { WritePlan } from '../../shared/plan';

const soffice = findSoffice();
if (!soffice && process.env.CI) {
  throw new Error('LibreOffice (soffice) is required in CI: apt-get install -y --no-install-recommends libreoffice-calc-nogui');
}
if (!soffice) {
  console.warn(
    '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' +
      '!! SKIPPED: LibreOffice checks of the .xlsx templates — soffice not found.\n' +
      '!! Install it: apt-get install -y --no-install-recommends libreoffice-calc-nogui\n' +
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n',
  );
}
const describeWithLibreOffice = soffice ? describe : describe.skip;

/** Temporary folders of this run (files, LibreOffice profiles and output), removed afterwards. */
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function recalculated(files: string[]): string[] {
  const out = recalculateWithLibreOffice(soffice as string, files);
  scratch.push(dirname(dirname(out[0])));
  return out;
}

describeWithLibreOffice('generated .xlsx files recalculated in LibreOffice', () => {
  it('finds an error in a built-in formula and ignores DealKit cells and the cells that read them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-probe-'));
    scratch.push(dir);
    const plan: WritePlan = {
      sheets: [
        {
          key: 'p',
          target: { kind: 'new', baseName: 'Probe sheet' },
          values: [{ at: 'A1', rows: [[2, 0]] }],
          formulas: [{ at: 'A2', rows: [['=A1/B1', '={{DEAL}}QUALIFY(A1:B1)', '=B2&"!"', "=SUM('Probe sheet'!A1:B1)", '=DK_X*2']] }],
        },
      ],
      namedRanges: [{ name: 'DK_X', sheetKey: 'p', range: 'A1' }],
    };
    const file = join(dir, 'probe.xlsx');
    await writePlanToXlsx(plan, file);
    const [done] = recalculated([file]);
    const report = await inspectRecalculated(done);
    expect(report.builtInErrors.map((c) => [c.address, (c.result as { error: string }).error])).toEqual([['A2', '#DIV/0!']]);
    expect(report.builtInCount).toBe(3);
    const byAddress = Object.fromEntries(report.formulas.map((c) => [c.address, c.result]));
    expect(byAddress.D2).toBe(2);
    expect(byAddress.E2).toBe(4);
  });

  it('every template, in both languages, has no built-in formula showing an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-templates-'));
    scratch.push(dir);
    const written = await writeTemplateFiles(dir);
    expect(written.length).toBe(templateFiles().files.length);
    expect(written.length).toBeGreaterThanOrEqual(2);
    const failures: string[] = [];
    let builtIns = 0;
    for (const file of recalculated(written)) {
      const report = await inspectRecalculated(file);
      builtIns += report.builtInCount;
      for (const cell of report.builtInErrors) failures.push(`${file.split('/').pop()} ${cell.sheet}!${cell.address} =${cell.formula} → ${JSON.stringify(cell.result)}`);
    }
    expect(builtIns).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
