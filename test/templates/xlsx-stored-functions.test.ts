/**
 * Every built .xlsx template (dist/templates) holds DealKit's functions the way Excel stores an
 * add-in function it resolved, `_xldudf_DEAL_<ID>(…)`: a file holding the typed `DEAL.<ID>(…)` opens
 * in Excel as #NAME? even once the add-in has loaded. Read from the files' XML, not through a library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { CATALOG } from '../../shared/functions/catalog';
import { PREFIX_TOKEN } from '../../shared/plan';
import { templateFiles } from '../../tools/xlsx-templates';
import { builtFile } from '../helpers/dist';

const IDS = new Set<string>(CATALOG.map((entry) => entry.name));

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The formula text outside string literals and quoted sheet names. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, '""');
}

const files = readdirSync(builtFile('templates')).filter((name) => name.endsWith('.xlsx'));

describe('dist/templates/*.xlsx store DealKit functions as Excel does', () => {
  it('builds every template file', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s: every formula calls DealKit only as _xldudf_DEAL_<ID>, with a known id', async (file) => {
    const zip = await JSZip.loadAsync(readFileSync(builtFile('templates', file)));
    const sheets = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    const typed: string[] = [];
    const unknown: string[] = [];
    let stored = 0;
    for (const path of sheets) {
      const xml = await zip.file(path)!.async('string');
      for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>\s*<f[^>]*>([^<]*)<\/f>/g)) {
        const formula = code(unescapeXml(match[2]));
        const where = `${path} ${match[1]}: ${formula}`;
        if (/(^|[^A-Za-z0-9_.])DEAL\.[A-Za-z_]/i.test(formula)) typed.push(where);
        for (const call of formula.matchAll(/(^|[^A-Za-z0-9_.])_xldudf_([A-Za-z0-9_.]+)\(/g)) {
          const id = /^DEAL_([A-Z0-9_]+)$/.exec(call[2])?.[1];
          if (id === undefined || !IDS.has(id)) unknown.push(where);
          else stored += 1;
        }
      }
    }
    expect(typed).toEqual([]);
    expect(unknown).toEqual([]);
    // Conditional formats and defined names carry no typed DealKit call either.
    for (const path of [...sheets, 'xl/workbook.xml']) {
      const xml = unescapeXml(await zip.file(path)!.async('string'));
      expect([path, code(xml.replace(/<[^>]*>/g, ' ')).match(/(^|[^A-Za-z0-9_.])DEAL\.[A-Za-z_]+\(/i)]).toEqual([path, null]);
    }
    // A template whose plan calls DealKit holds those calls, stored.
    const planned = templateFiles().files.find((f) => f.fileName === file);
    expect(planned).toBeDefined();
    expect(stored > 0).toBe(JSON.stringify(planned?.plan).includes(PREFIX_TOKEN));
  });
});
