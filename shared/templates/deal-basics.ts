import { text, tr, type Locale, type Text } from '../i18n';
import type { DealBasicId } from '../methods/ppvvc-guide';
import type { A1 } from '../plan';
import { PPVVC_DEAL_BASICS } from './method-data';
import { PALETTE } from './palette';
import type { SheetBuilder } from './sheet-builder';
import { rootNeedInput } from './typical-pains';

const T = {
  section: text('Deal basics (write them down: the Pain, Power and Value items are rated against them)', '商机基本信息（先写下来：痛苦、权力和价值各项据此评分）'),
  rootNeed: text('Root need behind the pain', '痛苦背后的基本需求'),
  rootNeedHelp: text('Every pain comes back to one: make money, save money or manage risk', '所有痛苦都归结为其一：赚钱、省钱或管理风险'),
};

export interface DealBasicsLayout {
  /** The rep's own words for each basic. */
  readonly basics: Readonly<Record<DealBasicId, A1>>;
  readonly rootNeed: A1;
}

/**
 * PPVVC's deal basics as a block the rep fills in: each basic's name and what it asks, beside a
 * free-text cell, then the root need the pain comes back to as a dropdown of the three.
 */
export function dealBasicsBlock(b: SheetBuilder, headRow: number, section: (row: number, label: Text) => void, locale: Locale): DealBasicsLayout {
  section(headRow, T.section);
  const first = headRow + 1;
  const basics = {} as Record<DealBasicId, A1>;
  PPVVC_DEAL_BASICS.forEach((basic, i) => {
    const row = first + i;
    b.value(`B${row}`, tr(basic.label, locale)).value(`C${row}`, tr(basic.description, locale));
    basics[basic.id] = `D${row}`;
  });
  const rootRow = first + PPVVC_DEAL_BASICS.length;
  b.value(`B${rootRow}`, tr(T.rootNeed, locale)).value(`C${rootRow}`, tr(T.rootNeedHelp, locale));
  const last = first + PPVVC_DEAL_BASICS.length - 1;
  b.input(`D${first}:D${last}`);
  rootNeedInput(b, `D${rootRow}`, locale);
  b.style({ range: `B${first}:B${rootRow}`, bold: true });
  b.style({ range: `C${first}:C${rootRow}`, wrap: true, fontColor: PALETTE.muted });
  b.style({ range: `D${first}:D${rootRow}`, wrap: true, fill: PALETTE.inputFill });
  return { basics, rootNeed: `D${rootRow}` };
}
