import * as methods from '../../shared/methods';
import { allTexts } from './all-texts';

const CJK = /[\u3400-\u9fff]/;

describe('every method text ships in English and Simplified Chinese', () => {
  const texts = allTexts(methods);
  // Only a lost deal has nothing to prove.
  const mayBeEmpty = new Set(['LOST_STAGE_WORK.proof']);

  it('finds the texts of every file of the methods folder', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it('has no empty text in either language', () => {
    const empty = texts.filter((t) => !mayBeEmpty.has(t.path) && (!t.value.en.trim() || !t.value['zh-CN'].trim()));
    expect(empty.map((t) => t.path)).toEqual([]);
  });

  it('writes the zh-CN text in Chinese and the English text without Chinese', () => {
    const notChinese = texts.filter((t) => !mayBeEmpty.has(t.path) && !CJK.test(t.value['zh-CN']));
    const chineseInEnglish = texts.filter((t) => CJK.test(t.value.en));
    expect(notChinese.map((t) => `${t.path}: ${t.value['zh-CN']}`)).toEqual([]);
    expect(chineseInEnglish.map((t) => `${t.path}: ${t.value.en}`)).toEqual([]);
  });

  it('uses the trainees’ own terms for the key questions and stages', () => {
    expect(methods.KEY_QUESTIONS.map((k) => k.label['zh-CN'])).toEqual(['商机存在吗?', '我们有能力竞争吗?', '我们能赢吗?', '是否值得赢?']);
    expect(methods.LADDERS.SIGNATURE.stages.map((s) => s.label['zh-CN'])).toEqual(['发现', '证实', '确认', '口头承诺', '成交']);
    expect(methods.lostStage.label).toEqual({ en: 'Lost', 'zh-CN': '丢单' });
  });
});
