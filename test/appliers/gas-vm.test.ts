import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GAS_DIST, gasBundleBuilt, loadGasProject } from '../../fakes/gas-vm';

const built = gasBundleBuilt();
if (!built && process.env.CI) throw new Error('dist/gas is missing: npm test builds it before jest runs.');
if (!built) console.warn('\n!! SKIPPED: the Apps Script vm checks — dist/gas has no built .js (run npm run build).\n');
const describeBuilt = built ? describe : describe.skip;

describeBuilt('the built Apps Script project in a vm with the fakes', () => {
  it('adds a menu on open whose every item calls a top-level function of the project', () => {
    const gas = loadGasProject();
    gas.call('onOpen');
    const menus = gas.globals.SpreadsheetApp.ui.menus;
    expect(menus).toHaveLength(1);
    const targets = menus[0].items.flatMap((item) => ('functionName' in item ? [item.functionName] : []));
    expect(targets.length).toBeGreaterThan(0);
    for (const name of targets) expect([name, typeof gas.context[name]]).toEqual([name, 'function']);
  });

  (existsSync(join(GAS_DIST, 'sidebar.html')) || process.env.CI ? it : it.skip)('opens the sidebar from the built sidebar.html, titled in the user language', () => {
    const gas = loadGasProject({ userLocale: 'zh_CN' });
    gas.call('dealkitOpenSidebar');
    const [sidebar] = gas.globals.SpreadsheetApp.ui.sidebars;
    expect(sidebar.getContent().length).toBeGreaterThan(1000);
    expect(sidebar.getTitle()).toMatch(/[\u4e00-\u9fff]/);
  });

  it('runs custom functions across the vm boundary (TAS: all favourable → Pursue, all unfavourable → Walk away)', () => {
    const gas = loadGasProject();
    expect(
      gas.call(
        'QUALIFY',
        Array.from({ length: 20 }, () => ['+']),
        'TAS',
      ),
    ).toBe('Pursue');
    expect(
      gas.call(
        'QUALIFY',
        Array.from({ length: 20 }, () => ['-']),
        'TAS',
      ),
    ).toBe('Walk away');
  });
});
