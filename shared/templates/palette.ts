/**
 * Colours every template shares, so inputs, headers and traffic lights look the same on every sheet.
 * The traffic lights are the familiar spreadsheet good / neutral / bad fills.
 */
export const PALETTE = {
  title: '#1F3864',
  headerFill: '#DCE6F1',
  sectionFill: '#1F3864',
  sectionFont: '#FFFFFF',
  /** Cells the user fills in. */
  inputFill: '#FFFBEA',
  /** Formula results the user reads. */
  resultFill: '#F2F2F2',
  muted: '#7F7F7F',
  greenFill: '#C6EFCE',
  greenFont: '#006100',
  amberFill: '#FFEB9C',
  amberFont: '#9C5700',
  redFill: '#FFC7CE',
  redFont: '#9C0006',
  blueFill: '#DDEBF7',
  blueFont: '#1F4E78',
} as const;

export type Light = 'green' | 'amber' | 'red' | 'blue';

export function lightColours(light: Light): { fill: string; fontColor: string } {
  switch (light) {
    case 'green':
      return { fill: PALETTE.greenFill, fontColor: PALETTE.greenFont };
    case 'amber':
      return { fill: PALETTE.amberFill, fontColor: PALETTE.amberFont };
    case 'red':
      return { fill: PALETTE.redFill, fontColor: PALETTE.redFont };
    case 'blue':
      return { fill: PALETTE.blueFill, fontColor: PALETTE.blueFont };
  }
}
