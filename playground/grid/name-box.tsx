/** The name box: shows the active cell's address; type an address or a name and Enter to go there. */
import { useState } from 'preact/hooks';
import type { Locale } from '../../shared/i18n';
import { GRID_TEXT } from './grid-texts';

export interface NameBoxProps {
  readonly address: string;
  readonly locale: Locale;
  readonly onGo: (typed: string) => void;
  /** Escape: back to the cells, nothing changed. */
  readonly onLeave: () => void;
}

export function NameBox(props: NameBoxProps) {
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <input
      class="pg-name-box"
      data-address={props.address}
      aria-label={GRID_TEXT.nameBox[props.locale]}
      value={typed ?? props.address}
      autocomplete="off"
      spellcheck={false}
      onFocus={(event) => {
        setTyped(props.address);
        event.currentTarget.select();
      }}
      onInput={(event) => setTyped(event.currentTarget.value)}
      onBlur={() => setTyped(null)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          props.onGo(event.currentTarget.value);
        } else if (event.key === 'Escape') {
          setTyped(null);
          props.onLeave();
        }
      }}
    />
  );
}
