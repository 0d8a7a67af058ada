/**
 * An object whose properties are built on first read, once. The per-request context lists every
 * module's loaders and services; a request builds only those it uses (profiling showed building them
 * all cost several percent of a portal query's CPU).
 */
export function lazy<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const target = {} as T;
  for (const key of Object.keys(factories) as (keyof T)[]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = factories[key]();
        Object.defineProperty(target, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return target;
}
