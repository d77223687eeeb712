import { text, type Locale, type Text } from '../i18n';

/**
 * The pipeline table's columns (METHODOLOGY §5). One list serves three readers: the pipeline-funnel
 * template writes these headers, the roll-up finds a rep's table by them, and the team pipeline
 * writes them again. Headers match case- and space-insensitively in either language, plus a few
 * spellings people already use in their own sheets (CRM exports, hand-made trackers).
 */

export type PipelineColumnId =
  | 'id'
  | 'account'
  | 'opportunity'
  | 'owner'
  | 'amount'
  | 'currency'
  | 'stage'
  | 'closeDate'
  | 'stageEntered'
  | 'nextStep'
  | 'competitor'
  | 'method'
  | 'evidence'
  /** A probability typed over the stage default, with the reason beside it. */
  | 'probabilityOverride'
  | 'overrideReason'
  /** When the deal entered the pipeline: the start of its sales cycle (average cycle, velocity). */
  | 'created'
  /** The customer's buying step the rep has evidence of (shared/methods/buying-process.ts). */
  | 'buyingStep';

export type PipelineColumnKind = 'text' | 'number' | 'date' | 'stage' | 'percent';

export interface PipelineColumn {
  readonly id: PipelineColumnId;
  readonly header: Text;
  readonly kind: PipelineColumnKind;
  /**
   * A header row is a pipeline table only when every required column is there. The owner is not
   * required: a rep's own sheet may leave it out and the sheet's rep stands in.
   */
  readonly required: boolean;
  /** Other spellings accepted when reading a table (either language). */
  readonly aliases: readonly string[];
}

export const PIPELINE_COLUMNS: readonly PipelineColumn[] = [
  {
    id: 'id',
    header: text('Deal ID', '商机编号'),
    kind: 'text',
    required: true,
    aliases: ['ID', 'Opportunity ID', 'Opp ID', 'Record ID', '编号', '商机ID', '机会编号'],
  },
  {
    id: 'account',
    header: text('Account', '客户'),
    kind: 'text',
    required: false,
    aliases: ['Account name', 'Customer', 'Company', 'Company name', '客户名称', '公司'],
  },
  {
    id: 'opportunity',
    header: text('Opportunity', '商机'),
    kind: 'text',
    required: false,
    aliases: ['Opportunity name', 'Deal', 'Deal name', 'Name', '商机名称', '业务机会', '机会', '项目'],
  },
  {
    id: 'owner',
    header: text('Owner', '负责人'),
    kind: 'text',
    required: false,
    aliases: ['Rep', 'Sales rep', 'Opportunity owner', 'Deal owner', 'Salesperson', '销售', '销售代表', '商机负责人'],
  },
  {
    id: 'amount',
    header: text('Amount', '金额'),
    kind: 'number',
    required: true,
    aliases: ['Deal amount', 'Value', 'Deal value', 'Opportunity amount', '商机金额', '合同金额'],
  },
  {
    id: 'currency',
    header: text('Currency', '币种'),
    kind: 'text',
    required: false,
    aliases: ['Currency code', 'Deal currency', '货币'],
  },
  {
    id: 'stage',
    header: text('Stage', '阶段'),
    kind: 'stage',
    required: true,
    aliases: ['Deal stage', 'Sales stage', 'Claimed stage', '销售阶段', '当前阶段'],
  },
  {
    id: 'closeDate',
    header: text('Close date', '预计成交日期'),
    kind: 'date',
    required: true,
    aliases: ['Expected close', 'Expected close date', 'Close', '成交日期', '预计签约日期', '签约日期'],
  },
  {
    id: 'stageEntered',
    header: text('Stage entered', '进入阶段日期'),
    kind: 'date',
    required: false,
    aliases: ['Stage entered date', 'In stage since', 'Stage date', '阶段开始日期', '进入本阶段日期'],
  },
  {
    id: 'nextStep',
    header: text('Next step', '下一步'),
    kind: 'text',
    required: false,
    aliases: ['Next action', 'Next steps', '下一步行动', '下一步计划'],
  },
  {
    id: 'competitor',
    header: text('Competitor', '竞争对手'),
    kind: 'text',
    required: false,
    aliases: ['Primary competitor', 'Main competitor', '主要竞争对手'],
  },
  {
    id: 'method',
    header: text('Method', '方法'),
    kind: 'text',
    required: false,
    aliases: ['Method used', 'Selling method', '所用方法', '销售方法'],
  },
  {
    id: 'evidence',
    header: text('Evidence', '证据'),
    kind: 'text',
    required: false,
    aliases: ['Evidence notes', 'Proof notes', '证据说明'],
  },
  {
    id: 'probabilityOverride',
    header: text('Probability override', '概率调整'),
    kind: 'percent',
    required: false,
    aliases: ['Override probability', 'Override %', 'Probability (override)', '调整概率', '覆盖概率'],
  },
  {
    id: 'overrideReason',
    header: text('Override reason', '调整原因'),
    kind: 'text',
    required: false,
    aliases: ['Reason for override', '概率调整原因'],
  },
  {
    id: 'created',
    header: text('Created', '创建日期'),
    kind: 'date',
    required: false,
    aliases: ['Created date', 'Create date', 'Opened', 'Date opened', '建立日期', '立项日期'],
  },
  {
    id: 'buyingStep',
    header: text('Customer buying step', '客户购买步骤'),
    kind: 'text',
    required: false,
    aliases: ['Buying step', 'Evidenced buying step', 'Procurement step', '购买步骤', '采购步骤', '客户采购步骤', '有据购买步骤'],
  },
];

const COLUMNS_BY_ID = new Map(PIPELINE_COLUMNS.map((column) => [column.id, column]));

export function pipelineColumn(id: PipelineColumnId): PipelineColumn {
  const column = COLUMNS_BY_ID.get(id);
  if (!column) throw new Error(`unknown pipeline column ${id}`); // unreachable: ids are a closed type
  return column;
}

export function pipelineHeader(id: PipelineColumnId, locale: Locale): string {
  return pipelineColumn(id).header[locale];
}

export const REQUIRED_PIPELINE_COLUMNS: readonly PipelineColumnId[] = PIPELINE_COLUMNS.filter((c) => c.required).map((c) => c.id);

/**
 * The key two headers are compared by: Unicode-compatible forms folded (full-width letters typed with a
 * Chinese IME become ASCII), lower case, and spaces, underscores, hyphens, dots and colons dropped,
 * so "Close date", "close_date", "CLOSE-DATE" and "Close date:" are one header.
 */
export function headerKey(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return String(raw)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：*]+/g, '');
}

const COLUMN_BY_KEY: ReadonlyMap<string, PipelineColumnId> = (() => {
  const map = new Map<string, PipelineColumnId>();
  for (const column of PIPELINE_COLUMNS) {
    for (const spelling of [column.header.en, column.header['zh-CN'], ...column.aliases]) {
      const key = headerKey(spelling);
      const taken = map.get(key);
      if (taken && taken !== column.id) throw new Error(`header ${spelling} claimed by ${taken} and ${column.id}`);
      map.set(key, column.id);
    }
  }
  return map;
})();

/** The column a header cell names, in either language; undefined for any other text. */
export function matchPipelineColumn(header: unknown): PipelineColumnId | undefined {
  const key = headerKey(header);
  return key ? COLUMN_BY_KEY.get(key) : undefined;
}

/**
 * Proof tick-boxes: one column per ladder stage, headed by the stage code so a manager who renames a
 * stage's label keeps the column. "Proof G10" / "验证 G10"; when reading, "Proof: G10", "proved G10"
 * and "G10 proof" are accepted too.
 */
export function proofColumnHeader(stageCode: string): Text {
  return text(`Proof ${stageCode}`, `验证 ${stageCode}`);
}

const PROOF_PREFIX = /^\s*(?:proof|proved|验证|已验证)\s*[:：]?\s*(\S+)\s*$/i;
const PROOF_SUFFIX = /^\s*(\S+)\s+(?:proof|proved|验证|已验证)\s*$/i;

/** The stage code a proof column's header names (as typed; compare case-insensitively), or undefined. */
export function matchProofColumn(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const normal = header.normalize('NFKC');
  const match = PROOF_PREFIX.exec(normal) ?? PROOF_SUFFIX.exec(normal);
  return match ? match[1] : undefined;
}

/** The header row of a pipeline table in the column order the template writes it. */
export function pipelineHeaderRow(locale: Locale, stageCodes: readonly string[], columns: readonly PipelineColumnId[] = PIPELINE_COLUMNS.map((c) => c.id)): string[] {
  return [...columns.map((id) => pipelineHeader(id, locale)), ...stageCodes.map((code) => proofColumnHeader(code)[locale])];
}
