/**
 * Everything generated from the function catalog at build time:
 *   dist/excel-addin/functions.json   Excel's custom-functions metadata
 *   dist/excel-addin/functions.zh-CN.json the same in Simplified Chinese (manifest.xml's zh-CN override)
 *   gas/generated/custom-functions.ts one documented `global.NAME = function` per function for Apps Script
 *   docs/functions.md                 the reference page, English and Simplified Chinese
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tr, type Locale } from '../shared/i18n';
import { CATALOG, type CatalogEntry } from '../shared/functions/catalog';
import { exampleFormula } from '../shared/functions/formula-text';
import { helpOf, paramHelp } from '../shared/functions/help';
import { defaultCallContext, invokeEntry } from '../shared/functions/invoke';
import type { FunctionEntry, FunctionResult, ParamSpec } from '../shared/functions/types';

const root = join(__dirname, '..');

/**
 * Excel custom-functions metadata. Every parameter is `any` so the one invoker, not Excel, coerces and
 * explains. Ids, names and parameter names are the same in every language (formulas must not change
 * with the user's Office language); only descriptions and parameter help are translated.
 */
export function functionsJson(locale: Locale = 'en'): object {
  return {
    functions: CATALOG.map((entry) => ({
      id: entry.name,
      name: entry.name,
      description: tr(helpOf(entry).description, locale),
      result: { type: 'any', dimensionality: entry.result === 'value' ? 'scalar' : 'matrix' },
      ...(entry.volatile === true ? { options: { volatile: true } } : {}),
      parameters: entry.params.map((param) => ({
        name: param.name,
        description: tr(paramHelp(entry, param), locale),
        type: 'any',
        dimensionality: param.kind === 'range' ? 'matrix' : 'scalar',
        optional: param.optional === true,
      })),
    })),
  };
}

function jsdocType(param: ParamSpec): string {
  switch (param.kind) {
    case 'range':
      return 'any[][]';
    case 'number':
    case 'date':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

/** A JSDoc line may not close the comment or start a new tag by accident. */
function jsdocText(value: string): string {
  return value
    .replace(/\*\//g, '* /')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/(^|\s)@/g, '$1(at)');
}

/** The Apps Script wrapper module: gas-webpack-plugin turns each `global.NAME = function` into a top-level function carrying the JSDoc above it. */
export function gasFunctionsSource(): string {
  const lines: string[] = [
    '// Generated from the DealKit function catalog by tools/catalog-artifacts.ts. Do not edit: run `npm run build`.',
    "import { invokeForSheets } from '../custom-functions';",
    '',
    'declare global {',
    ...CATALOG.map((entry) => `  var ${entry.name}: (...args: unknown[]) => unknown;`),
    '}',
    '',
  ];
  for (const entry of CATALOG) {
    const names = entry.params.map((param) => param.name);
    lines.push('/**');
    lines.push(` * ${jsdocText(helpOf(entry).description.en)}`);
    for (const param of entry.params) {
      const name = param.optional ? `[${param.name}]` : param.name;
      lines.push(` * @param {${jsdocType(param)}} ${name} ${jsdocText(paramHelp(entry, param).en)}`);
    }
    lines.push(` * @return ${jsdocText(helpOf(entry).resultHelp.en)}`);
    lines.push(' * @customfunction');
    lines.push(' */');
    const typed = names.map((name) => `${name}: unknown`).join(', ');
    lines.push(`global.${entry.name} = function (${typed}) {`);
    // Extra arguments are passed on too, so a call with too many gets the invoker's message, not silence.
    const extras = `...Array.prototype.slice.call(arguments, ${names.length})`;
    lines.push(`  return invokeForSheets('${entry.name}', [${[...names, extras].join(', ')}]);`);
    lines.push('};');
    lines.push('');
  }
  lines.push('export {};');
  return `${lines.join('\n')}\n`;
}

const HEADINGS: Record<Locale, Record<string, string>> = {
  en: {
    title: 'DealKit functions',
    intro:
      'Type these in a cell. In Excel every name carries the `DEAL.` prefix (`=DEAL.QUALIFY(E8:E27)`); in Google Sheets and the playground it does not (`=QUALIFY(E8:E27)`). Functions that take a column return a column, so one formula fills a whole table. Bad input shows an error whose message names the argument, and the row for ranges. A bad row costs only that row: a function that returns one value per row shows the error in that row and computes the others (in Google Sheets, which cannot put an error inside a result, the row shows text starting `#DEALKIT!`), and a summary over the rows (`FUNNEL`, `FORECAST_RANGE`) leaves the row out and lists it in one more column on the right, `Set aside (n): …` in its first cell. Every function takes the workbook’s rules as its last, optional argument `settings`: the Settings sheet’s `DK_RULES` range (language, thresholds, criterion weights and knock-outs), which every formula DealKit’s templates write passes. Because the rules are an argument, Excel, Google Sheets and any other engine recalculate exactly the formulas that read them when the Settings sheet changes; no function reads the workbook by itself. Numbers typed as text are read by the workbook’s decimal mark (the Settings sheet’s `DK_DECIMAL_MARK`, passed in `DK_RULES` as `decimal_mark`; `.` unless set): with `.`, `1,234.5` and `1 234.5` are 1234.5; with `,`, `1.234,5` and `1 234,5` are; text that breaks the rule (`1,5` where the mark is `.`) is an error naming the cell, never a guess, and text such as `40%` is 0.4. Amounts of money above 10^15 are refused. A formula typed without it uses DealKit’s documented defaults, with text in Excel’s display language (English in Google Sheets): type `DK_RULES` as the last argument to follow the workbook, or a small array such as `{"yes_threshold",0.2}` of your own. A Settings value that cannot be read is an error naming its row, key and cell, shown only by the functions that read it.',
    syntax: 'Syntax',
    parameters: 'Parameters',
    result: 'Result',
    examples: 'Examples',
    optional: 'optional',
    defaultIs: 'default',
    shapeValue: 'one value',
    shapeColumn: 'one value per row (a column)',
    shapeSpill: 'a block that spills over the cells below and to the right',
    returns: 'returns',
    generated: 'Generated from the function catalog (`shared/functions/`) by `npm run build`; do not edit by hand.',
  },
  'zh-CN': {
    title: 'DealKit 函数',
    intro:
      '在单元格中输入这些函数。在 Excel 中每个函数名都带 `DEAL.` 前缀(`=DEAL.QUALIFY(E8:E27)`)；在 Google 表格和演示环境中不带前缀(`=QUALIFY(E8:E27)`)。接受一列数据的函数返回一列结果，一个公式即可覆盖整张表。输入有误时，错误信息会指出是哪个参数，区域参数还会指出第几行。有误的行只影响该行：每行返回一个值的函数只在该行显示错误，其余各行照常计算(Google 表格无法在结果中放入错误值，该行显示以 `#DEALKIT!` 开头的文字)；汇总各行的函数(`FUNNEL`、`FORECAST_RANGE`)不计入该行，并在右侧多出一列，其第一个单元格“已剔除(n)：…”列出它。每个函数的最后一个可选参数 `settings` 是工作簿的规则：“设置”表的 `DK_RULES` 区域(语言、阈值、评估项权重和一票否决)，DealKit 模板写入的每个公式都会传入它。由于规则是参数，“设置”表变化时 Excel、Google 表格及其他计算引擎会只重算读取这些规则的公式；函数本身从不读取工作簿。以文本输入的数字按工作簿的小数点读取(“设置”表中的 `DK_DECIMAL_MARK`，在 `DK_RULES` 中为 `decimal_mark`；未设置时为 `.`)：为 `.` 时，`1,234.5` 和 `1 234.5` 都是 1234.5；为 `,` 时，`1.234,5` 和 `1 234,5` 是 1234.5；不符合规则的文本(小数点为 `.` 时的 `1,5`)会报错并指出单元格，绝不猜测；`40%` 这样的文本读作 0.4。超过 10^15 的金额会被拒绝。不带该参数输入的公式使用 DealKit 的默认规则，文字为 Excel 的显示语言(Google 表格中为英文)：如需跟随工作簿，请以 `DK_RULES` 作为最后一个参数，也可以自行给出小数组，如 `{"yes_threshold",0.2}`。无法读取的设置值会显示为错误，指出其行、键和单元格，且只影响读取该设置的函数。',
    syntax: '语法',
    parameters: '参数',
    result: '结果',
    examples: '示例',
    optional: '可选',
    defaultIs: '默认',
    shapeValue: '单个值',
    shapeColumn: '每行一个值(一列)',
    shapeSpill: '向下、向右溢出的一块区域',
    returns: '结果',
    generated: '由 `npm run build` 根据函数目录(`shared/functions/`)生成，请勿手工修改。',
  },
};

const KIND_LABELS: Record<Locale, Record<ParamSpec['kind'], string>> = {
  en: { range: 'range', number: 'number', text: 'text', boolean: 'TRUE/FALSE', date: 'date' },
  'zh-CN': { range: '区域', number: '数字', text: '文本', boolean: 'TRUE/FALSE', date: '日期' },
};

function shownCell(cell: FunctionResult): string {
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell === '' ? '(blank)' : String(cell);
}

function shownResult(result: FunctionResult): string {
  if (!Array.isArray(result)) return shownCell(result);
  return result.map((row) => row.map(shownCell).join(' | ')).join(' / ');
}

function signature(entry: FunctionEntry, prefix: string): string {
  const params = entry.params.map((param) => (param.optional ? `[${param.name}]` : param.name)).join(', ');
  return `=${prefix}${entry.name}(${params})`;
}

function functionSection(entry: CatalogEntry, locale: Locale): string[] {
  const h = HEADINGS[locale];
  const shape = entry.result === 'value' ? h.shapeValue : entry.result === 'column' ? h.shapeColumn : h.shapeSpill;
  const lines = [
    `### ${entry.name}`,
    '',
    tr(helpOf(entry).description, locale),
    '',
    `**${h.syntax}**: Excel \`${signature(entry, 'DEAL.')}\` · Google Sheets \`${signature(entry, '')}\``,
    '',
    `**${h.parameters}**`,
    '',
  ];
  for (const param of entry.params) {
    const notes = [KIND_LABELS[locale][param.kind]];
    if (param.optional) notes.push(h.optional);
    if (param.default !== undefined) notes.push(`${h.defaultIs} ${String(param.default)}`);
    lines.push(`- \`${param.name}\` (${notes.join(', ')}): ${tr(paramHelp(entry, param), locale)}`);
  }
  lines.push('', `**${h.result}** (${shape}): ${tr(helpOf(entry).resultHelp, locale)}`, '');
  if (helpOf(entry).examples.length > 0) {
    lines.push(`**${h.examples}**`, '');
    for (const example of helpOf(entry).examples) {
      const note = example.note ? ` — ${tr(example.note, locale)}` : '';
      // Run, not copied: the page shows what the function returns in that language.
      const result = locale === 'en' ? example.result : invokeEntry(entry, example.args, defaultCallContext(locale));
      const formula = `\`${exampleFormula(entry, example, '')}\``;
      if (Array.isArray(result) && (result.length > 1 || result[0].length > 1)) {
        lines.push(`- ${formula}${note}`, '');
        lines.push(`  | ${result[0].map(() => ' ').join(' | ')} |`, `  | ${result[0].map(() => '---').join(' | ')} |`);
        for (const row of result) lines.push(`  | ${row.map((cell) => shownCell(cell).replace(/\|/g, '\\|')).join(' | ')} |`);
        lines.push('');
      } else {
        lines.push(`- ${formula} ${h.returns} \`${shownResult(result)}\`${note}`);
      }
    }
    if (lines[lines.length - 1] !== '') lines.push('');
  }
  return lines;
}

/** docs/functions.md: every function's syntax in both hosts, parameters, result and examples, in English then Chinese. */
export function functionsReferenceMarkdown(): string {
  const lines: string[] = [];
  for (const locale of ['en', 'zh-CN'] as const) {
    const h = HEADINGS[locale];
    lines.push(`## ${h.title}${locale === 'en' ? ' (English)' : '(简体中文)'}`, '', h.intro, '');
    lines.push(CATALOG.map((entry) => `[${entry.name}](#${entry.name.toLowerCase()}${locale === 'en' ? '' : '-1'})`).join(' · '), '');
    for (const entry of CATALOG) lines.push(...functionSection(entry, locale));
  }
  return `# DealKit functions · DealKit 函数\n\n${HEADINGS.en.generated}\n${HEADINGS['zh-CN'].generated}\n\n${lines.join('\n').trimEnd()}\n`;
}

/** Writes functions.json and functions.zh-CN.json into `excelOutDir`, the Apps Script wrappers and the reference page. */
export function writeCatalogArtifacts(excelOutDir: string): void {
  mkdirSync(excelOutDir, { recursive: true });
  writeFileSync(join(excelOutDir, 'functions.json'), `${JSON.stringify(functionsJson(), null, 2)}\n`);
  writeFileSync(join(excelOutDir, 'functions.zh-CN.json'), `${JSON.stringify(functionsJson('zh-CN'), null, 2)}\n`);
  mkdirSync(join(root, 'gas', 'generated'), { recursive: true });
  writeFileSync(join(root, 'gas', 'generated', 'custom-functions.ts'), gasFunctionsSource());
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs', 'functions.md'), functionsReferenceMarkdown());
}
