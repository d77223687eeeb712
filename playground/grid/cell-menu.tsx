/** The right-click menu on the cells: cut, copy, paste and clear, as a spreadsheet offers them. */
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../shared/i18n';
import { GRID_TEXT } from './grid-texts';

export type CellMenuAction = 'cut' | 'copy' | 'paste' | 'clear';

const ACTIONS: readonly CellMenuAction[] = ['cut', 'copy', 'paste', 'clear'];

export interface CellMenuProps {
  readonly x: number;
  readonly y: number;
  readonly locale: Locale;
  readonly onAction: (action: CellMenuAction) => void;
  readonly onClose: () => void;
}

export function CellMenu(props: CellMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  // The menu takes the focus when it opens, so arrows and Escape work from the keyboard at once.
  useEffect(() => menu.current?.querySelector('button')?.focus(), []);
  return (
    <div
      ref={menu}
      class="pg-cell-menu"
      role="menu"
      aria-label={GRID_TEXT.cellMenu[props.locale]}
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
      onMouseDown={(event) => event.stopPropagation()}
    >
      {ACTIONS.map((action, i) => (
        <button
          key={action}
          type="button"
          role="menuitem"
          data-menu-action={action}
          class="pg-cell-menu-item"
          onClick={() => props.onAction(action)}
          onKeyDown={(event) => {
            const items = [...(event.currentTarget.parentElement?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
            if (event.key === 'Escape') props.onClose();
            else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              items[(i + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
            }
          }}
        >
          {GRID_TEXT[action][props.locale]}
        </button>
      ))}
    </div>
  );
}
