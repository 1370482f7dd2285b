/** Browser mode: the server's printed URL hands the per-run token to the page once, in the hash. */
export const TOKEN_STORAGE_KEY = 'verbatim-token';

type TokenEnv = {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
};

/**
 * Reads the token from `#token=…` (then keeps it in sessionStorage and removes it from the address
 * bar, so that it is neither bookmarked nor shown, while a reload still works), else from storage.
 */
export function takeToken(env: TokenEnv): string | null {
  const params = new URLSearchParams(env.location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash) {
    try {
      env.storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage may be disabled; the token still works for this page's life.
    }
    env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}`);
    return fromHash;
  }
  try {
    return env.storage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
