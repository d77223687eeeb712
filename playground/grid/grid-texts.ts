import { text } from '../../shared/i18n';

/** The grid's own words (the formula bar's label and the grid's key help are in playground-texts). */
export const GRID_TEXT = {
  nameBox: text('Name box: type a cell such as B4 and press Enter to go there', '名称框：输入单元格(如 B4)后按 Enter 跳转'),
  cellEditor: text('{cell}: {value}. Type to replace, F2 to edit', '{cell}：{value}。直接输入可替换，F2 编辑'),
  chooseValue: text('Choose a value for {cell}', '为 {cell} 选择一个值'),
  allowedValues: text('Values allowed in {cell}', '{cell} 允许的值'),
  tickBox: text('Tick box {cell}', '复选框 {cell}'),
  functions: text('Functions', '函数'),
  acceptHint: text('Tab or Enter inserts the function', '按 Tab 或 Enter 插入函数'),
  cannotChange: text('That does not fit on the sheet: it would run past its last row or column.', '超出了工作表范围：会越过最后一行或最后一列。'),
  noSuchCell: text('"{address}" is not a cell address or a name in this workbook.', '“{address}”不是本工作簿中的单元格地址或名称。'),
  pasteRefused: text('The browser did not let the page read the clipboard: press Ctrl+V (⌘V) to paste.', '浏览器不允许页面读取剪贴板：请按 Ctrl+V(⌘V)粘贴。'),
  copied: text('Copied {cells}', '已复制 {cells}'),
  cut: text('Cut', '剪切'),
  copy: text('Copy', '复制'),
  paste: text('Paste', '粘贴'),
  clear: text('Clear contents', '清除内容'),
  cellMenu: text('Cell actions', '单元格操作'),
} as const;
