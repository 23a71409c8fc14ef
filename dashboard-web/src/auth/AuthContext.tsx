import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, NetworkError, onUnauthorized, ProblemError } from '../api/client';
import { fetchMe, type Me, type OidcConfig } from './authApi';
import { clearCredential, loadCredential, saveCredential, type Credential } from './credential';
import { completeSso, isSsoCallback, startSso } from './oidc';

/** Where the dashboard's sign-in stands. */
export type AuthState =
  | { status: 'checking' }
  /** `reason` says why a signed-in session ended, or why a sign-in failed before the form could show it. */
  | { status: 'signedOut'; reason?: string }
  | { status: 'signedIn'; me: Me; credential: Credential }
  /** A stored credential could not be checked: the gateway did not answer, or answered with something else than 401. */
  | { status: 'unverified'; error: ApiError };

export interface Auth {
  state: AuthState;
  /** Checks the key with the gateway and keeps it; rejects with the gateway's problem when it refuses it. */
  signInWithKey: (key: string) => Promise<void>;
  /** Leaves for the identity provider. */
  signInWithSso: (config: OidcConfig) => Promise<void>;
  signOut: () => void;
  /** Checks the stored credential again, after the gateway could not be reached. */
  recheck: () => void;
}

const AuthContext = createContext<Auth | undefined>(undefined);

const SESSION_ENDED = 'The gateway no longer accepts your credential (revoked or expired): sign in again.';

/**
 * Checks the stored credential, or finishes the SSO redirect the page was opened by. main.tsx starts it before React
 * renders, so the gateway is asked while the page is still evaluating its scripts, and only once.
 */
export function checkSignIn(): Promise<AuthState> {
  return establish();
}

/**
 * Holds who is signed in: `firstCheck` (from {@link checkSignIn}) when given, otherwise a check started when it
 * mounts; `recheck` starts another.
 */
export function AuthProvider({ children, firstCheck }: { children: ReactNode; firstCheck?: Promise<AuthState> }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const check = round === 0 && firstCheck ? firstCheck : establish(controller.signal);
    void check.then((next) => {
      if (!controller.signal.aborted) setState(next);
    });
    return () => controller.abort();
  }, [round, firstCheck]);

  useEffect(
    () =>
      onUnauthorized(() => {
        clearCredential();
        setState({ status: 'signedOut', reason: SESSION_ENDED });
      }),
    [],
  );

  const signInWithKey = useCallback(async (key: string) => {
    const credential: Credential = { kind: 'apiKey', key: key.trim() };
    const me = await fetchMe(credential);
    saveCredential(credential);
    setState({ status: 'signedIn', me, credential });
  }, []);

  const signInWithSso = useCallback((config: OidcConfig) => startSso(config, window.location.hash || '#/overview'), []);

  const signOut = useCallback(() => {
    clearCredential();
    setState({ status: 'signedOut' });
  }, []);

  const recheck = useCallback(() => {
    setState({ status: 'checking' });
    setRound((r) => r + 1);
  }, []);

  const auth = useMemo(() => ({ state, signInWithKey, signInWithSso, signOut, recheck }), [state, signInWithKey, signInWithSso, signOut, recheck]);
  return <AuthContext value={auth}>{children}</AuthContext>;
}

async function establish(signal?: AbortSignal): Promise<AuthState> {
  if (isSsoCallback()) {
    try {
      const { accessToken, returnTo } = await completeSso();
      saveCredential({ kind: 'bearer', token: accessToken });
      window.history.replaceState(null, '', `${window.location.pathname}${returnTo}`);
    } catch (error) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
      const reason = error instanceof Error ? error.message : String(error);
      return { status: 'signedOut', reason: `Single sign-on failed: ${reason}` };
    }
  }
  const credential = loadCredential();
  if (!credential) return { status: 'signedOut' };
  try {
    return { status: 'signedIn', me: await fetchMe(credential, signal), credential };
  } catch (error) {
    if (error instanceof ProblemError && (error.status === 401 || error.status === 403)) {
      clearCredential();
      return { status: 'signedOut', reason: SESSION_ENDED };
    }
    return { status: 'unverified', error: error instanceof ApiError ? error : new NetworkError(error) };
  }
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an <AuthProvider> above it');
  return auth;
}

/** The signed-in caller; only for components shown when signed in. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signedIn') throw new Error('useMe is for components shown only when signed in');
  return state.me;
}
