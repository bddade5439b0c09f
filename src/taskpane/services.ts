/** Lazy access to the adapter and core (see services-impl.ts); the chunk is fetched once. */
export type Services = typeof import('./services-impl');

let loading: Promise<Services> | null = null;

export function loadServices(): Promise<Services> {
  if (!loading) {
    loading = import(/* webpackChunkName: "services" */ './services-impl');
    // A failed fetch (e.g. network lost) may be retried by the next caller.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
