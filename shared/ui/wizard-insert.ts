import type { MethodId } from '../methods/types';
import type { InsertTemplateRequest, TemplateSummary } from '../workbook/backend';

/** The Insert-template panel as a pure reducer: pick a template (and a method when it has versions), insert. */

export interface InsertState {
  readonly templates: readonly TemplateSummary[];
  readonly selected: string | null;
  readonly method: MethodId | null;
  /** Name of the sheet the last insertion created. */
  readonly inserted: string | null;
}

export type InsertAction =
  | { readonly type: 'loaded'; readonly templates: readonly TemplateSummary[] }
  | { readonly type: 'select'; readonly id: string }
  | { readonly type: 'chooseMethod'; readonly method: MethodId }
  | { readonly type: 'inserted'; readonly sheetName: string };

export const INITIAL_INSERT_STATE: InsertState = { templates: [], selected: null, method: null, inserted: null };

export function selectedTemplate(state: InsertState): TemplateSummary | null {
  return state.templates.find((template) => template.id === state.selected) ?? null;
}

export function insertReducer(state: InsertState, action: InsertAction): InsertState {
  switch (action.type) {
    case 'loaded': {
      const stillThere = action.templates.some((template) => template.id === state.selected);
      return { ...state, templates: action.templates, selected: stillThere ? state.selected : null };
    }
    case 'select': {
      const template = state.templates.find((candidate) => candidate.id === action.id);
      if (!template) return state;
      const methods = template.methods ?? [];
      const method = state.method !== null && methods.includes(state.method) ? state.method : (methods[0] ?? null);
      return { ...state, selected: template.id, method, inserted: null };
    }
    case 'chooseMethod': {
      const methods = selectedTemplate(state)?.methods ?? [];
      return methods.includes(action.method) ? { ...state, method: action.method, inserted: null } : state;
    }
    case 'inserted':
      return { ...state, inserted: action.sheetName };
  }
}

/** The request for the chosen template (inserted in the UI's language); null until one is chosen. */
export function insertRequest(state: InsertState): InsertTemplateRequest | null {
  const template = selectedTemplate(state);
  if (!template) return null;
  return template.methods && template.methods.length > 0 && state.method !== null ? { id: template.id, method: state.method } : { id: template.id };
}
