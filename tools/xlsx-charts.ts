/**
 * A plan's charts as DrawingML parts of an .xlsx file, which ExcelJS cannot write: one chart part
 * (xl/charts/chartN.xml) per chart, one drawing part per sheet that anchors them at their cells, the
 * relationships that tie sheet → drawing → chart, and their content types. The series reference the
 * sheet's cells, so whichever program opens the file draws them from the values it computes.
 * Funnel and waterfall have no DrawingML chart type: they are written as the clustered bar or column
 * chart the Excel applier draws where Excel lacks them, titled the same way.
 */
import type JSZip from 'jszip';
import { absoluteA1, quoteSheetName, type CellBox } from '../shared/a1';
import { chartCells } from '../shared/chart-cells';
import { seriesColour } from '../shared/chart-colours';
import { classicChartKind, fallbackChartTitle } from '../shared/chart-fallback';
import type { ResolvedChart, ResolvedPlan } from '../shared/plan-resolve';

const NS = {
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;
const CHART_RELATIONSHIP = `${NS.relationships}/chart`;
const DRAWING_RELATIONSHIP = `${NS.relationships}/drawing`;
const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A chart Excel inserts without a size: 5 by 3 inches. */
const DEFAULT_CHART_SIZE = { width: 480, height: 288 } as const;
const EMU_PER_PIXEL = 9525;
/** The sheet elements a <drawing> must precede (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function reference(sheetName: string, box: CellBox): string {
  return escapeXml(`${quoteSheetName(sheetName)}!${absoluteA1(box)}`);
}

function solidFill(hex: string): string {
  return `<a:solidFill><a:srgbClr val="${hex.replace('#', '').toUpperCase()}"/></a:solidFill>`;
}

/** The title the file shows: the planned one, or the stand-in's that says what it stands for. */
export function xlsxChartTitle(chart: Pick<ResolvedChart, 'kind' | 'title'>): string {
  return classicChartKind(chart.kind) === chart.kind ? chart.title : fallbackChartTitle(chart.title, chart.kind);
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

const CATEGORY_AXIS_ID = 500_100;
const VALUE_AXIS_ID = 500_200;

function axesXml(horizontal: boolean): string {
  const common = (position: string) => `<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${position}"/>`;
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/>${common(horizontal ? 'l' : 'b')}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/>${common(horizontal ? 'b' : 'l')}<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** A scatter's two value axes: x along the bottom, y up the left. */
function valueAxesXml(): string {
  const axis = (id: number, position: string, cross: number, grid: boolean) =>
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${position}"/>${grid ? '<c:majorGridlines/>' : ''}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`;
  return axis(CATEGORY_AXIS_ID, 'b', VALUE_AXIS_ID, false) + axis(VALUE_AXIS_ID, 'l', CATEGORY_AXIS_ID, true);
}

/** The chart part of one chart on the named sheet; undefined when its source holds nothing to draw. */
export function chartPartXml(chart: ResolvedChart, sheetName: string): string | undefined {
  const cells = chartCells(chart);
  if (!cells) return undefined;
  const kind = classicChartKind(chart.kind);
  const categories = `<c:cat><c:strRef><c:f>${reference(sheetName, cells.categories)}</c:f></c:strRef></c:cat>`;
  const series = cells.series.map((s, i) => {
    const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${reference(sheetName, s.name)}</c:f></c:strRef></c:tx>`;
    const values = `<c:val><c:numRef><c:f>${reference(sheetName, s.values)}</c:f></c:numRef></c:val>`;
    const colour = seriesColour(i);
    if (kind === 'line') {
      return `<c:ser>${head}<c:spPr><a:ln w="28575">${solidFill(colour)}</a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${categories}${values}<c:smooth val="0"/></c:ser>`;
    }
    if (kind === 'scatter') {
      // Markers only: a line between people joined only by their attitude would mean nothing.
      const xValues = `<c:xVal><c:numRef><c:f>${reference(sheetName, cells.categories)}</c:f></c:numRef></c:xVal>`;
      const yValues = `<c:yVal><c:numRef><c:f>${reference(sheetName, s.values)}</c:f></c:numRef></c:yVal>`;
      return `<c:ser>${head}<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solidFill(colour)}</c:spPr></c:marker>${xValues}${yValues}<c:smooth val="0"/></c:ser>`;
    }
    if (kind === 'pie') {
      const slices = Array.from({ length: cells.categories.height }, (_, p) => `<c:dPt><c:idx val="${p}"/><c:bubble3D val="0"/><c:spPr>${solidFill(seriesColour(p))}</c:spPr></c:dPt>`);
      return `<c:ser>${head}${slices.join('')}${categories}${values}</c:ser>`;
    }
    return `<c:ser>${head}<c:spPr>${solidFill(colour)}</c:spPr><c:invertIfNegative val="0"/>${categories}${values}</c:ser>`;
  });
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  const plot =
    kind === 'scatter'
      ? `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series.join('')}${axisIds}</c:scatterChart>${valueAxesXml()}`
      : kind === 'pie'
        ? `<c:pieChart><c:varyColors val="1"/>${series.join('')}<c:firstSliceAng val="0"/></c:pieChart>`
        : kind === 'line'
          ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}<c:marker val="1"/>${axisIds}</c:lineChart>${axesXml(false)}`
          : `<c:barChart><c:barDir val="${kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="150"/>${axisIds}</c:barChart>${axesXml(kind === 'bar')}`;
  // One series names itself in the title; a legend is for telling several apart, or a pie's slices.
  const legend = kind === 'pie' || cells.series.length > 1 ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : '';
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawing}" xmlns:r="${NS.relationships}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(xlsxChartTitle(chart))}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:spPr>${solidFill('#FFFFFF')}<a:ln w="9525">${solidFill('#D9D9D9')}</a:ln></c:spPr>` +
    '</c:chartSpace>'
  );
}

interface AnchoredChart {
  readonly chart: ResolvedChart;
  readonly relationshipId: string;
}

/**
 * The drawing part of one sheet: each chart's top-left corner at its anchor cell, sized in pixels
 * rather than to a far cell, so it keeps its planned size whatever width a program gives the columns.
 */
export function drawingPartXml(charts: readonly AnchoredChart[]): string {
  const anchors = charts.map(({ chart, relationshipId }, i) => {
    const width = chart.width ?? DEFAULT_CHART_SIZE.width;
    const height = chart.height ?? DEFAULT_CHART_SIZE.height;
    const extent = `cx="${width * EMU_PER_PIXEL}" cy="${height * EMU_PER_PIXEL}"`;
    return (
      '<xdr:oneCellAnchor>' +
      `<xdr:from><xdr:col>${chart.anchor.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext ${extent}/><xdr:graphicFrame macro="">` +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(xlsxChartTitle(chart))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext ${extent}/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${relationshipId}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>'
    );
  });
  return XML_DECLARATION + `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawing}" xmlns:r="${NS.relationships}">${anchors.join('')}</xdr:wsDr>`;
}

function relationshipsXml(relationships: readonly { id: string; type: string; target: string }[]): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('');
  return XML_DECLARATION + `<Relationships xmlns="${NS.packageRelationships}">${items}</Relationships>`;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing from the workbook`);
  return file.async('string');
}

/** Sheet name → path of its part, read from the workbook part and its relationships. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const [, attrs] of rels.matchAll(/<Relationship ([^>]*?)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const [, attrs] of workbook.matchAll(/<sheet ([^>]*?)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const id = /\br:id="([^"]*)"/.exec(attrs)?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) paths.set(unescapeXml(name), path);
  }
  return paths;
}

function insertDrawing(sheetXml: string, relationshipId: string): string {
  const element = `<drawing r:id="${relationshipId}"/>`;
  for (const tag of AFTER_DRAWING) {
    const at = sheetXml.search(new RegExp(`<${tag}[\\s>/]`));
    if (at >= 0) return sheetXml.slice(0, at) + element + sheetXml.slice(at);
  }
  return sheetXml.replace('</worksheet>', `${element}</worksheet>`);
}

const SHEET_DRAWING_ID = 'rIdDealKitDrawing';

/**
 * Adds every chart of a resolved plan to the ExcelJS-written file in `zip` (the file must hold the
 * plan's sheets by their resolved names). Returns how many charts were written.
 */
export async function writeChartParts(zip: JSZip, resolved: ResolvedPlan): Promise<number> {
  const paths = await sheetPaths(zip);
  const overrides: string[] = [];
  let chartCount = 0;
  let drawingCount = 0;
  for (const sheet of resolved.sheets) {
    const parts = sheet.charts.flatMap((chart) => {
      const xml = chartPartXml(chart, sheet.name);
      return xml === undefined ? [] : [{ chart, xml }];
    });
    if (parts.length === 0) continue;
    const sheetPath = paths.get(sheet.name);
    if (!sheetPath) throw new Error(`sheet ${sheet.name} is missing from the workbook`);
    drawingCount += 1;
    const drawingPath = `xl/drawings/drawing${drawingCount}.xml`;
    const anchored = parts.map(({ chart, xml }, i) => {
      chartCount += 1;
      const chartPath = `xl/charts/chart${chartCount}.xml`;
      zip.file(chartPath, xml);
      overrides.push(`<Override PartName="/${chartPath}" ContentType="${CHART_CONTENT_TYPE}"/>`);
      return { chart, relationshipId: `rId${i + 1}`, target: `../charts/chart${chartCount}.xml` };
    });
    zip.file(drawingPath, drawingPartXml(anchored));
    zip.file(`xl/drawings/_rels/drawing${drawingCount}.xml.rels`, relationshipsXml(anchored.map((a) => ({ id: a.relationshipId, type: CHART_RELATIONSHIP, target: a.target }))));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${DRAWING_CONTENT_TYPE}"/>`);

    const sheetFile = sheetPath.slice(sheetPath.lastIndexOf('/') + 1);
    const sheetRelsPath = `${sheetPath.slice(0, sheetPath.lastIndexOf('/'))}/_rels/${sheetFile}.rels`;
    const drawingRelationship = `<Relationship Id="${SHEET_DRAWING_ID}" Type="${DRAWING_RELATIONSHIP}" Target="../drawings/drawing${drawingCount}.xml"/>`;
    const existingRels = zip.file(sheetRelsPath);
    zip.file(
      sheetRelsPath,
      existingRels
        ? (await existingRels.async('string')).replace('</Relationships>', `${drawingRelationship}</Relationships>`)
        : relationshipsXml([]).replace('</Relationships>', `${drawingRelationship}</Relationships>`),
    );
    zip.file(sheetPath, insertDrawing(await text(zip, sheetPath), SHEET_DRAWING_ID));
  }
  if (overrides.length > 0) {
    const types = await text(zip, '[Content_Types].xml');
    zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  }
  return chartCount;
}
