/**
 * The DealKit menu. Its items are top-level functions (gas/main.ts) that open the sidebar on a panel.
 * Labels follow the user's locale; nothing here reads the spreadsheet, so the menu also works in
 * AuthMode.NONE (an Editor add-on before the user has opened it in this document).
 */
export type SidebarPanel = 'home' | 'qualify' | 'value' | 'deal' | 'templates' | 'team' | 'settings';

interface MenuEntry {
  readonly panel: SidebarPanel;
  readonly handler: string;
  readonly en: string;
  readonly zh: string;
}

export const MENU_ENTRIES: readonly MenuEntry[] = [
  { panel: 'qualify', handler: 'dealkitOpenQualify', en: 'Qualify an opportunity…', zh: '评估商机…' },
  { panel: 'value', handler: 'dealkitOpenValue', en: 'Build a value proposition…', zh: '构建价值主张…' },
  { panel: 'deal', handler: 'dealkitOpenDeal', en: 'Update a deal…', zh: '更新商机…' },
  { panel: 'templates', handler: 'dealkitOpenTemplates', en: 'Insert template…', zh: '插入模板…' },
  { panel: 'team', handler: 'dealkitOpenTeam', en: 'Team pipeline: roll up, snapshot, compare…', zh: '团队漏斗：汇总、快照、对比…' },
  { panel: 'settings', handler: 'dealkitOpenSettings', en: 'Settings…', zh: '设置…' },
];

export function isChineseLocale(locale: string | undefined): boolean {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('zh');
}

export function buildMenu(ui: GoogleAppsScript.Base.Ui, chinese: boolean): void {
  const menu = ui.createAddonMenu();
  MENU_ENTRIES.forEach((entry, index) => {
    if (index === 4) menu.addSeparator();
    menu.addItem(chinese ? entry.zh : entry.en, entry.handler);
  });
  menu.addToUi();
}

export const SIDEBAR_TITLE = { en: 'DealKit', zh: 'DealKit 销售助手' } as const;

/**
 * The sidebar is one static HTML file (no HtmlService templates: the bundle may hold `<?`).
 * The panel to open is appended as a JSON constant the sidebar script reads at start-up.
 */
export function startPanelScript(panel: SidebarPanel): string {
  return `<script>window.DEALKIT_START_PANEL=${JSON.stringify(panel)};</script>`;
}
