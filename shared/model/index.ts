export * from './schema.ts';
export type * from './types.ts';
export { emptyDocument } from './empty.ts';
