import type { InsertAction, InsertState } from '../wizard-insert';
import { selectedTemplate } from '../wizard-insert';
import { ChoiceGroup } from './choice-group';
import { useLocaleTools } from './locale-context';
import { StepHeading } from './step-heading';
import type { MethodId } from '../../methods/types';

export function InsertPanel(props: { state: InsertState; send: (action: InsertAction) => void; onInsert: () => void; busy: boolean }) {
  const { t, tx } = useLocaleTools();
  const chosen = selectedTemplate(props.state);
  return (
    <section class="dk-panel" aria-label={t('panelInsert')}>
      <StepHeading stepKey="templates">{t('templatesTitle')}</StepHeading>
      <ul class="dk-menu">
        {props.state.templates.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              class={`dk-menu-item${template.id === props.state.selected ? ' is-selected' : ''}`}
              aria-pressed={template.id === props.state.selected}
              data-template={template.id}
              onClick={() => props.send({ type: 'select', id: template.id })}
            >
              <span class="dk-menu-title">{tx(template.name)}</span>
              <span class="dk-menu-hint">{tx(template.description)}</span>
            </button>
          </li>
        ))}
      </ul>
      {chosen && chosen.methods && chosen.methods.length > 0 ? (
        <div class="dk-rating-row">
          <span class="dk-rating-label">{t('method')}</span>
          <ChoiceGroup<MethodId>
            name="template-method"
            label={t('method')}
            choices={chosen.methods.map((method) => ({ value: method, label: method }))}
            value={props.state.method}
            onChange={(method) => props.send({ type: 'chooseMethod', method })}
          />
        </div>
      ) : null}
      <div class="dk-nav">
        <button type="button" class="dk-button dk-primary" data-action="insert-template" onClick={props.onInsert} disabled={props.busy || !chosen}>
          {t('insert')}
        </button>
      </div>
    </section>
  );
}
