import { DealKitError } from '../errors';
import { text, type Locale, type Text } from '../i18n';
import { LADDER_IDS, METHOD_IDS, type LadderId, type MethodId } from '../methods/types';
import type { NamedRangePlan, SheetPlan, WritePlan } from '../plan';
import { actionPlanTemplate } from './action-plan';
import { assessmentTemplate } from './assessment';
import { keyPlayersTemplate } from './key-players';
import { pipelineFunnelTemplate } from './pipeline-funnel';
import { settingsTemplate } from './settings';
import { valuePropositionTemplate } from './value-proposition';
import { ALL_SETTINGS_NAMES } from '../settings/names';
import type { TemplateInput } from './sheet-builder';
import type { TemplateSheetBuild } from './template-build';

export interface TemplateOptions {
  readonly locale: Locale;
  /** Assessment: the question set. */
  readonly method?: MethodId;
  /** Settings (and the pipeline's proof columns): the stage ladder; default MILESTONES. */
  readonly ladder?: LadderId;
  /** Settings: the currency code. */
  readonly currency?: string;
}

/** An option the Insert-template panel asks for. */
export interface TemplateOptionInfo {
  readonly key: 'method' | 'ladder';
  readonly label: Text;
  readonly choices: readonly { readonly value: string; readonly label: Text }[];
  readonly defaultValue: string;
}

/** What the Insert-template panel shows of a template. */
export interface TemplateInfo<Id extends string = TemplateId> {
  readonly id: Id;
  readonly name: Text;
  readonly description: Text;
  readonly options: readonly TemplateOptionInfo[];
}

const METHOD_OPTION: TemplateOptionInfo = {
  key: 'method',
  label: text('Question set', '评估方法'),
  choices: [
    { value: 'TAS', label: text('TAS — 20 criteria, rated for us and the competitor', 'TAS —— 20 项标准，我方与对手双向评分') },
    { value: 'SIGNATURE', label: text('Signature Selling — 22 questions', 'Signature Selling —— 22 个问题') },
    { value: 'PPVVC', label: text('Pain, Power, Vision, Value, Control checklist', '痛苦、权力、构想、价值、控制 清单') },
  ],
  defaultValue: 'TAS',
};

const LADDER_OPTION: TemplateOptionInfo = {
  key: 'ladder',
  label: text('Stage ladder (use the workbook’s own when it has Settings)', '阶段体系（工作簿已有设置时请与之一致）'),
  choices: [
    { value: 'MILESTONES', label: text('Project milestones (G10 … S100)', '项目里程碑（G10 … S100）') },
    { value: 'SIGNATURE', label: text('Signature Selling stages', 'Signature Selling 阶段') },
    { value: 'FUNNEL', label: text('CES sales funnel (5 layers)', 'CES 销售漏斗（5 层）') },
  ],
  defaultValue: 'MILESTONES',
};

/** A built template: the plan to apply plus, for the wizards, where its inputs and results are. */
export interface BuiltTemplate<Layout = TemplateLayouts[TemplateId]> {
  readonly plan: WritePlan;
  /** Layout of the template's own sheet (the Settings layout for the settings template). */
  readonly layout: Layout;
  readonly inputs: readonly TemplateInput[];
  /** Plan key of the template's own sheet. */
  readonly sheetKey: string;
}

function invalidOption(key: string, value: unknown, allowed: readonly string[]): DealKitError {
  return new DealKitError(text(`${key}: "${String(value)}" is not one of ${allowed.join(', ')}`, `${key}：“${String(value)}”不在可选范围内（${allowed.join('、')}）`), key);
}

function checkOptions(options: TemplateOptions): void {
  if (options.locale !== 'en' && options.locale !== 'zh-CN') throw invalidOption('locale', options.locale, ['en', 'zh-CN']);
  if (options.method !== undefined && !METHOD_IDS.includes(options.method)) throw invalidOption('method', options.method, METHOD_IDS);
  if (options.ladder !== undefined && !LADDER_IDS.includes(options.ladder)) throw invalidOption('ladder', options.ladder, LADDER_IDS);
}

/** True when any formula, validation or conditional format of the sheet names a settings range. */
export function usesSettings(sheet: SheetPlan): boolean {
  const texts: string[] = [];
  for (const block of sheet.formulas ?? []) for (const row of block.rows) for (const f of row) if (f) texts.push(f);
  for (const v of sheet.validations ?? []) if (v.kind === 'listFromRange') texts.push(v.source);
  for (const c of sheet.conditionalFormats ?? []) if (c.rule.kind === 'formula') texts.push(c.rule.formula);
  return texts.some((t) => ALL_SETTINGS_NAMES.some((name) => new RegExp(`\\b${name}\\b`).test(t)));
}

/**
 * The template's sheet, then the Settings sheet when the template needs one: sheets are added in plan
 * order, so the template comes first in the tabs and in print, and Settings, which is read rather than
 * filled in, after it.
 */
function withSettings<L>(build: TemplateSheetBuild<L>, options: TemplateOptions): BuiltTemplate<L> {
  const sheets: SheetPlan[] = [build.sheet];
  const namedRanges: NamedRangePlan[] = [];
  if (usesSettings(build.sheet)) {
    const settings = settingsTemplate(options);
    sheets.push(settings.sheet);
    namedRanges.push(...settings.namedRanges);
  }
  return { plan: { sheets, namedRanges }, layout: build.layout, inputs: build.inputs, sheetKey: build.sheet.key };
}

/** One template: what the Insert-template panel shows of it, and how it is built. */
interface TemplateDescriptor<Id extends string, Layout> {
  readonly info: TemplateInfo<Id>;
  readonly build: (options: TemplateOptions) => BuiltTemplate<Layout>;
}

/** Every template, in the order the Insert-template panel lists them; TemplateId is its keys. */
const DESCRIPTORS = {
  assessment: {
    info: {
      id: 'assessment',
      name: text('Opportunity assessment', '机会评估'),
      description: text(
        'Rate each criterion, see the verdict, the gaps to close, whether you are in control and the competitive strategy to follow.',
        '逐项评分，查看评估结论、需补齐的信息、是否失控以及应采取的竞争策略。',
      ),
      options: [METHOD_OPTION, LADDER_OPTION],
    },
    build: (options) => withSettings(assessmentTemplate({ method: options.method ?? 'TAS', locale: options.locale }), options),
  },
  keyPlayers: {
    info: {
      id: 'keyPlayers',
      name: text('Key players', '关键人物'),
      description: text(
        'Map the people in the account: buying role, layer, attitude, contact and influence, with the support score and relationship red flags.',
        '梳理客户中的关键人物：采购角色、层级、态度、接触程度和影响力，并给出支持度和关系危险信号。',
      ),
      options: [],
    },
    build: (options) => withSettings(keyPlayersTemplate({ locale: options.locale }), options),
  },
  valueProposition: {
    info: {
      id: 'valueProposition',
      name: text('Value proposition', '价值主张'),
      description: text(
        'Benefits, costs and investment by year with net value, ROI, payback, NPV and IRR; the six value statements, a reference story, the pain sheet and the business-model grade.',
        '逐年列出收益、成本和投资，计算净价值、投资回报率、回收期、净现值和内部收益率；六种价值陈述、成功案例、痛苦清单和商业模式评级。',
      ),
      options: [],
    },
    build: (options) => withSettings(valuePropositionTemplate({ locale: options.locale }), options),
  },
  pipelineFunnel: {
    info: {
      id: 'pipelineFunnel',
      name: text('Pipeline funnel', '销售管道漏斗'),
      description: text(
        'The deal table with stage proofs, win probability, weighted amount, forecast category, stalled days and evidenced stage; the funnel by stage and the weighted forecast by month.',
        '商机表：阶段验证、赢单概率、加权金额、预测类别、停滞天数和有据阶段；各阶段漏斗及按月加权预测。',
      ),
      options: [LADDER_OPTION],
    },
    build: (options) => withSettings(pipelineFunnelTemplate({ locale: options.locale, ladder: options.ladder }), options),
  },
  actionPlan: {
    info: {
      id: 'actionPlan',
      name: text('Action plan', '行动计划'),
      description: text(
        'Goal, objective, strategy, actions, resources and test, with a check that the objective names product, amount and close date; the evaluation plan; the four deal-review questions; the deal’s action list with owner, due date, status and source.',
        '目标、目的、策略、行动、资源和检验，并检查目的是否写明产品、金额和成交日期；评估计划；商机复盘四问；该商机的行动清单(负责人、截止日期、状态和来源)。',
      ),
      options: [],
    },
    build: (options) => withSettings(actionPlanTemplate({ locale: options.locale }), options),
  },
  settings: {
    info: {
      id: 'settings',
      name: text('Settings', '设置'),
      description: text(
        'The stage ladder, probabilities, stall limits, thresholds, quotas, currency and language every DealKit sheet shares.',
        '所有 DealKit 工作表共用的阶段体系、概率、停滞上限、阈值、指标、币种和语言。',
      ),
      options: [LADDER_OPTION],
    },
    build: (options) => {
      const settings = settingsTemplate(options);
      return { plan: { sheets: [settings.sheet], namedRanges: settings.namedRanges }, layout: settings.layout, inputs: settings.inputs, sheetKey: settings.sheet.key };
    },
  },
} as const satisfies Readonly<Record<string, TemplateDescriptor<string, unknown>>>;

export type TemplateId = keyof typeof DESCRIPTORS;

/** Each template's layout type, by id. */
export type TemplateLayouts = { readonly [Id in TemplateId]: ReturnType<(typeof DESCRIPTORS)[Id]['build']>['layout'] };

/** The registry as buildTemplate reads it; the assignment checks that each key's descriptor carries that id. */
const TEMPLATES: { readonly [Id in TemplateId]: TemplateDescriptor<Id, TemplateLayouts[Id]> } = DESCRIPTORS;

/** What the Insert-template panel lists, in the order it lists them. */
export const TEMPLATE_CATALOG: readonly TemplateInfo[] = Object.values(TEMPLATES).map((template) => template.info);

/**
 * A template's descriptor. A host's insert request carries the id as text and hands it over cast, so an id
 * the registry lacks (or an inherited key such as constructor) is refused by name here, not met as undefined.
 */
function descriptorOf<Id extends TemplateId>(id: Id): (typeof TEMPLATES)[Id] {
  if (!Object.prototype.hasOwnProperty.call(TEMPLATES, id)) throw invalidOption('template', id, Object.keys(TEMPLATES));
  return TEMPLATES[id];
}

/** Builds a template with its layout; the Settings sheet comes along when the template needs it. */
export function buildTemplate<Id extends TemplateId>(id: Id, options: TemplateOptions): BuiltTemplate<TemplateLayouts[Id]> {
  checkOptions(options);
  return descriptorOf(id).build(options);
}

/** The write plan that inserts template `id` (plus the shared Settings sheet when the workbook has none). */
export function buildTemplatePlan(id: TemplateId, options: TemplateOptions): WritePlan {
  return buildTemplate(id, options).plan;
}
