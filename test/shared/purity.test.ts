import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFilesRecursively, REPO_ROOT } from '../helpers/dist';

const SHARED = join(REPO_ROOT, 'shared');
/** Host and DOM names the pure core must never use (shared/ui/view is the one place a view lives). */
const HOST_NAMES = /\b(Office\.|Excel\.|CustomFunctions\.|SpreadsheetApp|HtmlService|LockService|UrlFetchApp|google\.script|document\.|window\.|localStorage|XMLHttpRequest|fetch\()/;
const HOST_IMPORTS = /from\s+['"](hyperformula|exceljs|office-addin-mock|@microsoft\/office-js|preact[^'"]*)['"]/;

function coreFiles(): string[] {
  return listFilesRecursively(SHARED).filter((file) => /\.tsx?$/.test(file) && !relative(SHARED, file).startsWith('ui/view/'));
}

describe('the shared core stays pure', () => {
  it('has core files to check', () => {
    expect(coreFiles().length).toBeGreaterThan(20);
  });

  it('uses no Office, Excel, Apps Script or DOM API outside shared/ui/view', () => {
    const offenders = coreFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && HOST_NAMES.test(line))
        .map(({ line, index }) => `${relative(REPO_ROOT, file)}:${index + 1}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('imports no host library or engine', () => {
    const offenders = coreFiles().filter((file) => HOST_IMPORTS.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(REPO_ROOT, file))).toEqual([]);
  });

  it('uses no `any` type', () => {
    const offenders = listFilesRecursively(SHARED)
      .filter((file) => /\.tsx?$/.test(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, index }))
          .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && /(:\s*any\b|<any>|as any\b|any\[\])/.test(line))
          .map(({ line, index }) => `${relative(REPO_ROOT, file)}:${index + 1}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
