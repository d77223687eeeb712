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

  it('points every URL at a file the build puts in dist/excel-addin', () => {
    const urls = attributeValues(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g).filter((url) => !url.endsWith(':3000'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const path = new URL(url).pathname.replace(/^\//, '');
      expect(existsSync(builtFile('excel-addin', path))).toBe(true);
    }
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
