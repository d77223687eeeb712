import { text, type Text } from '../i18n';
import { VALUE_STATEMENTS, type ValueStatementId, type ValueStatementTemplate } from './value-statements';

/*
 * What the Value panel and the value-proposition template call each value statement. Kept apart from
 * the statements so the functions script, which fills a statement in but never shows its title, does
 * not carry them.
 */

export const VALUE_STATEMENT_TITLES: Readonly<Record<ValueStatementId, Text>> = {
  1: text('Business initiative and outcome', '商业动议与成果'),
  2: text('A similar customer', '类似客户'),
  3: text('From today’s situation to the outcome', '从现状到成果'),
  4: text('Tracking the value', '价值跟踪'),
  5: text('Compelling event', '迫切动因'),
  6: text('Shared risk and reward', '风险共担、收益共享'),
};

export interface TitledValueStatement extends ValueStatementTemplate {
  readonly title: Text;
}

export const TITLED_VALUE_STATEMENTS: readonly TitledValueStatement[] = VALUE_STATEMENTS.map((statement) => ({
  ...statement,
  title: VALUE_STATEMENT_TITLES[statement.id],
}));
