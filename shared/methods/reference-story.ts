import { text } from '../i18n';
import type { DescribedTerm } from './types';

export type ReferenceStoryPartId = 'person' | 'title' | 'industry' | 'criticalIssue' | 'reasons' | 'capabilities' | 'provided' | 'results';

/**
 * The parts of a reference story (成功案例), in telling order: who it was (person, title, industry),
 * the critical issue and its reasons, the capabilities they wanted, what we provided and what it achieved.
 */
export const REFERENCE_STORY_PARTS: readonly DescribedTerm<ReferenceStoryPartId>[] = [
  {
    id: 'person',
    label: text('Person', '人物'),
    description: text('Who had the problem (a name the prospect can relate to)', '遇到问题的人（让对方有代入感的人物）'),
  },
  {
    id: 'title',
    label: text('Title', '职务'),
    description: text('Their job title, ideally like the prospect’s', '其职务，最好与当前客户的相近'),
  },
  {
    id: 'industry',
    label: text('Industry', '行业'),
    description: text('The industry they work in', '所在行业'),
  },
  {
    id: 'criticalIssue',
    label: text('Critical issue', '关键问题'),
    description: text('The pain they faced', '他们面临的痛苦'),
  },
  {
    id: 'reasons',
    label: text('Reasons', '原因'),
    description: text('Why they had the problem', '问题产生的原因'),
  },
  {
    id: 'capabilities',
    label: text('Capabilities wanted', '希望具备的能力'),
    description: text('What they said they needed, in their own words', '他们所说的需要，用其原话'),
  },
  {
    id: 'provided',
    label: text('What we provided', '我们提供了什么'),
    description: text('The solution we delivered', '我们交付的解决方案'),
  },
  {
    id: 'results',
    label: text('Measurable results', '可衡量的结果'),
    description: text('What changed, in money, counts or percentages', '带来的变化，以金额、数量或百分比表示'),
  },
];
