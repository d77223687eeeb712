import { text } from '../../i18n';
import type { ASSESSMENT, GAPS, QUALIFY } from '../entries/assessment';
import type { HelpOf } from './types';

/** A TAS column from signs written five to a key question, `_` for a blank cell. */
function tasColumn(signs: string): (string | null)[][] {
  return [...signs.replace(/\s/g, '')].map((sign) => [sign === '_' ? null : sign]);
}
import { COMPETITOR_HELP, METHOD_HELP, RATINGS_HELP } from './params';

export const QUALIFY_HELP: HelpOf<typeof QUALIFY> = {
  description: text('The verdict on an opportunity assessment: Pursue, Qualify further or Walk away', '机会评估的结论：全力争取、继续评估或退出'),
  params: {
    ratings: RATINGS_HELP,
    method: METHOD_HELP,
    competitor: COMPETITOR_HELP,
  },
  resultHelp: text(
    'Pursue when all four key questions are Yes; Walk away when "Is there an opportunity?" or "Is it worth winning?" is No; otherwise Qualify further. A - on a hard knock-out (access to funds) answers its key question No; a - on a soft one (the compelling event) holds it at Unknown at best',
    '四个关键问题都为“是”时为全力争取；“商机存在吗?”或“是否值得赢?”为“否”时为退出；其余为继续评估。硬性否决项(资金来源)评为 - 时该关键问题为“否”；软性否决项(迫切动因)评为 - 时该关键问题最多为“未知”',
  ),
  examples: [
    {
      args: [tasColumn('+++?? ++?+- ++?+? +++-?')],
      result: 'Pursue',
      note: text('20 TAS ratings: every key question scores at least 0.34', '20 项 TAS 评分：每个关键问题得分都不低于 0.34'),
    },
    {
      args: [tasColumn('+++-+ +++++ +++++ +++++'), 'TAS'],
      result: 'Walk away',
      note: text('a hard knock-out: access to funds (#4) is rated -', '硬性否决项：资金来源(第 4 项)评为 -'),
    },
    {
      args: [tasColumn('++++- +++++ +++++ +++++'), 'TAS'],
      result: 'Qualify further',
      note: text('a soft knock-out: the compelling event (#5) is rated -, so at most Qualify further', '软性否决项：迫切动因(第 5 项)评为 -，结论最多为继续评估'),
    },
    {
      args: [tasColumn('+++++ +???? +++++ +++++')],
      result: 'Qualify further',
      note: text('"Can we compete?" scores 0.2: Unknown', '“我们有能力竞争吗?”得分 0.2：未知'),
    },
    {
      args: [tasColumn('+++++ +???? +++++ +++++'), undefined, undefined, [['yes_threshold', 0.2]]],
      result: 'Pursue',
      note: text(
        'the same ratings with the Yes threshold lowered to 0.2 in the settings argument (in a workbook: the Settings sheet’s DK_RULES)',
        '同样的评分，settings 参数把“是”的阈值降到 0.2(在工作簿中即“设置”表的 DK_RULES)',
      ),
    },
  ],
};

export const ASSESSMENT_HELP: HelpOf<typeof ASSESSMENT> = {
  description: text('The scores of an opportunity assessment, one row per key question', '机会评估的得分，每个关键问题一行'),
  params: {
    ratings: RATINGS_HELP,
    method: METHOD_HELP,
    competitor: COMPETITOR_HELP,
  },
  resultHelp: text(
    'Four rows (Is it real?, Can we compete?, Can we win?, Worth winning?) of: question, our score (−1 to 1), answer (Yes / No / Unknown), competitor score, advantage (ours − theirs), unknown count; the competitor columns are blank without competitor ratings',
    '四行(商机存在吗?、能竞争吗?、能赢吗?、值得赢吗?)，每行依次为：问题、我方得分(−1 到 1)、回答(是/否/未知)、竞争对手得分、优势(我方减对方)、未知项数；未给出竞争对手评分时竞争对手两列为空',
  ),
  examples: [
    {
      args: [tasColumn('+++?? +-??? +++++ ++-++'), 'TAS', tasColumn('+-??? +++++ ----- ?????')],
      result: [
        ['Is there an opportunity? (Is it real?)', 0.6, 'Yes', 0, 0.6, 2],
        ['Can we compete?', 0, 'Unknown', 1, -1, 3],
        ['Can we win?', 1, 'Yes', -1, 2, 0],
        ['Is it worth winning?', 0.6, 'Yes', 0, 0.6, 0],
      ],
    },
  ],
};

export const GAPS_HELP: HelpOf<typeof GAPS> = {
  description: text('The criteria rated unknown — the information to find first — most important first', '评为未知的标准(需优先补齐的信息)，按重要性排序'),
  params: {
    ratings: RATINGS_HELP,
    method: METHOD_HELP,
  },
  resultHelp: text(
    'One row per unknown criterion, "number. criterion", in key-question order; "No gaps" when every criterion is rated',
    '每个未知标准一行，格式为“编号. 标准”，按关键问题顺序排列；全部已评分时显示“没有信息缺口”',
  ),
  examples: [
    {
      args: [tasColumn('++++? +++++ +?+++ ?++++')],
      result: [['5. Compelling event'], ['12. Executive credibility'], ['16. Short-term revenue']],
    },
  ],
};
