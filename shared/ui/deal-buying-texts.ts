import { text } from '../i18n';

/** What the Update-a-deal wizard says about the customer's buying step. */
export const DEAL_BUYING_TEXT = {
  expected: text('Customer buying step expected at this stage', '本阶段应有的客户购买步骤'),
  evidenced: text('Customer buying step (evidenced)', '客户购买步骤（有据）'),
  notRecorded: text('(not recorded)', '（未记录）'),
  noColumn: text(
    'This table has no “Customer buying step” column: add one (the Pipeline template has it) to record the step.',
    '该表没有“客户购买步骤”列：请添加该列（销售管道模板已包含）以记录步骤。',
  ),
  behind: text('The customer is {n} step(s) behind what this stage expects.', '客户比本阶段应有的购买步骤落后 {n} 步。'),
  change: text('Customer buying step', '客户购买步骤'),
};
