/** A dropdown cell's values as a list under the cell, chosen by click or by arrows and Enter. */
import { fill } from '../../shared/ui/texts';
import type { Locale } from '../../shared/i18n';
import { GRID_TEXT } from './grid-texts';

export interface ListPickerProps {
  readonly cell: string;
  readonly items: readonly string[];
  readonly highlighted: number;
  /** What the cell holds now: marked as chosen. */
  readonly current: string;
  readonly locale: Locale;
  readonly onPick: (value: string) => void;
  readonly style: Record<string, string>;
}

export function ListPicker(props: ListPickerProps) {
  return (
    <ul class="pg-picker" role="listbox" aria-label={fill(GRID_TEXT.allowedValues[props.locale], { cell: props.cell })} style={props.style}>
      {props.items.map((item, i) => (
        <li
          key={item}
          role="option"
          data-value={item}
          aria-selected={i === props.highlighted}
          class={`pg-picker-item${i === props.highlighted ? ' is-highlighted' : ''}${item === props.current ? ' is-current' : ''}`}
          onMouseDown={(event) => {
            event.preventDefault();
            props.onPick(item);
          }}
        >
          {item}
        </li>
      ))}
    </ul>
  );
}
