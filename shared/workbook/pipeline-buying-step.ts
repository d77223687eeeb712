import { DealKitError } from '../errors';
import { text, type Locale } from '../i18n';
import { BUYING_PROCESSES, readBuyingStep } from '../methods/buying-process';
import type { LadderId } from '../methods/types';
import { headerKey, pipelineColumn } from '../pipeline/columns';
import type { PipelineTable } from '../pipeline/find-tables';
import type { SheetValues } from '../sheet-values';
import type { DealUpdate, PipelineBuyingSteps, PipelineView } from './backend';

/**
 * The customer's buying step in the Update-a-deal wizard: what the table offers (the ladder's buying
 * process, whether it has a column to record the step, in which language its dropdown words steps),
 * and the cell an update writes.
 */

/** The table's headers are Chinese when its buying-step header is the Chinese one, else English (the dropdown's words follow the template's language). */
function headerLocale(table: PipelineTable, sheet: SheetValues | undefined): Locale {
  const column = table.columns.buyingStep;
  const header = column === undefined ? undefined : sheet?.values[table.headerRow - 1]?.[column];
  return headerKey(header) === headerKey(pipelineColumn('buyingStep').header['zh-CN']) || /[\u4e00-\u9fff]/.test(String(header ?? '')) ? 'zh-CN' : 'en';
}

export function pipelineBuyingSteps(table: PipelineTable, ladder: LadderId, sheets: readonly SheetValues[]): PipelineBuyingSteps {
  const process = BUYING_PROCESSES[ladder];
  const sheet = sheets.find((candidate) => candidate.name === table.sheet);
  return { name: process.name, steps: process.steps, expected: process.expected, recordable: table.columns.buyingStep !== undefined, sheetLocale: headerLocale(table, sheet) };
}

/**
 * The text an update writes to the buying-step cell: undefined to leave it alone, '' to clear it, else
 * the words as given, which must name a step of the table's ladder.
 */
export function writtenBuyingStep(view: PipelineView, update: DealUpdate): string | undefined {
  if (update.buyingStep === undefined || update.buyingStep === null) return undefined;
  const typed = update.buyingStep.trim();
  if (typed !== '' && readBuyingStep(view.ladder, typed) === undefined) {
    throw new DealKitError(
      text(`buyingStep: "${typed}" is not a customer buying step of the ${view.ladder} ladder`, `buyingStep：“${typed}”不是 ${view.ladder} 阶段体系的客户购买步骤`),
      'buyingStep',
    );
  }
  return typed;
}
