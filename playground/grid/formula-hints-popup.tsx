/**
 * The list of functions matching the name being typed (the highlighted one's description under it) and
 * the argument help of the function being typed, its current argument in bold.
 */
import type { Locale } from '../../shared/i18n';
import type { ArgumentHint, FunctionSuggestion } from './formula-hints';
import { GRID_TEXT } from './grid-texts';

export interface FormulaHintsProps {
  readonly suggestions: readonly FunctionSuggestion[];
  readonly highlighted: number;
  readonly argument: ArgumentHint | null;
  readonly locale: Locale;
  readonly onPick: (name: string) => void;
  readonly style: Record<string, string>;
}

export function FormulaHintsPopup(props: FormulaHintsProps) {
  const { suggestions, highlighted, argument, locale } = props;
  if (suggestions.length === 0 && !argument) return null;
  const chosen = suggestions[highlighted];
  return (
    <div class="pg-hints" style={props.style} lang={locale}>
      {suggestions.length > 0 ? (
        <div>
          <ul class="pg-hint-list" role="listbox" aria-label={GRID_TEXT.functions[locale]}>
            {suggestions.map((item, i) => (
              <li
                key={item.name}
                role="option"
                aria-selected={i === highlighted}
                data-function={item.name}
                class={`pg-hint${i === highlighted ? ' is-highlighted' : ''}`}
                // Keep the focus (and the typed text) in the editor: the click only picks.
                onMouseDown={(event) => {
                  event.preventDefault();
                  props.onPick(item.name);
                }}
              >
                {item.name}
              </li>
            ))}
          </ul>
          {chosen?.description ? <p class="pg-hint-description">{chosen.description}</p> : null}
          <p class="pg-hint-keys">{GRID_TEXT.acceptHint[locale]}</p>
        </div>
      ) : null}
      {argument ? (
        <div class="pg-arg-hint" data-argument-hint={argument.name}>
          <p class="pg-arg-signature">
            {argument.name}(
            {argument.params.map((param, i) => (
              <span key={param.label}>
                {i > 0 ? ', ' : ''}
                {param.current ? <strong>{param.label}</strong> : param.label}
              </span>
            ))}
            )
          </p>
          {suggestions.length === 0 ? <p class="pg-hint-description">{argument.description}</p> : null}
          {argument.help ? <p class="pg-arg-help">{argument.help}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
