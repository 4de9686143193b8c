export * from './location.js';
export * from './document.js';
