/**
 * What the core-vs-bare-loop measurement runs, bundled by webpack the way the shipped scripts are
 * (one scope, minified): run from TypeScript through tsx instead, every call across a module boundary
 * goes through a CommonJS getter that no host ever runs, which would charge the catalog for the tool.
 */
export { defaultCallContext, invokeFunction } from '../../shared/functions/invoke';
export { funnelByStage, weightedAmounts } from '../../shared/scoring/pipeline';
export { stageTable } from '../../shared/scoring/stage-table';
export { arithmeticWeightedFunnel, bareWeightedFunnel } from './bare-loop';
