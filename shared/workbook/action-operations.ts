import { addActionsPlan, ACTION_LIST_SHEET_KEY, type ActionsAdded, type AddActionsRequest } from '../deals/add-actions';
import { sheetNameOf, type Operation } from './operation';
import { listShape, nullableShape, objectShape, textShape } from './request-shape';

/**
 * Adding actions to a deal's action list, offered by the Qualify wizard (one per gap) and the
 * Update-a-deal wizard (one per review answer). It reads every sheet: the deal's list may be on its
 * action plan, on a rep's own Actions sheet, or nowhere yet, and the pipeline names the deal's rep.
 */

export const ADD_ACTIONS_SHAPE = objectShape({
  dealId: textShape(),
  sheetName: nullableShape(textShape()),
  actions: listShape(objectShape({ action: textShape(), owner: textShape(), due: textShape(), source: textShape() })),
});

const addActions: Operation<[request: AddActionsRequest], ActionsAdded> = {
  takes: [['request', ADD_ACTIONS_SHAPE]],
  reads: () => ({ sheets: 'all' }),
  writes: true,
  run: ([request], reading, locale) => {
    const outcome = addActionsPlan(request, reading.sheets, locale);
    return {
      plan: outcome.plan,
      answer: (resolved) => ({
        dealId: outcome.dealId,
        sheetName: outcome.sheetName ?? sheetNameOf(resolved, ACTION_LIST_SHEET_KEY),
        created: outcome.sheetName === undefined,
        rows: outcome.rows,
      }),
    };
  },
};

export const ACTION_OPERATIONS = { addActions } as const;
