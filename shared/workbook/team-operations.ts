import { isoFromSerial, serialFromCell } from '../pipeline/dates';
import type { AccuracyPeriodKind } from '../pipeline/forecast-accuracy';
import { PIPELINE_SETTING_NAME_LIST } from '../pipeline/forecast-settings';
import {
  comparePipelineOperation,
  exportPipelineCsvOperation,
  forecastAccuracyOperation,
  rollUpTeamOperation,
  snapshotHistory,
  takeSnapshotOperation,
  type OperationSummary,
  type WorkbookRead,
} from '../pipeline/operations';
import { stageConversion, type StageConversion } from '../pipeline/stage-conversion';
import { teamSettingsFromNamedValues } from '../pipeline/team-settings';
import { accuracyReportOf, type AccuracyReport } from './accuracy-report';
import type { CsvExport, CsvFormat, PipelineChange, SnapshotTaken, TeamRollUp, TeamSummary } from './backend';
import { answered, written, type Operation } from './operation';
import { namedValues, type ReadRequest, type WorkbookReading } from './reading';
import { textShape } from './request-shape';
import { CSV_FORMAT_SHAPE, PERIOD_KIND_SHAPE, PERIOD_SHAPE } from './request-shapes';
import { teamReportOf } from './team-report';

/**
 * The Team panel's operations: each reads every sheet and the DK_* settings the pipeline core needs,
 * and answers with plain data the panel shows (counts, dates as ISO text, no cell text as markup).
 */

const WHOLE_WORKBOOK: ReadRequest = { sheets: 'all', names: PIPELINE_SETTING_NAME_LIST };

function pipelineRead(reading: WorkbookReading): WorkbookRead {
  return { sheets: reading.sheets, named: namedValues(reading), asOf: serialFromCell(reading.today) ?? 0 };
}

/** Counts only: what the panel confirms. */
function counts(summary: OperationSummary): TeamSummary {
  return { deals: summary.deals, setAside: summary.setAside, amount: summary.amount, tables: summary.tables };
}

const rollUpTeam: Operation<[period: string | null], TeamRollUp> = {
  takes: [['period', PERIOD_SHAPE]],
  reads: () => WHOLE_WORKBOOK,
  writes: true,
  run: ([period], reading) => {
    const { plan, summary, view } = rollUpTeamOperation(pipelineRead(reading), period ?? undefined);
    return written(plan, { ...counts(summary), report: teamReportOf(view) });
  },
};

const takeSnapshot: Operation<[], SnapshotTaken> = {
  takes: [],
  reads: () => WHOLE_WORKBOOK,
  writes: true,
  run: (_args, reading) => {
    const { plan, summary } = takeSnapshotOperation(pipelineRead(reading), reading.now);
    return written(plan, { ...counts(summary), date: reading.today });
  },
};

const listSnapshotDates: Operation<[], readonly string[]> = {
  takes: [],
  reads: () => WHOLE_WORKBOOK,
  writes: false,
  run: (_args, reading) => answered(snapshotHistory(reading.sheets).map((snapshot) => isoFromSerial(snapshot.date))),
};

const comparePipeline: Operation<[earlier: string, later: string], PipelineChange> = {
  takes: [
    ['earlier', textShape()],
    ['later', textShape()],
  ],
  reads: () => WHOLE_WORKBOOK,
  writes: true,
  run: ([earlier, later], reading) => {
    const { plan, diff } = comparePipelineOperation(pipelineRead(reading), earlier, later);
    return written(plan, {
      earlierDate: isoFromSerial(diff.earlierDate),
      laterDate: isoFromSerial(diff.laterDate),
      earlierTotal: diff.earlierTotal,
      laterTotal: diff.laterTotal,
      lines: diff.lines.map((line) => ({ category: line.category, deals: line.deals, change: line.change })),
    });
  },
};

const exportPipelineCsv: Operation<[format: CsvFormat], CsvExport> = {
  takes: [['format', CSV_FORMAT_SHAPE]],
  reads: () => WHOLE_WORKBOOK,
  writes: false,
  run: ([format], reading) => {
    const { csv, format: chosen } = exportPipelineCsvOperation(pipelineRead(reading), format);
    return answered({ csv, fileName: `team-pipeline-${chosen}-${reading.today}.csv` });
  },
};

const forecastAccuracy: Operation<[periodKind: AccuracyPeriodKind], AccuracyReport> = {
  takes: [['periodKind', PERIOD_KIND_SHAPE]],
  reads: () => WHOLE_WORKBOOK,
  writes: true,
  run: ([periodKind], reading) => {
    const { plan, accuracy } = forecastAccuracyOperation(pipelineRead(reading), periodKind);
    return written(plan, accuracyReportOf(accuracy));
  },
};

/** Stage-to-win conversion from the snapshot history beside the stage table's probabilities; reads only. */
const readStageConversion: Operation<[], StageConversion> = {
  takes: [],
  reads: () => WHOLE_WORKBOOK,
  writes: false,
  run: (_args, reading, locale) => answered(stageConversion(snapshotHistory(reading.sheets), teamSettingsFromNamedValues(namedValues(reading)).stages, locale)),
};

export const TEAM_OPERATIONS = { rollUpTeam, takeSnapshot, listSnapshotDates, comparePipeline, exportPipelineCsv, forecastAccuracy, readStageConversion } as const;
