import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { STRATEGIES } from '../../shared/methods/strategy-path';
import { CONTACT_LEVELS } from '../../shared/methods/key-players';
import { VERDICT_LABELS } from '../../shared/scoring/assessment';
import { parseKeyPlayer } from '../../shared/scoring/players';
import { readStrategy, readVerdict } from '../../shared/scoring/result-words';
import { playerDropdown } from '../../shared/templates/player-words';
import { call } from '../functions/helpers';
import { listFilesRecursively, REPO_ROOT } from '../helpers/dist';

/*
 * The Chinese terms follow the seeds (the source slides): one term per concept across the product.
 * Each retired spelling is listed with the seed's term that replaced it.
 */
const RETIRED: readonly (readonly [RegExp, string])[] = [
  [/迫切事件|紧迫事件|紧急事件|强制性事件|强制性理由|必须行动的理由|迫切的行动理由|迫切采取行动的原因/, '迫切动因'],
  [/购买构想/, '购买愿景'],
  [/文化兼容/, '文化能力'],
  [/消除顾虑/, '解除担心'],
  [/补齐缺失信息/, '找回忽略的信息'],
  [/弱化劣势/, '掩盖你的弱点'],
  [/突出优势/, '强调你的优势'],
  [/创新者|远见者|落后者/, '改革者/前瞻者/滞后者'],
  [/无接触|简短接触|深入交往/, '未接触/暂短接触/深入接触'],
  [/中立(?!者)|不支持者|反对者|敌人/, '中立者/非支持者/敌对者'],
  [/教练(?!买家)|影响者/, '教练买家/影响力买家'],
];

/** Where the readers list old spellings on purpose: cells written by earlier versions still hold them. */
const ALIAS_LISTS = /const (EXTRA_WORDS|SYNONYMS|RETIRED_VERDICT_WORDS)\b[\s\S]*?\n[\]}];\n/g;

const SCANNED_DIRS = ['shared', 'playground', 'excel-addin', 'gas'];
const SCANNED_FILES = ['docs/functions.md', 'README.md'];

function productFiles(): string[] {
  const sources = SCANNED_DIRS.flatMap((dir) => listFilesRecursively(join(REPO_ROOT, dir))).filter((file) => /\.(tsx?|html)$/.test(file));
  return [...sources, ...SCANNED_FILES.map((file) => join(REPO_ROOT, file))];
}

/** Lines that are not comments, with the readers' alias lists blanked out. */
function shownLines(file: string): { line: string; at: string }[] {
  const content = readFileSync(file, 'utf8').replace(ALIAS_LISTS, (block) => block.replace(/[^\n]/g, ' '));
  return content
    .split('\n')
    .map((line, index) => ({ line, at: `${relative(REPO_ROOT, file)}:${index + 1}` }))
    .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line));
}

/** English/Chinese string pairs as texts and term rows declare them: 'English', 'Chinese'. */
function textPairs(): { en: string; zh: string; at: string }[] {
  const pair = /(['`])((?:(?!\1).)*)\1,\s*(['`])((?:(?!\3).)*[\u4e00-\u9fff](?:(?!\3).)*)\3/g;
  return productFiles()
    .filter((file) => file.endsWith('.ts') || file.endsWith('.tsx'))
    .flatMap((file) => shownLines(file).flatMap(({ line, at }) => [...line.matchAll(pair)].map((m) => ({ en: m[2] ?? '', zh: m[4] ?? '', at }))));
}

describe('Chinese vocabulary follows the seeds', () => {
  it('scans the product’s texts', () => {
    expect(productFiles().length).toBeGreaterThan(100);
    expect(textPairs().length).toBeGreaterThan(500);
  });

  it('shows no retired spelling of a seed term anywhere a user reads', () => {
    const offenders = productFiles().flatMap((file) =>
      shownLines(file).flatMap(({ line, at }) => RETIRED.filter(([variant]) => variant.test(line)).map(([variant, term]) => `${at}: ${line.match(variant)?.[0] ?? ''} → ${term}`)),
    );
    expect(offenders).toEqual([]);
  });

  it('names the compelling event, the buying vision and cultural fit with one term each', () => {
    const concepts: readonly (readonly [RegExp, string])[] = [
      [/compelling (event|reason)/i, '迫切动因'],
      [/buying vision/i, '购买愿景'],
      [/cultur(e|al) (compatibility|fit)/i, '文化能力'],
      [/business initiative\b(?! and outcome)/i, '商业动议'],
    ];
    const mismatches = textPairs().flatMap(({ en, zh, at }) =>
      concepts.filter(([english, term]) => english.test(en) && !zh.includes(term)).map(([, term]) => `${at}: "${en}" / "${zh}" lacks ${term}`),
    );
    // The Signature checklist's first question keeps the seed's own title for it, 客户的商业计划.
    expect(mismatches.filter((m) => !m.includes('客户的商业计划'))).toEqual([]);
  });

  it('gives the Walk away verdict and the Disengage strategy different words in both languages', () => {
    const disengage = STRATEGIES.find((s) => s.id === 'disengage');
    expect(disengage).toBeDefined();
    expect(VERDICT_LABELS.walkAway.en).not.toBe(disengage?.label.en);
    expect(VERDICT_LABELS.walkAway['zh-CN']).not.toBe(disengage?.label['zh-CN']);

    const walkAway = call('QUALIFY', [Array.from({ length: 20 }, () => ['-']), 'TAS'], 'zh-CN');
    const disengaged = call('STRATEGY', [false, false, false, false, false, false, false], 'zh-CN');
    expect(walkAway).toBe('退出');
    expect(disengaged).toBe('放弃');
  });

  it('never describes Disengage as walking away, nor the verdict as disengaging', () => {
    const crossed = textPairs().filter(({ en, zh }) => (/disengage/i.test(en) && /退出/.test(zh)) || (/walk away/i.test(en) && /放弃/.test(zh)));
    expect(crossed).toEqual([]);
  });
});

describe('cells written with the old words still read', () => {
  it('reads a verdict in either language and the 放弃 earlier versions wrote for Walk away', () => {
    expect(readVerdict('Walk away')).toBe('walkAway');
    expect(readVerdict('退出')).toBe('walkAway');
    expect(readVerdict('放弃')).toBe('walkAway');
    expect(readVerdict(' qualify  further ')).toBe('qualifyFurther');
    expect(readVerdict('全力争取')).toBe('pursue');
    expect(readVerdict('Disengage')).toBeNull();
  });

  it('reads a strategy in either language; 放弃 in a strategy cell is still Disengage', () => {
    expect(readStrategy('放弃')).toBe('disengage');
    expect(readStrategy('Disengage')).toBe('disengage');
    expect(readStrategy('正面进攻')).toBe('frontal');
    expect(readStrategy('退出')).toBeNull();
  });

  it('reads the contact words earlier dropdowns offered, and offers only the seed’s words now', () => {
    const contactOf = (word: string) => parseKeyPlayer({ name: 'Li Wei', attitude: '中立者', influence: 2, contact: word }, 'row 1').contact;
    expect(['无接触', '简短接触', '多次接触', '深入交往'].map(contactOf)).toEqual(['none', 'brief', 'several', 'deep']);
    expect(['未接触', '暂短接触', '多次接触', '深入接触'].map(contactOf)).toEqual(['none', 'brief', 'several', 'deep']);
    expect(playerDropdown('contact', CONTACT_LEVELS, 'zh-CN')).toEqual(['未接触', '暂短接触', '多次接触', '深入接触']);
  });

  it('reads the attitude and buyer-type words reps typed before', () => {
    const attitudeOf = (word: string) => parseKeyPlayer({ name: 'Li Wei', attitude: word, influence: 2 }, 'row 1').attitude;
    expect(['中立', '不支持者', '反对者', '敌人'].map(attitudeOf)).toEqual(['neutral', 'nonSupporter', 'enemy', 'enemy']);
    const rolesOf = (word: string) => parseKeyPlayer({ name: 'Li Wei', attitude: '中立者', influence: 2, roles: word }, 'row 1').roles;
    expect(rolesOf('教练, 影响者')).toEqual(['coach', 'influencer']);
    expect(rolesOf('教练买家, 影响力买家')).toEqual(['coach', 'influencer']);
    expect(rolesOf('A, D, E, U')).toEqual(['approver', 'decisionMaker', 'evaluator', 'user']);
    expect(rolesOf('评估人')).toEqual(['evaluator']);
    expect(rolesOf('评估者')).toEqual(['evaluator']);
  });
});
