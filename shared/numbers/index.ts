export * from './decimal-mark';
export * from './max-amount';
export * from './read-number';
