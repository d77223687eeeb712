import { text } from '../shared/i18n';

/** The playground page's own words (the task pane brings its own). */
export const PLAYGROUND_TEXT = {
  title: text('DealKit playground', 'DealKit 体验区'),
  introBefore: text(
    'A spreadsheet computed in your browser with the DealKit functions, and the DealKit task pane beside it. Click a cell to see its formula; type a formula such as ',
    '一张在浏览器中用 DealKit 函数计算的电子表格，旁边是 DealKit 任务窗格。单击单元格可查看其公式；输入公式，例如 ',
  ),
  introAfter: text(' and press Enter.', '，然后按 Enter。'),
  spreadsheet: text('Spreadsheet', '电子表格'),
  pane: text('DealKit task pane', 'DealKit 任务窗格'),
  sheets: text('Sheets', '工作表'),
  contentsOf: text('Contents of {cell}', '{cell} 的内容'),
  gridKeys: text(
    'Cells, {cell} selected: type to replace it, arrow keys move, F2 edits in place, Enter edits in the formula bar, Delete clears',
    '单元格，已选 {cell}：直接输入可替换，方向键移动，F2 在单元格内编辑，Enter 在编辑栏编辑，Delete 清除',
  ),
} as const;
