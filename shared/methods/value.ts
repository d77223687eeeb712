import { text, type Text } from '../i18n';
import type { Term } from './types';

/** Value = benefits − (costs + risks/consequences) (METHODOLOGY §4). */
export const VALUE_EQUATION: Text = text('Value = benefits − (costs + risks and consequences)', '价值 = 收益 −（成本 + 风险与后果）');

/** Benefits a customer gains when these go up. */
export const BENEFITS_INCREASE: readonly Term[] = [
  { id: 'revenue', label: text('Revenue', '收入') },
  { id: 'marketShare', label: text('Market share', '市场份额') },
  { id: 'customerSatisfaction', label: text('Customer satisfaction', '客户满意度') },
  { id: 'inventoryTurns', label: text('Inventory turns', '库存周转率') },
  { id: 'loadFactor', label: text('Load factor', '负荷率') },
  { id: 'shareholderValue', label: text('Shareholder value', '股东价值') },
  { id: 'customerBase', label: text('Customer base', '客户群') },
];

/** Benefits a customer gains when these go down. */
export const BENEFITS_DECREASE: readonly Term[] = [
  { id: 'fulfilmentTime', label: text('Order fulfilment time', '订单履行时间') },
  { id: 'expenses', label: text('Expenses', '费用开支') },
  { id: 'rejectsReturns', label: text('Rejects and returns', '次品和退货') },
  { id: 'waste', label: text('Waste', '浪费') },
  { id: 'adminCosts', label: text('Administrative costs', '管理费用') },
  { id: 'daysOfInventory', label: text('Days of inventory', '库存天数') },
  { id: 'timeToClose', label: text('Time to close an order', '订单成交时间') },
  { id: 'cycleTime', label: text('Cycle time', '周期时间') },
];

export type CostCategoryId = 'acquisition' | 'possession' | 'usage' | 'opportunity';

export interface CostCategory extends Term<CostCategoryId> {
  readonly items: readonly Term[];
}

/** What buying costs the customer beyond the price, in four categories. */
export const COST_CATEGORIES: readonly CostCategory[] = [
  {
    id: 'acquisition',
    label: text('Acquisition costs', '购置成本'),
    items: [
      { id: 'evaluation', label: text('Evaluation', '评估') },
      { id: 'purchasePrice', label: text('Purchase price', '采购价格') },
      { id: 'orderProcessing', label: text('Order processing', '订单处理') },
      { id: 'expediting', label: text('Expediting', '催货') },
      { id: 'correctingMistakes', label: text('Correcting mistakes', '纠正差错') },
    ],
  },
  {
    id: 'possession',
    label: text('Possession costs', '持有成本'),
    items: [
      { id: 'setUp', label: text('Set-up and installation', '安装调试') },
      { id: 'taxesInsurance', label: text('Taxes and insurance', '税费和保险') },
      { id: 'administration', label: text('Administration', '行政管理') },
      { id: 'financeCharges', label: text('Finance charges', '融资费用') },
    ],
  },
  {
    id: 'usage',
    label: text('Usage costs', '使用成本'),
    items: [
      { id: 'training', label: text('Training', '培训') },
      { id: 'support', label: text('Support', '技术支持') },
      { id: 'maintenance', label: text('Maintenance', '维护') },
      { id: 'depreciation', label: text('Depreciation', '折旧') },
      { id: 'disposal', label: text('Disposal', '报废处置') },
      { id: 'interfaces', label: text('Interfaces to other systems', '与其他系统的接口') },
    ],
  },
  {
    id: 'opportunity',
    label: text('Opportunity costs and risks', '机会成本与风险'),
    items: [
      { id: 'disruption', label: text('Disruption of existing business', '影响现有业务') },
      { id: 'wakingCompetition', label: text('Waking the customer’s competitors', '惊动客户的竞争对手') },
      { id: 'processChanges', label: text('Changes to existing processes', '改动现有流程') },
    ],
  },
];

export type InvestmentKindId = 'hardware' | 'software' | 'services';

/** How Signature Selling splits the customer's investment. */
export const INVESTMENT_KINDS: readonly Term<InvestmentKindId>[] = [
  { id: 'hardware', label: text('Hardware', '硬件') },
  { id: 'software', label: text('Software', '软件') },
  { id: 'services', label: text('Services', '服务') },
];
