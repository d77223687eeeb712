import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile, REPO_ROOT } from '../helpers/dist';

const manifestPath = join(REPO_ROOT, 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');

function attributeValues(pattern: RegExp): string[] {
  return [...manifest.matchAll(pattern)].map((match) => match[1]);
}

describe('manifest.xml, checked offline', () => {
  it('is well-formed XML (xmllint)', () => {
    expect(() => execFileSync('xmllint', ['--noout', manifestPath], { stdio: 'pipe' })).not.toThrow();
  });

  it('is parsed by office-addin-manifest, with ReadWriteDocument and the Workbook host', () => {
    const cli = join(REPO_ROOT, 'node_modules', '.bin', 'office-addin-manifest');
    const info = execFileSync(cli, ['info', manifestPath], { encoding: 'utf8', timeout: 60000 });
    expect(info).toMatch(/Permissions: ReadWriteDocument/);
    expect(info).toMatch(/Hosts: Workbook/);
    expect(info).toMatch(/Name: DealKit/);
  });

  it('asks for the least permission the add-in needs', () => {
    expect(attributeValues(/<Permissions>([^<]+)<\/Permissions>/g)).toEqual(['ReadWriteDocument']);
  });

  it('declares a shared runtime and custom functions in the DEAL namespace', () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="DEAL"\/>/);
  });

  it('has a ribbon button that opens the task pane, with 16/32/80 px icons', () => {
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const size of ['16', '32', '80']) expect(manifest).toMatch(new RegExp(`<bt:Image size="${size}" resid="Icon\\.${size}"/>`));
  });

  it('resolves every resid to a declared resource', () => {
    const declared = new Set(attributeValues(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
    const used = attributeValues(/resid="([^"]+)"/g);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !declared.has(id))).toEqual([]);
  });

  it('points every URL, language overrides included, at a file the build puts in dist/excel-addin', () => {
    const urls = attributeValues(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g).filter((url) => !url.endsWith(':3000'));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls).toContain('https://localhost:3000/functions.zh-CN.json');
    for (const url of urls) {
      const path = new URL(url).pathname.replace(/^\//, '');
      expect(existsSync(builtFile('excel-addin', path))).toBe(true);
    }
  });

  it('gives Excel a Simplified Chinese functions metadata file as the zh-CN override of Functions.Metadata.Url', () => {
    const entry = /<bt:Url id="Functions\.Metadata\.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(manifest);
    expect(entry?.[1]).toMatch(/<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions\.zh-CN\.json"\/>/);
  });

  it('has a Simplified Chinese display name, description and button label', () => {
    expect(attributeValues(/<Override Locale="zh-CN" Value="([^"]+)"\/>/g).length).toBeGreaterThanOrEqual(2);
    expect(attributeValues(/<bt:Override Locale="zh-CN" Value="([^"]+)"\/>/g).some((value) => /打开/.test(value))).toBe(true);
  });

  it('ships icons of the sizes it names, as real PNGs', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(builtFile('excel-addin', 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});

interface MetadataFile {
  functions: { id: string; name: string; description: string; options?: { volatile?: boolean }; parameters: { name: string; description: string; optional: boolean }[] }[];
}

describe('the built Simplified Chinese functions metadata', () => {
  const read = (name: string) => JSON.parse(readFileSync(builtFile('excel-addin', name), 'utf8')) as MetadataFile;
  const english = read('functions.json');
  const chinese = read('functions.zh-CN.json');
  const hasChinese = (value: string) => /[\u4e00-\u9fff]/.test(value);

  it('declares the same functions with the same ids, names and parameters as functions.json', () => {
    const shape = (file: MetadataFile) => file.functions.map((f) => ({ id: f.id, name: f.name, params: f.parameters.map((p) => [p.name, p.optional]) }));
    expect(chinese.functions.length).toBeGreaterThan(15);
    expect(shape(chinese)).toEqual(shape(english));
  });

  it('describes every function and parameter in Chinese', () => {
    for (const f of chinese.functions) {
      expect([f.name, hasChinese(f.description)]).toEqual([f.name, true]);
      for (const p of f.parameters) expect([f.name, p.name, hasChinese(p.description)]).toEqual([f.name, p.name, true]);
    }
    expect(chinese.functions.find((f) => f.id === 'QUALIFY')?.description).not.toBe(english.functions.find((f) => f.id === 'QUALIFY')?.description);
  });
});

describe('STALLED, which counts to today when as_of is omitted', () => {
  it('is the one volatile function in the built metadata, in both languages, so Excel recounts every day', () => {
    for (const name of ['functions.json', 'functions.zh-CN.json']) {
      const file = JSON.parse(readFileSync(builtFile('excel-addin', name), 'utf8')) as MetadataFile;
      expect(file.functions.filter((f) => f.options?.volatile === true).map((f) => f.id)).toEqual(['STALLED']);
      expect(file.functions.find((f) => f.id === 'STALLED')?.parameters.find((p) => p.name === 'as_of')?.description).toMatch(/TODAY\(\)/);
    }
  });

  it('tells Google Sheets users, in both languages of docs/functions.md, to pass TODAY() as as_of', () => {
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'functions.md'), 'utf8');
    const asOfLines = docs.split('\n').filter((line) => line.startsWith('- `as_of`'));
    expect(asOfLines).toHaveLength(2);
    expect(asOfLines[0]).toMatch(/In Google Sheets pass TODAY\(\) as as_of/);
    expect(asOfLines[1]).toMatch(/在 Google 表格中请把 TODAY\(\) 作为 as_of 传入/);
  });
});
