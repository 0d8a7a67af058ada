export * from './forms';
export * from './roles';
export * from './consultation';
