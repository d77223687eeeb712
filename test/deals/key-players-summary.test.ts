/**
 * The key players of each deal as the roll-up reads them: found by the Deal ID label and the table's
 * headers wherever a rep moved them, in either language, and summed up as single-threaded, decision
 * maker known, the decision maker's attitude and last contact.
 */
import { keyPlayersByDeal } from '../../shared/deals/key-players-summary';
import { serialFromParts } from '../../shared/pipeline/dates';
import { DASHBOARD_MARKER } from '../../shared/pipeline/markers';

const day = (y: number, m: number, d: number): number => serialFromParts(y, m, d);

describe('keyPlayersByDeal', () => {
  it('reads an English map whose Deal ID and header were moved, with the template’s words', () => {
    const sheet = {
      name: 'Northwind people',
      values: [
        ['Key players and relationships'],
        [],
        ['', '', 'Deal ID', '', 'D-101'],
        [],
        [],
        ['Notes first', 'Current attitude', 'Name', 'Buying role', 'Contact', 'Last contact', 'Target attitude', 'Relationship stage', 'Position (0–5)', 'Influence (0–5)'],
        ['', 'Neutral', 'Zhou Min', 'Decision maker (D)', 'Brief', day(2026, 10, 12), 'Supporter', 'Initial', 5, 4],
        ['', 'Supporter', 'Li Hua', 'Evaluator (E)', 'Several', '2026-11-20', 'Sponsor', 'Middle', 3, 4],
        [],
        ['', 'Sponsor', 'Sun Lei', 'User (U)', 'None', '', '', '', 'high', 9],
      ],
    };
    const deal = keyPlayersByDeal([sheet]).get('D-101');
    expect(deal).toBeDefined();
    expect(deal?.players.map((p) => p.name)).toEqual(['Zhou Min', 'Li Hua', 'Sun Lei']);
    expect(deal?.players[0]).toMatchObject({
      attitude: 'neutral',
      targetAttitude: 'supporter',
      roles: ['decisionMaker'],
      contact: 'brief',
      lastContact: day(2026, 10, 12),
      relationshipStage: 'initial',
      position: 5,
      influence: 4,
      row: 7,
    });
    expect(deal?.players[1].lastContact).toBe(day(2026, 11, 20));
    // What the cells do not say is left out, not guessed: "high" is no position, 9 no influence.
    expect(deal?.players[2]).not.toHaveProperty('position');
    expect(deal?.players[2]).not.toHaveProperty('influence');
    expect(deal).toMatchObject({
      singleThreaded: false,
      hasDecisionMaker: true,
      decisionMakerAttitude: 'neutral',
      decisionMakerLastContact: day(2026, 10, 12),
      sheets: ['Northwind people'],
    });
  });

  it('reads a Chinese map, the project-sales decision buyer counting as a decision maker, the worst attitude and latest contact of two', () => {
    const sheet = {
      name: '关键人物',
      values: [
        ['关键人物与关系'],
        [],
        ['客户', '北风物流'],
        ['商机编号', 'D-7'],
        ['姓名', '职务', '采购角色', '层级', '当前态度', '目标态度', '接受新事物类型', '接触程度', '上次接触日期', '下次接触日期', '客户关系阶段'],
        ['周敏', '总经理', '决策买家', '决策层', '支持者', '主办人', '', '多次接触', '2026-11-01', '2026-12-01', '战略阶段'],
        ['高军', '副总', '决策人 (D), 评估人 (E)', '决策层', '敌对者', '中立者', '', '简短接触', day(2026, 11, 15), '', '孕育阶段'],
      ],
    };
    const deal = keyPlayersByDeal([sheet]).get('D-7');
    expect(deal?.players.map((p) => p.relationshipStage)).toEqual(['strategic', 'gestation']);
    expect(deal?.decisionMakers.map((p) => p.name)).toEqual(['周敏', '高军']);
    expect(deal).toMatchObject({ hasDecisionMaker: true, decisionMakerAttitude: 'enemy', decisionMakerLastContact: day(2026, 11, 15), singleThreaded: false });
  });

  it('calls a deal single-threaded with fewer than two people in contact, and says when no decision maker is known', () => {
    const sheet = {
      name: 'Solo',
      values: [
        ['Deal ID', 'S-1'],
        ['Name', 'Attitude', 'Role', 'Contact'],
        ['Ann', 'Supporter', 'User', 'Deep'],
        ['Bo', 'Neutral', 'Evaluator', 'None'],
        ['Cy', 'Neutral', '', ''],
      ],
    };
    const deal = keyPlayersByDeal([sheet]).get('S-1');
    expect(deal).toMatchObject({ singleThreaded: true, hasDecisionMaker: false });
    expect(deal).not.toHaveProperty('decisionMakerAttitude');
    expect(deal).not.toHaveProperty('decisionMakerLastContact');
  });

  it('joins two sheets of one deal and skips sheets without a Deal ID, without a players table, or written by the roll-up', () => {
    const part = (name: string, person: string) => ({
      name,
      values: [
        ['Deal ID', 'J-1'],
        ['Name', 'Attitude'],
        [person, 'Supporter'],
      ],
    });
    const noId = {
      name: 'Loose',
      values: [
        ['Name', 'Attitude'],
        ['Dan', 'Enemy'],
      ],
    };
    const pipeline = {
      name: 'Pipeline',
      values: [
        ['Deal ID', 'Amount', 'Stage'],
        ['P-1', 100, 'G10'],
      ],
    };
    const board = { name: 'Dashboard', values: [[DASHBOARD_MARKER], ['Deal ID', 'X-1'], ['Name', 'Attitude'], ['Eve', 'Enemy']] };
    const found = keyPlayersByDeal([part('Map A', 'Ann'), part('Map B', 'Bo'), noId, pipeline, board]);
    expect([...found.keys()]).toEqual(['J-1']);
    expect(found.get('J-1')).toMatchObject({
      sheets: ['Map A', 'Map B'],
      players: [
        { name: 'Ann', sheet: 'Map A' },
        { name: 'Bo', sheet: 'Map B' },
      ],
    });
  });
});
