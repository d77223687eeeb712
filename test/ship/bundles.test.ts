import { readdirSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { minifiedBytes } from '../../tools/bench/bundle-sizes';
import { builtFile, DIST, listFilesRecursively } from '../helpers/dist';

/** webpack's own way to find the global object; the only dynamic-code construct allowed, by exact text. */
const WEBPACK_GLOBAL_SHIM = [/new Function\((["'])return this\1\)/g];
const FORBIDDEN = ['fetch(', 'XMLHttpRequest', 'UrlFetchApp', 'eval(', 'new Function(', 'WebSocket', 'sendBeacon'];

function shippedTextFiles(folder: string): string[] {
  return listFilesRecursively(builtFile(folder)).filter((file) => /\.(js|html|json)$/.test(file));
}

describe.each(['excel-addin', 'gas'])('the shipped %s bundle', (folder) => {
  it('makes no network call and runs no dynamic code', () => {
    const findings: string[] = [];
    for (const file of shippedTextFiles(folder)) {
      let source = readFileSync(file, 'utf8');
      for (const shim of WEBPACK_GLOBAL_SHIM) source = source.replace(shim, '');
      for (const needle of FORBIDDEN) {
        if (source.includes(needle)) findings.push(`${relative(DIST, file)}: ${needle}`);
      }
    }
    expect(findings).toEqual([]);
  });

  it('does not contain the HyperFormula engine (GPL, playground only)', () => {
    // Comments may name it; its code is recognised by its entry points and licence-key check.
    const engineCode = /buildFromArray|buildFromSheets|registerFunctionPlugin|gpl-v3|LicenseCapabilityMissing/;
    const withEngine = shippedTextFiles(folder).filter((file) => engineCode.test(readFileSync(file, 'utf8')));
    expect(withEngine.map((file) => relative(DIST, file))).toEqual([]);
  });
});

describe('the Excel custom-functions script', () => {
  it('is at most 60 KB minified, measured as npm run bench measures it: it loads on every workbook open', async () => {
    expect(await minifiedBytes(builtFile('excel-addin', 'functions.js'))).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('dist/gas, as clasp pushes it', () => {
  const files = readdirSync(builtFile('gas'));

  it('holds only the manifest, plain scripts and HTML files', () => {
    expect(files).toContain('appsscript.json');
    expect(files).toContain('Code.js');
    expect(files).toContain('sidebar.html');
    expect(files.filter((name) => !/^(appsscript\.json|[\w-]+\.js|[\w-]+\.html)$/.test(name))).toEqual([]);
    // The sidebar's script is inlined into sidebar.html; a stray copy would be pushed as server code.
    expect(files.filter((name) => name.includes('sidebar') && name.endsWith('.js'))).toEqual([]);
  });

  it('has scripts with top-level functions and no module syntax', () => {
    for (const name of files.filter((file) => file.endsWith('.js'))) {
      const source = readFileSync(builtFile('gas', name), 'utf8');
      expect(source).not.toMatch(/^\s*(import|export)\s/m);
      expect(source).toMatch(/^function onOpen\(/m);
    }
  });

  it('serves a self-contained sidebar (no external scripts)', () => {
    const html = readFileSync(builtFile('gas', 'sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).toMatch(/<script/i);
  });
});

describe('the task pane page', () => {
  const html = readFileSync(builtFile('excel-addin', 'taskpane.html'), 'utf8');

  it('has a Content-Security-Policy that allows only its own scripts and office.js', () => {
    // The built page is minified: attribute quotes are optional.
    const csp = /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content="([^"]+)"/i.exec(html)?.[1];
    expect(csp).toBeDefined();
    const scriptSrc =
      /script-src ([^;]+)/
        .exec(csp ?? '')?.[1]
        ?.trim()
        .split(/\s+/) ?? [];
    expect(scriptSrc.sort()).toEqual(["'self'", 'https://appsforoffice.microsoft.com'].sort());
    expect(csp).toMatch(/default-src 'self'/);
  });

  it('loads office.js from Microsoft and its own bundles', () => {
    const sources = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((match) => match[1]);
    expect(sources).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(
      sources
        .filter((src) => !src.startsWith('https://'))
        .map((src) => basename(src))
        .sort(),
    ).toEqual(['functions.js', 'taskpane.js']);
  });
});

/** The page's Content-Security-Policy meta as directive → sources; undefined when the page has none. */
function contentSecurityPolicy(html: string): Record<string, string[]> | undefined {
  // The built pages are minified: attribute quotes are optional.
  const csp = /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content="([^"]+)"/i.exec(html)?.[1];
  if (csp === undefined) return undefined;
  return Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe.each([
  ['the Sheets sidebar', ['gas', 'sidebar.html'], ["'self'", "'unsafe-inline'"]],
  ['the playground', ['playground', 'index.html'], ["'self'"]],
])('%s page', (_page, path, scripts) => {
  const html = readFileSync(builtFile(...path), 'utf8');
  const csp = contentSecurityPolicy(html);

  it('has a Content-Security-Policy, in the head before any script, that lets only its own scripts run', () => {
    expect(csp).toBeDefined();
    expect(html.search(/http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
    expect(html.search(/http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<\/head>/i));
    expect(csp?.['default-src']).toEqual(["'none'"]);
    expect(csp?.['script-src']?.sort()).toEqual([...scripts].sort());
    expect(csp?.['object-src']).toEqual(["'none'"]);
    expect(csp?.['form-action']).toEqual(["'none'"]);
    // Nothing from another origin: every source is a keyword or data: for images.
    const foreign = Object.entries(csp ?? {}).flatMap(([name, sources]) =>
      sources.filter((s) => !/^'[a-z-]+'$/.test(s) && !(name === 'img-src' && s === 'data:')).map((s) => `${name} ${s}`),
    );
    expect(foreign).toEqual([]);
  });

  it('loads no script from elsewhere', () => {
    const sources = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((match) => match[1]);
    expect(sources.filter((src) => /^(https?:)?\/\//.test(src))).toEqual([]);
  });
});

describe('the task pane page loads office.js as Microsoft documents', () => {
  it('from the CDN, in the head, before any other script', () => {
    const html = readFileSync(builtFile('excel-addin', 'taskpane.html'), 'utf8');
    const head = html.slice(0, html.search(/<\/head>/i));
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)];
    expect(scripts[0]?.[1]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(head).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });
});
