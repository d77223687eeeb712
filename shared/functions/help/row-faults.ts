import { text, type Text } from '../../i18n';

/*
 * What a function with row arguments (shared/functions/types.ts, rowsParam) does with a row it cannot
 * read: the invoker sets the row aside and computes the others (shared/functions/invoke.ts, setRowsAside).
 * Appended to the result help of those functions, so the reference page and the hosts' help say it too.
 */

/** A column result: the faulty row shows an error of its own. */
const ROW_FAULT_HELP = text(
  'A row that cannot be read (a stage the ladder does not have, an amount typed as text) shows #VALUE! in that row only, its message naming the argument and row; Google Sheets cannot put an error inside a result, so there the row shows text starting #DEALKIT! and the message. The other rows are computed as if that row were blank',
  '无法读取的行(如阶梯中没有的阶段、以文本输入的金额)只在该行显示 #VALUE!，错误信息指出参数和行号；Google 表格无法在结果中放入错误值，因此该行显示以 #DEALKIT! 开头的文字和错误信息。其余各行照常计算，如同该行为空',
);

/** A summary over the rows: the rows set aside are listed beside it. */
const SET_ASIDE_HELP = text(
  'Rows that cannot be read are left out, and one more column then follows on the right: its first cell reads Set aside (n): and the messages of the first five, each naming the argument and row; its other cells are blank',
  '无法读取的行不计入，并在右侧多出一列：第一个单元格为“已剔除(n)：”及前五行的错误信息，每条都指出参数和行号；该列其余单元格为空',
);

function withNote(help: Text, note: Text): Text {
  return text(`${help.en}. ${note.en}`, `${help['zh-CN']}。${note['zh-CN']}`);
}

/** The result help of a function that returns one value per row. */
export function columnResultHelp(help: Text): Text {
  return withNote(help, ROW_FAULT_HELP);
}

/** The result help of a function that sums up the rows. */
export function summaryResultHelp(help: Text): Text {
  return withNote(help, SET_ASIDE_HELP);
}
