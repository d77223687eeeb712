export * from './settings';
export * from './ratings';
export * from './assessment';
export * from './value';
export * from './control';
export * from './grade';
export * from './stage-table';
export * from './pipeline';
