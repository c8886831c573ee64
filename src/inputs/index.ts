export * from './fields.ts';
export * from './derived.ts';
