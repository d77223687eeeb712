/**
 * Saved workbooks hold DealKit's functions by namespace and id (`_xldudf_DEAL_QUALIFY` in an Excel
 * file, `QUALIFY` in Google Sheets): removing or renaming one turns every saved cell that calls it into
 * #NAME?. This list is written out by hand on purpose; adding a function is fine, changing a line is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../shared/functions/catalog';
import { functionsJson } from '../../tools/catalog-artifacts';
import { REPO_ROOT } from '../helpers/dist';

const NAMESPACE = 'DEAL';

const PUBLISHED_IDS = [
  'QUALIFY',
  'ASSESSMENT',
  'GAPS',
  'CONTROL',
  'STRATEGY',
  'SUPPORT',
  'RELATIONSHIP_RISKS',
  'WINPROB',
  'WEIGHTED',
  'FORECAST_CATEGORY',
  'FUNNEL',
  'STALLED',
  'EVIDENCED_STAGE',
  'FORECAST_RANGE',
  'FORECAST_ACCURACY',
  'NETVALUE',
  'ROI',
  'PAYBACK',
  'VALUE_STATEMENT',
  'DEAL_GRADE',
  'VELOCITY',
  'PIPELINE_COVERAGE',
  'STAGE_CONVERSION',
] as const;

describe('published function ids', () => {
  it('keeps every published id in the catalog, spelled the same', () => {
    const catalog = new Set(CATALOG.map((entry) => entry.name));
    expect(PUBLISHED_IDS.filter((id) => !catalog.has(id))).toEqual([]);
  });

  it("gives Excel's metadata the same ids and names, so Excel resolves the stored _xldudf_DEAL_<ID>", () => {
    const functions = (functionsJson('en') as { functions: { id: string; name: string }[] }).functions;
    const byId = new Map(functions.map((f) => [f.id, f.name]));
    expect(PUBLISHED_IDS.filter((id) => byId.get(id) !== id)).toEqual([]);
  });

  it(`keeps the manifest's custom-functions namespace ${NAMESPACE}`, () => {
    const manifest = readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8');
    const resid = /<Namespace resid="([^"]+)"\s*\/>/.exec(manifest)?.[1];
    expect(resid).toBeDefined();
    expect(new RegExp(`<bt:String id="${resid}" DefaultValue="([^"]*)"`).exec(manifest)?.[1]).toBe(NAMESPACE);
  });
});
