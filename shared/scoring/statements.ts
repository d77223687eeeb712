import { argumentError, DealKitError } from '../errors';
import { text, type Locale, type Text } from '../i18n';
import { VALUE_STATEMENTS } from '../methods';

/**
 * What filling needs of a value-statement template (METHODOLOGY §4): its number, its slots and a
 * sentence per language with `{slotId}` where each slot goes.
 */
export interface StatementTemplate {
  readonly number: number;
  readonly slots: readonly { readonly id: string; readonly label: Text }[];
  readonly sentence: Text;
}

export type SlotValues = Readonly<Record<string, unknown>>;

const PLACEHOLDER = /\{([A-Za-z0-9_.-]+)\}/g;

function slotText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return undefined;
}

/**
 * Fills one template. Every slot must be given: METHODOLOGY says a missing slot is reported, never
 * left blank, so the error names all the missing slots (their labels, in both languages), with the
 * first one as its subject. Values for slots the template does not have are ignored, so one record
 * can carry the slots of several statements.
 */
export function fillStatement(template: StatementTemplate, values: SlotValues, locale: Locale): string {
  const missing = template.slots.filter((slot) => slotText(values[slot.id]) === undefined);
  if (missing.length > 0) {
    const first = missing[0] as StatementTemplate['slots'][number];
    throw new DealKitError(
      text(
        `Value statement ${template.number}: fill in ${missing.map((s) => `"${s.label.en}" (${s.id})`).join(', ')}`,
        `价值陈述 ${template.number}：请填写${missing.map((s) => `“${s.label['zh-CN']}”（${s.id}）`).join('、')}`,
      ),
      first.id,
    );
  }
  const known = new Set(template.slots.map((slot) => slot.id));
  return template.sentence[locale].replace(PLACEHOLDER, (whole, id: string) => (known.has(id) ? (slotText(values[id]) as string) : whole));
}

/** Finds template `number` among `templates`; any other number is an error naming `statement`. */
export function statementTemplate<T extends StatementTemplate>(templates: readonly T[], number: unknown): T {
  const found = templates.find((t) => t.number === number);
  if (!found) {
    const numbers = templates.map((t) => t.number).join(', ');
    throw argumentError('statement', `${number} is not a value statement; use ${numbers}`, `${number} 不是有效的价值陈述编号；可用 ${numbers}`);
  }
  return found;
}

/**
 * Fills value statement 1–6 of METHODOLOGY §4. Slots come by id (`{ initiative: '…' }`) or, as the
 * spreadsheet function passes them, as a list in the template's slot order; a list longer than the
 * template's slots is an error naming how many it takes.
 */
export function fillValueStatement(number: unknown, values: SlotValues | readonly unknown[], locale: Locale): string {
  const template = statementTemplate(VALUE_STATEMENTS, number);
  if (!Array.isArray(values)) return fillStatement(template, values as SlotValues, locale);
  const list: readonly unknown[] = values;
  if (list.length > template.slots.length) {
    throw argumentError(
      'slots',
      `value statement ${template.number} takes ${template.slots.length} slots, got ${list.length}`,
      `价值陈述 ${template.number} 需要 ${template.slots.length} 个空位，实际为 ${list.length} 个`,
    );
  }
  const byId: Record<string, unknown> = {};
  template.slots.forEach((slot, i) => {
    byId[slot.id] = list[i];
  });
  return fillStatement(template, byId, locale);
}
