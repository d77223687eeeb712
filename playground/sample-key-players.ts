/**
 * The sample's key-player map of deal D-101 (Northwind Logistics, on the first pipeline sheet): its
 * Deal ID joins it to that row, and its decision maker — neutral, last seen in October — is what the
 * Dashboard lists after a roll-up.
 */
import type { PlanValue } from '../shared/plan';
import { serialFromParts } from '../shared/pipeline/dates';
import { buildTemplate, type KeyPlayersLayout } from '../shared/templates';
import { ATTITUDES, CONTACT_LEVELS, PLAYER_LAYERS, SIGNATURE_BUYING_ROLES } from '../shared/methods/key-players';
import { RELATIONSHIP_STAGES } from '../shared/methods/key-player-guide';
import { playerDropdown } from '../shared/templates/player-words';
import type { Term } from '../shared/methods/types';
import type { PlaygroundWorkbook } from './playground-workbook';

export const SAMPLE_KEY_PLAYERS_DEAL = 'D-101';

interface SamplePlayer {
  readonly name: string;
  readonly title: string;
  readonly role: string;
  readonly layer: string;
  readonly attitude: string;
  readonly target: string;
  readonly contact: string;
  readonly last: [number, number, number];
  readonly next: [number, number, number];
  readonly stage: string;
  readonly position: number;
  readonly influence: number;
}

const PLAYERS: readonly SamplePlayer[] = [
  {
    name: 'Zhou Min',
    title: 'COO',
    role: 'decisionMaker',
    layer: 'decision',
    attitude: 'neutral',
    target: 'supporter',
    contact: 'brief',
    last: [2026, 10, 12],
    next: [2026, 12, 15],
    stage: 'initial',
    position: 5,
    influence: 4,
  },
  {
    name: 'Li Hua',
    title: 'IT director',
    role: 'evaluator',
    layer: 'management',
    attitude: 'supporter',
    target: 'sponsor',
    contact: 'several',
    last: [2026, 11, 20],
    next: [2026, 12, 8],
    stage: 'middle',
    position: 3,
    influence: 4,
  },
  {
    name: 'Sun Lei',
    title: 'Warehouse manager',
    role: 'user',
    layer: 'operational',
    attitude: 'sponsor',
    target: 'sponsor',
    contact: 'deep',
    last: [2026, 11, 28],
    next: [2026, 12, 5],
    stage: 'middle',
    position: 2,
    influence: 3,
  },
  {
    name: 'Gao Jun',
    title: 'Procurement lead',
    role: 'approver',
    layer: 'management',
    attitude: 'nonSupporter',
    target: 'neutral',
    contact: 'none',
    last: [2026, 9, 30],
    next: [2026, 12, 20],
    stage: 'gestation',
    position: 3,
    influence: 2,
  },
];

function word(vocabulary: 'role' | 'layer' | 'attitude' | 'contact', terms: readonly Term[], id: string): string {
  const term = terms.find((t) => t.id === id);
  return term ? (playerDropdown(vocabulary, [term], 'en')[0] ?? '') : '';
}

export function loadSampleKeyPlayers(workbook: PlaygroundWorkbook): string {
  const build = buildTemplate('keyPlayers', { locale: 'en' });
  const layout = build.layout as KeyPlayersLayout;
  const sheet = workbook.applyPlan(build.plan).sheetNames[build.sheetKey];
  const c = layout.columns;
  const cells: { at: string; rows: PlanValue[][] }[] = [
    { at: 'B3', rows: [['Northwind Logistics']] },
    { at: layout.dealId, rows: [[SAMPLE_KEY_PLAYERS_DEAL]] },
  ];
  PLAYERS.forEach((p, i) => {
    const row = layout.firstRow + i;
    const put = (column: string, value: PlanValue): void => void cells.push({ at: `${column}${row}`, rows: [[value]] });
    put(c.name, p.name);
    put(c.title, p.title);
    put(c.role, word('role', SIGNATURE_BUYING_ROLES, p.role));
    put(c.layer, word('layer', PLAYER_LAYERS, p.layer));
    put(c.attitude, word('attitude', ATTITUDES, p.attitude));
    put(c.targetAttitude, word('attitude', ATTITUDES, p.target));
    put(c.contact, word('contact', CONTACT_LEVELS, p.contact));
    put(c.lastContact, serialFromParts(...p.last));
    put(c.nextContact, serialFromParts(...p.next));
    put(c.relationshipStage, RELATIONSHIP_STAGES.find((s) => s.id === p.stage)?.label.en ?? '');
    put(c.position, p.position);
    put(c.influence, p.influence);
  });
  workbook.applyPlan({ sheets: [{ key: 'keyPlayers', target: { kind: 'existing', name: sheet }, values: cells }] });
  return sheet;
}
