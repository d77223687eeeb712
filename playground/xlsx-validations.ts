/**
 * The playground's cell input rules (dropdowns, tick boxes, number and date inputs) as .xlsx data
 * validations and back, the way DealKit's template files write them: a tick box is a TRUE/FALSE list,
 * a number input with no bounds is "between ±10^15".
 */
import type ExcelJS from 'exceljs';
import type { PlaygroundDropdown } from './apply-plan-hyperformula';

const UNBOUNDED = 1e15;
const FIRST_DATE = new Date(Date.UTC(1900, 0, 1));

export function validationForFile(rule: PlaygroundDropdown): ExcelJS.DataValidation {
  const base = { allowBlank: true, showErrorMessage: true };
  switch (rule.kind) {
    case 'list':
      return { ...base, ...(rule.allowOther ? { errorStyle: 'warning' } : {}), type: 'list', formulae: [`"${rule.items.join(',').replace(/"/g, '""')}"`] };
    case 'listFromRange':
      return { ...base, ...(rule.allowOther ? { errorStyle: 'warning' } : {}), type: 'list', formulae: [rule.source] };
    case 'checkbox':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'number':
      if (rule.min !== undefined && rule.max !== undefined) return { ...base, type: 'decimal', operator: 'between', formulae: [rule.min, rule.max] };
      if (rule.min !== undefined) return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [rule.min] };
      if (rule.max !== undefined) return { ...base, type: 'decimal', operator: 'lessThanOrEqual', formulae: [rule.max] };
      return { ...base, type: 'decimal', operator: 'between', formulae: [-UNBOUNDED, UNBOUNDED] };
    case 'date':
      return { ...base, type: 'date', operator: 'greaterThanOrEqual', formulae: [FIRST_DATE] };
  }
}

/** A file's validation as a playground input rule; undefined for kinds the playground has none of (text length, custom formulas). */
export function dropdownFromFile(validation: ExcelJS.DataValidation): PlaygroundDropdown | undefined {
  const [first, second] = validation.formulae ?? [];
  switch (validation.type) {
    case 'list': {
      if (typeof first !== 'string' || first === '') return undefined;
      const suggested = validation.errorStyle === 'warning' || validation.errorStyle === 'information' ? { allowOther: true } : {};
      if (!first.startsWith('"')) return { kind: 'listFromRange', source: first.replace(/^=/, ''), items: [], ...suggested };
      const items = first
        .slice(1, first.endsWith('"') ? -1 : undefined)
        .replace(/""/g, '"')
        .split(',');
      const tickBox = items.length === 2 && items[0].toUpperCase() === 'TRUE' && items[1].toUpperCase() === 'FALSE';
      return tickBox ? { kind: 'checkbox' } : { kind: 'list', items, ...suggested };
    }
    case 'decimal':
    case 'whole': {
      const low = typeof first === 'number' && Number.isFinite(first) && first > -UNBOUNDED ? first : undefined;
      const high = typeof second === 'number' && Number.isFinite(second) && second < UNBOUNDED ? second : undefined;
      if (validation.operator === 'between') return { kind: 'number', ...(low === undefined ? {} : { min: low }), ...(high === undefined ? {} : { max: high }) };
      if (validation.operator === 'greaterThanOrEqual' && low !== undefined) return { kind: 'number', min: low };
      if (validation.operator === 'lessThanOrEqual' && typeof first === 'number' && first < UNBOUNDED) return { kind: 'number', max: first };
      return { kind: 'number' };
    }
    case 'date':
      return { kind: 'date' };
    default:
      return undefined;
  }
}
