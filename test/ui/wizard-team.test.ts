import { canCompare, INITIAL_TEAM_STATE, teamReducer } from '../../shared/ui/wizard-team';

describe('Team panel reducer', () => {
  it('compares the two latest snapshots unless the manager picks others', () => {
    const state = teamReducer(INITIAL_TEAM_STATE, { type: 'datesLoaded', dates: ['2026-10-01', '2026-11-01', '2026-11-20'] });
    expect(state).toMatchObject({ earlier: '2026-11-01', later: '2026-11-20' });
    expect(canCompare(state)).toBe(true);
    const picked = teamReducer(state, { type: 'setEarlier', date: '2026-10-01' });
    expect(teamReducer(picked, { type: 'datesLoaded', dates: ['2026-10-01', '2026-11-01', '2026-11-20', '2026-11-27'] })).toMatchObject({
      earlier: '2026-10-01',
      later: '2026-11-20',
    });
  });

  it('cannot compare one snapshot with itself or run backwards', () => {
    const one = teamReducer(INITIAL_TEAM_STATE, { type: 'datesLoaded', dates: ['2026-11-20'] });
    expect(canCompare(one)).toBe(false);
    const two = teamReducer(INITIAL_TEAM_STATE, { type: 'datesLoaded', dates: ['2026-11-01', '2026-11-20'] });
    expect(canCompare(teamReducer(two, { type: 'setEarlier', date: '2026-11-20' }))).toBe(false);
  });

  it('a new snapshot joins the dates and becomes the later side', () => {
    let state = teamReducer(INITIAL_TEAM_STATE, { type: 'datesLoaded', dates: ['2026-11-01'] });
    state = teamReducer(state, { type: 'snapshotTaken', snapshot: { date: '2026-11-25', deals: 4, setAside: 0, amount: 575000, tables: 1 } });
    expect(state).toMatchObject({ dates: ['2026-11-01', '2026-11-25'], earlier: '2026-11-01', later: '2026-11-25' });
  });

  it('a snapshot taken after a history of several is compared with the latest before it, unless the manager picked another', () => {
    const history = ['2026-10-05', '2026-10-12', '2026-10-19'];
    const taken = { date: '2026-12-06', deals: 7, setAside: 0, amount: 850000, tables: 2 };
    const loaded = teamReducer(INITIAL_TEAM_STATE, { type: 'datesLoaded', dates: history });
    expect(teamReducer(loaded, { type: 'snapshotTaken', snapshot: taken })).toMatchObject({ earlier: '2026-10-19', later: '2026-12-06' });
    const picked = teamReducer(loaded, { type: 'setEarlier', date: '2026-10-05' });
    expect(teamReducer(picked, { type: 'snapshotTaken', snapshot: taken })).toMatchObject({ earlier: '2026-10-05', later: '2026-12-06' });
  });

  it('changing the CSV format drops the previous export', () => {
    let state = teamReducer(INITIAL_TEAM_STATE, { type: 'exported', csv: { csv: 'a', fileName: 'x.csv' } });
    state = teamReducer(state, { type: 'setFormat', format: 'hubspot' });
    expect(state.csv).toBeNull();
  });

  it('a roll-up shows "one request" until the host reports a step, then each step, and clears when the result arrives', () => {
    let state = teamReducer(INITIAL_TEAM_STATE, { type: 'progress', step: 'request' });
    expect(state.progress).toBe('request');
    for (const step of ['reading', 'computing', 'writing', 'done'] as const) {
      state = teamReducer(state, { type: 'progress', step });
      expect(state.progress).toBe(step);
    }
    state = teamReducer(state, { type: 'rolledUp', summary: { deals: 3, setAside: 1, amount: 300000, tables: 2 } });
    expect(state.progress).toBeNull();
    expect(state.rolledUp).toMatchObject({ deals: 3, setAside: 1 });
  });

  it('a step arriving after the roll-up finished does not bring the progress line back', () => {
    const finished = teamReducer(teamReducer(INITIAL_TEAM_STATE, { type: 'progress', step: 'request' }), { type: 'progress', step: null });
    expect(teamReducer(finished, { type: 'progress', step: 'writing' }).progress).toBeNull();
  });
});
