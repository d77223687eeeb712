export * from './types';
export { CATALOG, findFunction } from './catalog';
export { defaultCallContext, INTERNAL_SUBJECT, invokeEntry, invokeFunction } from './invoke';
export { hostError, isHostError, type HostErrorValue } from './coerce';
export { exampleFormula } from './formula-text';
