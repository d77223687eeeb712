import { createGasGlobals } from '../../fakes/spreadsheet-app';
import { loadGasProject } from '../../fakes/gas-vm';
import { builtFile } from '../helpers/dist';
import { readFileSync } from 'node:fs';

function sidebarFiles(): Record<string, string> {
  return { sidebar: readFileSync(builtFile('gas', 'sidebar.html'), 'utf8') };
}

type MenuItem = { caption: string; functionName: string };

function menuItems(menu: { items: readonly unknown[] }): MenuItem[] {
  return menu.items.filter((item): item is MenuItem => typeof item === 'object' && item !== null && 'functionName' in item);
}

describe('the DealKit menu in Google Sheets (built project)', () => {
  it('appears on open, and every item runs a top-level function of the project', () => {
    const project = loadGasProject({ globals: createGasGlobals({ files: sidebarFiles() }) });
    project.call('onOpen', { authMode: 'LIMITED' });
    const menus = project.globals.SpreadsheetApp.ui.menus;
    expect(menus).toHaveLength(1);
    const items = menuItems(menus[0]);
    expect(items.map((item) => item.caption)).toEqual(expect.arrayContaining(['Qualify an opportunity…', 'Insert template…', 'Settings…']));
    for (const item of items) expect(typeof project.context[item.functionName]).toBe('function');
  });

  it('works before the add-in is authorised (AuthMode.NONE): it never touches the spreadsheet', () => {
    const globals = createGasGlobals({ files: sidebarFiles() });
    const denied = () => {
      throw new Error('Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    };
    Object.assign(globals.SpreadsheetApp, { getActiveSpreadsheet: denied, getActive: denied, getActiveSheet: denied });
    const project = loadGasProject({ globals });
    expect(() => project.call('onOpen', { authMode: 'NONE' })).not.toThrow();
    expect(() => project.call('onInstall', { authMode: 'NONE' })).not.toThrow();
    expect(globals.SpreadsheetApp.ui.menus).toHaveLength(2);
  });

  it('speaks Simplified Chinese to a Chinese-locale user', () => {
    const project = loadGasProject({ globals: createGasGlobals({ files: sidebarFiles(), userLocale: 'zh_CN' }) });
    project.call('onOpen');
    const captions = menuItems(project.globals.SpreadsheetApp.ui.menus[0]).map((item) => item.caption);
    expect(captions).toContain('评估商机…');
    expect(captions.every((caption) => /[\u4e00-\u9fff]/.test(caption))).toBe(true);
  });

  it('opens the sidebar on the panel the menu item names', () => {
    const globals = createGasGlobals({ files: sidebarFiles() });
    const project = loadGasProject({ globals });
    project.call('dealkitOpenTemplates');
    const [sidebar] = globals.SpreadsheetApp.ui.sidebars;
    expect(sidebar.getTitle()).toBe('DealKit');
    expect(sidebar.getContent()).toContain('window.DEALKIT_START_PANEL="templates"');
    expect(sidebar.getContent().startsWith(sidebarFiles().sidebar)).toBe(true);
  });
});
