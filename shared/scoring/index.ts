export * from './settings';
export * from './ratings';
export * from './assessment';
export * from './value';
