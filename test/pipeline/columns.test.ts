import { PIPELINE_COLUMNS, REQUIRED_PIPELINE_COLUMNS, matchPipelineColumn, matchProofColumn, pipelineHeaderRow, proofColumnHeader } from '../../shared/pipeline/columns';

describe('pipeline columns', () => {
  it('lists every METHODOLOGY §5 pipeline field, with room for the probability override and the created date cycles need', () => {
    expect(PIPELINE_COLUMNS.map((c) => c.id)).toEqual([
      'id',
      'account',
      'opportunity',
      'owner',
      'amount',
      'currency',
      'stage',
      'closeDate',
      'stageEntered',
      'nextStep',
      'competitor',
      'method',
      'evidence',
      'probabilityOverride',
      'overrideReason',
      'created',
      'buyingStep',
    ]);
  });

  it('gives every column a header in both languages', () => {
    for (const column of PIPELINE_COLUMNS) {
      expect(column.header.en.trim()).not.toBe('');
      expect(column.header['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('requires id, amount, stage and close date but not the owner', () => {
    expect([...REQUIRED_PIPELINE_COLUMNS].sort()).toEqual(['amount', 'closeDate', 'id', 'stage']);
  });

  it('matches headers whatever the case, spacing or language', () => {
    expect(matchPipelineColumn('Close date')).toBe('closeDate');
    expect(matchPipelineColumn('  CLOSE_DATE ')).toBe('closeDate');
    expect(matchPipelineColumn('close-date:')).toBe('closeDate');
    expect(matchPipelineColumn('预计成交日期')).toBe('closeDate');
    expect(matchPipelineColumn('预计 成交 日期')).toBe('closeDate');
    expect(matchPipelineColumn('ＡＭＯＵＮＴ')).toBe('amount');
    expect(matchPipelineColumn('金额')).toBe('amount');
    expect(matchPipelineColumn('Sales rep')).toBe('owner');
    expect(matchPipelineColumn('证据')).toBe('evidence');
  });

  it('matches every column by its own English and Chinese header', () => {
    for (const column of PIPELINE_COLUMNS) {
      expect(matchPipelineColumn(column.header.en)).toBe(column.id);
      expect(matchPipelineColumn(column.header['zh-CN'])).toBe(column.id);
    }
  });

  it('ignores other text, numbers and blanks', () => {
    expect(matchPipelineColumn('Notes')).toBeUndefined();
    expect(matchPipelineColumn(42)).toBeUndefined();
    expect(matchPipelineColumn('')).toBeUndefined();
    expect(matchPipelineColumn(null)).toBeUndefined();
  });

  it('names proof columns by stage code and reads them back', () => {
    expect(proofColumnHeader('G10')).toEqual({ en: 'Proof G10', 'zh-CN': '验证 G10' });
    expect(matchProofColumn('Proof G10')).toBe('G10');
    expect(matchProofColumn('proof: b75')).toBe('b75');
    expect(matchProofColumn('验证 Qualified')).toBe('Qualified');
    expect(matchProofColumn('G20 proof')).toBe('G20');
    expect(matchProofColumn('Evidence')).toBeUndefined();
    expect(matchPipelineColumn('Proof G10')).toBeUndefined();
  });

  it('builds the header row with one proof column per stage', () => {
    const row = pipelineHeaderRow('zh-CN', ['G10', 'G20']);
    expect(row).toHaveLength(PIPELINE_COLUMNS.length + 2);
    expect(row.slice(-2)).toEqual(['验证 G10', '验证 G20']);
    expect(row.map((h) => matchPipelineColumn(h) ?? matchProofColumn(h))).toEqual([...PIPELINE_COLUMNS.map((c) => c.id), 'G10', 'G20']);
  });
});
