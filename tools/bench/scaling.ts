/**
 * Measurement 3: how the pure roll-up (shared/pipeline) and the snapshot diff
 * (shared/scoring/snapshot-diff.ts) grow with the team's deals. Each size runs in a child process
 * (scaling-child.ts) so peak memory is measured per size; growth is the log-log slope of time over n.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { ScalingKind, ScalingSample } from './scaling-child';
import { describeGrowth, growthExponent } from './stats';

export interface ScalingSeries {
  readonly kind: ScalingKind;
  readonly label: string;
  readonly samples: readonly ScalingSample[];
  /** Slope of log(time) over log(deals): 1 is linear. */
  readonly exponent: number;
  readonly growth: string;
}

export interface ScalingOptions {
  readonly sizes: readonly number[];
  readonly runs: (deals: number) => number;
  /** Untimed runs first; a run of many seconds warms the JIT by itself. */
  readonly warmup: (deals: number) => number;
  readonly log?: (line: string) => void;
}

const LABELS: Record<ScalingKind, string> = {
  rollup: 'roll-up (rollUpTeamOperation: find tables, count, dashboard, write plan)',
  diff: 'snapshot diff (diffSnapshots: bridge by category and rep)',
};

function runChild(root: string, kind: ScalingKind, deals: number, runs: number, warmup: number): ScalingSample {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'tools', 'bench', 'scaling-child.ts'), kind, String(deals), String(runs), String(warmup)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = out.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ScalingSample;
}

export function measureScaling(root: string, options: ScalingOptions): ScalingSeries[] {
  return (['rollup', 'diff'] as const).map((kind) => {
    const samples = options.sizes.map((deals) => {
      const sample = runChild(root, kind, deals, options.runs(deals), options.warmup(deals));
      options.log?.(`  ${kind} ${deals} deals: ${sample.medianMs.toFixed(1)} ms, peak RSS ${sample.peakRssMb} MB`);
      return sample;
    });
    const exponent = growthExponent(samples.map((s) => ({ n: s.deals, ms: s.medianMs })));
    return { kind, label: LABELS[kind], samples, exponent, growth: describeGrowth(exponent) };
  });
}
