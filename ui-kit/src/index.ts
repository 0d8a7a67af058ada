export * from './forms';
export * from './roles';
