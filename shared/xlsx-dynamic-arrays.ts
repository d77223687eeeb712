/**
 * ExcelJS cannot mark a formula as a dynamic array. This adds the sheet-metadata part Excel 365 writes
 * for them and points every one-cell array formula at it (cm="1"), so DealKit's block results spill
 * when the file is opened in Excel with the add-in. Bytes in, bytes out: the build and the
 * playground's download both use it.
 */
import JSZip from 'jszip';

const DYNAMIC_ARRAY_METADATA = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

export async function markDynamicArrayFormulas(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  await markDynamicArraysInZip(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The same on a file already open as a zip (the build adds its chart parts to the same one). */
export async function markDynamicArraysInZip(zip: JSZip): Promise<void> {
  let marked = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    const next = xml.replace(/<c r="([A-Z]+\d+)"([^>]*)><f t="array" ref="\1"/g, (_m, ref: string, attrs: string) => {
      marked += 1;
      return `<c r="${ref}"${attrs.replace(/ cm="\d+"/, '')} cm="1"><f t="array" ref="${ref}"`;
    });
    if (next !== xml) zip.file(path, next);
  }
  if (marked > 0 && !zip.file('xl/metadata.xml')) {
    zip.file('xl/metadata.xml', DYNAMIC_ARRAY_METADATA);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace('</Types>', '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>'),
    );
    const relsPath = 'xl/_rels/workbook.xml.rels';
    const rels = await zip.file(relsPath)!.async('string');
    zip.file(
      relsPath,
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdDealKitMetadata" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>',
      ),
    );
  }
}
