export * from './parse.js';
export * from './format.js';
export * from './interval.js';
