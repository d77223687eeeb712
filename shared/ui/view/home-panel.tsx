import type { Panel } from '../app-state';
import type { UiTextId } from '../texts';
import { useLocaleTools } from './locale-context';
import { StepHeading } from './step-heading';

const ENTRIES: readonly { panel: Panel; title: UiTextId; hint: UiTextId }[] = [
  { panel: 'qualify', title: 'panelQualify', hint: 'panelQualifyHint' },
  { panel: 'value', title: 'panelValue', hint: 'panelValueHint' },
  { panel: 'deal', title: 'panelDeal', hint: 'panelDealHint' },
  { panel: 'templates', title: 'panelInsert', hint: 'panelInsertHint' },
  { panel: 'team', title: 'panelTeam', hint: 'panelTeamHint' },
  { panel: 'settings', title: 'panelSettings', hint: 'panelSettingsHint' },
];

export function HomePanel(props: { onOpen: (panel: Panel) => void }) {
  const { t } = useLocaleTools();
  return (
    <section class="dk-panel">
      <StepHeading stepKey="home">{t('appTitle')}</StepHeading>
      <ul class="dk-menu">
        {ENTRIES.map((entry) => (
          <li key={entry.panel}>
            <button type="button" class="dk-menu-item" data-panel={entry.panel} onClick={() => props.onOpen(entry.panel)}>
              <span class="dk-menu-title">{t(entry.title)}</span>
              <span class="dk-menu-hint">{t(entry.hint)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
