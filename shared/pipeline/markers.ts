/**
 * The texts in A1 that mark the sheets DealKit's pipeline operations own. They are fixed (not
 * translated) because they are how a sheet is recognised whatever its name or the workbook's language:
 * the roll-up rewrites only sheets carrying its marker, and never reads them back as a rep's pipeline.
 */
export const TEAM_PIPELINE_MARKER = 'DealKit · team pipeline · 团队商机';
export const DASHBOARD_MARKER = 'DealKit · dashboard · 仪表板';
export const HISTORY_MARKER = 'DealKit · pipeline history · 商机历史';
export const PIPELINE_CHANGE_MARKER = 'DealKit · pipeline change · 商机变化';
export const FORECAST_ACCURACY_MARKER = 'DealKit · forecast accuracy · 预测准确度';

/** Every sheet a pipeline operation writes: none of them is a rep's pipeline. */
export const PIPELINE_OUTPUT_MARKERS: readonly string[] = [TEAM_PIPELINE_MARKER, DASHBOARD_MARKER, HISTORY_MARKER, PIPELINE_CHANGE_MARKER, FORECAST_ACCURACY_MARKER];

/** True for a sheet a pipeline operation wrote (its A1 holds one of the markers above): never a rep's pipeline. */
export function isGeneratedSheet(values: readonly (readonly unknown[])[]): boolean {
  const first = values[0]?.[0];
  return typeof first === 'string' && PIPELINE_OUTPUT_MARKERS.includes(first);
}
