import { useLocaleTools } from './locale-context';

/** One line while the wizard's sheet changed under unsaved answers: they stay unless the rep reloads. */
export function SheetChangedNotice(props: { shown: boolean; onReload: () => void; busy: boolean }) {
  const { t } = useLocaleTools();
  if (!props.shown) return null;
  return (
    <p class="dk-notice" role="status" data-notice="sheet-changed">
      {t('sheetChanged')}{' '}
      <button type="button" class="dk-link" data-action="reload-from-sheet" onClick={props.onReload} disabled={props.busy}>
        {t('reloadFromSheet')}
      </button>
    </p>
  );
}
