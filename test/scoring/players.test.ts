import { DealKitError } from '../../shared/errors';
import { parseKeyPlayer, parseKeyPlayers, redFlags, supportScore, type KeyPlayer } from '../../shared/scoring/players';
import { mergeSettings } from '../../shared/scoring/settings';

function player(p: Partial<KeyPlayer> & Pick<KeyPlayer, 'name'>): KeyPlayer {
  return { roles: [], attitude: 'neutral', influence: 3, contact: 'several', ...p };
}

/** A well-covered account: sponsor in the decision layer, decision maker contacted, several threads. */
const COVERED: KeyPlayer[] = [
  player({ name: 'Wang', roles: ['decisionMaker'], layer: 'decision', attitude: 'sponsor', influence: 5, contact: 'deep' }),
  player({ name: 'Li', roles: ['evaluator'], layer: 'management', attitude: 'supporter', influence: 3 }),
  player({ name: 'Zhao', roles: ['user'], layer: 'operational', attitude: 'neutral', influence: 2 }),
];

describe('supportScore (METHODOLOGY §3: influence-weighted attitude)', () => {
  it('Σ influence × weight ÷ Σ influence', () => {
    // (5×1 + 3×0.5 + 2×0) ÷ 10 = 0.65
    expect(supportScore(COVERED)).toBeCloseTo(0.65, 12);
  });
  it('an influential enemy pulls it below zero', () => {
    const s = supportScore([
      player({ name: 'A', attitude: 'supporter', influence: 1 }),
      player({ name: 'B', attitude: 'enemy', influence: 4 }),
      player({ name: 'C', attitude: 'nonSupporter', influence: 2 }),
    ]);
    // (0.5 − 4 − 1) ÷ 7
    expect(s).toBeCloseTo(-4.5 / 7, 12);
  });
  it('all sponsors is 1, all enemies −1; nobody with influence is 0, not NaN', () => {
    expect(supportScore([player({ name: 'A', attitude: 'sponsor' })])).toBe(1);
    expect(supportScore([player({ name: 'A', attitude: 'enemy' })])).toBe(-1);
    expect(supportScore([player({ name: 'A', attitude: 'enemy', influence: 0 })])).toBe(0);
    expect(supportScore([])).toBe(0);
  });
  it('follows edited attitude weights', () => {
    const s = mergeSettings({ attitudeWeights: { supporter: 1 } });
    expect(supportScore([player({ name: 'A', attitude: 'supporter' })], s)).toBe(1);
  });
});

describe('redFlags', () => {
  it('a well-covered account raises none', () => {
    expect(redFlags(COVERED)).toEqual([]);
  });
  it('no sponsor or coach', () => {
    const noSponsor = COVERED.map((p) => (p.attitude === 'sponsor' ? { ...p, attitude: 'supporter' as const } : p));
    expect(redFlags(noSponsor).map((f) => f.id)).toEqual(['noSponsorOrCoach']);
    const coach = [...noSponsor, player({ name: 'Sun', roles: ['coach'], attitude: 'supporter' })];
    expect(redFlags(coach)).toEqual([]);
  });
  it('a decision maker not contacted is named', () => {
    const flags = redFlags([...COVERED, player({ name: 'Chen', roles: ['approver'], layer: 'decision', attitude: 'neutral', contact: 'none' })]);
    expect(flags).toEqual([
      {
        id: 'decisionMakerNotContacted',
        person: 'Chen',
        text: expect.objectContaining({ en: expect.stringContaining('Chen') }),
      },
    ]);
    expect(flags[0]?.text['zh-CN']).toContain('Chen');
  });
  it('no decision maker or approver listed at all', () => {
    expect(redFlags(COVERED.map((p) => ({ ...p, roles: [] }))).map((f) => f.id)).toEqual(['noDecisionMaker']);
  });
  it('an enemy or non-supporter with influence ≥ 4 is named; influence 3 is not a flag', () => {
    const flags = redFlags([
      ...COVERED,
      player({ name: 'Zhou', attitude: 'enemy', influence: 4 }),
      player({ name: 'Wu', attitude: 'nonSupporter', influence: 5 }),
      player({ name: 'Zheng', attitude: 'enemy', influence: 3 }),
    ]);
    expect(flags.map((f) => [f.id, f.person])).toEqual([
      ['hostileInfluencer', 'Zhou'],
      ['hostileInfluencer', 'Wu'],
    ]);
    expect(redFlags([...COVERED, player({ name: 'Zheng', attitude: 'enemy', influence: 3 })], mergeSettings({ redFlagInfluence: 3 })).map((f) => f.person)).toEqual(['Zheng']);
  });
  it('single-threaded: only one person contacted, named', () => {
    const flags = redFlags(COVERED.map((p) => (p.name === 'Wang' ? p : { ...p, contact: 'none' as const })));
    expect(flags.map((f) => [f.id, f.person])).toEqual([['singleThreaded', 'Wang']]);
  });
  it('nobody from the decision layer engaged', () => {
    const flags = redFlags(COVERED.map((p) => (p.layer === 'decision' ? { ...p, layer: 'management' as const } : p)));
    expect(flags.map((f) => f.id)).toEqual(['noDecisionLayer']);
  });
  it('an empty list raises every account-wide flag', () => {
    expect(redFlags([]).map((f) => f.id)).toEqual(['noSponsorOrCoach', 'noDecisionMaker', 'singleThreaded', 'noDecisionLayer']);
  });
});

describe('parseKeyPlayer', () => {
  it('accepts ids, English and Chinese labels and the slide signs, any case', () => {
    const p = parseKeyPlayer({ name: ' 王总 ', roles: 'D, coach', layer: '决策层', attitude: '主办人', influence: '5', contact: 'DEEP' }, 'players row 1');
    expect(p).toEqual({ name: '王总', roles: ['decisionMaker', 'coach'], layer: 'decision', attitude: 'sponsor', influence: 5, contact: 'deep' });
    expect(parseKeyPlayer({ name: 'A', attitude: 'non-supporter', influence: 1 }, 'r').attitude).toBe('nonSupporter');
    expect(parseKeyPlayer({ name: 'A', attitude: 'nonSupporter', influence: 1 }, 'r').attitude).toBe('nonSupporter');
    expect(parseKeyPlayer({ name: 'A', attitude: '-', influence: 1 }, 'r').attitude).toBe('nonSupporter');
    expect(parseKeyPlayer({ name: 'A', attitude: 'x', influence: 1 }, 'r').attitude).toBe('enemy');
    expect(parseKeyPlayer({ name: 'A', attitude: '=', influence: 0 }, 'r').attitude).toBe('neutral');
    expect(parseKeyPlayer({ name: 'A', attitude: 'Supporter', influence: 2, roles: '决策人、教练' }, 'r').roles).toEqual(['decisionMaker', 'coach']);
  });
  it('accepts the dropdown labels of the methods vocabulary as the templates write them', () => {
    const p = parseKeyPlayer({ name: 'Chen', roles: 'Approver (A), 教练买家', layer: 'Decision layer', attitude: '非支持者', influence: 4, contact: '深入交往' }, 'r');
    expect(p).toMatchObject({ roles: ['approver', 'coach'], layer: 'decision', attitude: 'nonSupporter', contact: 'deep' });
    expect(parseKeyPlayer({ name: 'A', attitude: '敌对者', influence: 1, roles: '批准人 (A)' }, 'r')).toMatchObject({ attitude: 'enemy', roles: ['approver'] });
    expect(parseKeyPlayer({ name: 'A', attitude: 'Neutral', influence: 1, contact: 'No contact' }, 'r').contact).toBe('none');
  });
  it('blank contact means none', () => {
    expect(parseKeyPlayer({ name: 'A', attitude: '+', influence: 2, contact: '' }, 'r').contact).toBe('none');
  });
  it('an unknown attitude names the row and the field', () => {
    try {
      parseKeyPlayer({ name: 'A', attitude: 'friendly', influence: 2 }, 'players row 4');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(DealKitError);
      expect((e as DealKitError).subject).toBe('players row 4 attitude');
      expect((e as DealKitError).message).toContain('friendly');
    }
  });
  it('influence must be 0–5', () => {
    expect(() => parseKeyPlayer({ name: 'A', attitude: '+', influence: 6 }, 'players row 2')).toThrow(/players row 2 influence/);
    expect(() => parseKeyPlayer({ name: 'A', attitude: '+', influence: '' }, 'players row 2')).toThrow(/influence/);
  });
  it('rows are numbered from 1 and blank rows skipped', () => {
    expect(
      parseKeyPlayers([
        { name: '', attitude: '', influence: null },
        { name: 'A', attitude: '+', influence: 1 },
      ]),
    ).toHaveLength(1);
    expect(() =>
      parseKeyPlayers([
        { name: 'A', attitude: '+', influence: 1 },
        { name: 'B', attitude: '?', influence: 1 },
      ]),
    ).toThrow(/players row 2 attitude/);
  });
});
