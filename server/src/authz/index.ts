/** Authorization: who may do what, where. Pure functions over the viewer; no SQL. */
export * from './permissions.js';
export * from './policy.js';
export * from './viewer.js';
