export * from './types';
export * from './key-questions';
export * from './ladders';
export * from './tas';
export * from './signature';
export * from './ppvvc';
export * from './question-sets';
