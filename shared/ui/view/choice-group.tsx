import { useRef } from 'preact/hooks';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Extra class for colour coding (favourable / unfavourable / unknown). */
  readonly tone?: string;
}

/**
 * A set of mutually exclusive buttons that behaves like a radio group: one tab stop, arrow keys
 * (and Home / End) move the choice, Enter or Space on a button picks it.
 */
export function ChoiceGroup<T extends string>(props: { label: string; choices: readonly Choice<T>[]; value: T | null; onChange: (value: T) => void; name?: string }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = props.choices.findIndex((choice) => choice.value === props.value);
  const tabStop = selectedIndex >= 0 ? selectedIndex : 0;

  const moveTo = (index: number) => {
    const count = props.choices.length;
    const target = ((index % count) + count) % count;
    props.onChange(props.choices[target].value);
    refs.current[target]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        event.preventDefault();
        moveTo(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        event.preventDefault();
        moveTo(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        moveTo(0);
        break;
      case 'End':
        event.preventDefault();
        moveTo(props.choices.length - 1);
        break;
    }
  };

  return (
    <div class="dk-choices" role="radiogroup" aria-label={props.label} data-name={props.name}>
      {props.choices.map((choice, index) => (
        <button
          type="button"
          key={choice.value}
          ref={(element) => {
            refs.current[index] = element;
          }}
          role="radio"
          aria-checked={choice.value === props.value}
          tabIndex={index === tabStop ? 0 : -1}
          class={`dk-choice${choice.tone ? ` dk-tone-${choice.tone}` : ''}${choice.value === props.value ? ' is-selected' : ''}`}
          data-value={choice.value}
          onClick={() => props.onChange(choice.value)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
