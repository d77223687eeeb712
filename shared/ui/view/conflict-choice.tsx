import type { SaveConflict } from '../../workbook/save-conflict';
import { useLocaleTools } from './locale-context';

/**
 * A save refused because someone else changed its cells since the wizard read them: each cell as
 * read, as it is now and as the wizard has it, and the rep's two choices. Cell text goes in as text.
 */
export function ConflictChoice(props: { conflicts: readonly SaveConflict[]; onKeep: () => void; onOverwrite: () => void; busy: boolean }) {
  const { t } = useLocaleTools();
  if (props.conflicts.length === 0) return null;
  const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? t('nextStepEmpty') : String(value));
  return (
    <div class="dk-warning" role="alert" data-warning="save-conflict">
      <p>{t('conflictTitle')}</p>
      <ul>
        {props.conflicts.map((conflict) => (
          <li key={conflict.cell} data-conflict={conflict.cell}>
            {t('conflictLine', { cell: conflict.cell, read: shown(conflict.read), now: shown(conflict.now), wizard: shown(conflict.wizard) })}
          </li>
        ))}
      </ul>
      <div class="dk-nav">
        <button type="button" class="dk-button" data-action="keep-sheet-values" onClick={props.onKeep} disabled={props.busy}>
          {t('keepSheetValues')}
        </button>
        <button type="button" class="dk-button dk-primary" data-action="save-mine-over" onClick={props.onOverwrite} disabled={props.busy}>
          {t('saveMineOver')}
        </button>
      </div>
    </div>
  );
}
