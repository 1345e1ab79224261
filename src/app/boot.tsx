import { useEffect, useState, type ReactNode } from 'react';

export interface BootProgress {
  loaded: number;
  total: number | null;
}

export type StartApi = (onProgress: (progress: BootProgress) => void) => Promise<void>;

type BootState = { status: 'loading'; progress: BootProgress | null } | { status: 'ready' } | { status: 'error'; message: string };

/**
 * Starts the data service before the app renders (the mock API needs its dataset), showing download
 * progress, and a clear error with Retry if the dataset cannot be loaded or does not fit its schema. With nothing to
 * start (`null`: a real API server, VITE_API_MOCKING=off), the app renders at once: no download, so no progress shown.
 */
export function Boot({ start, children }: { start: StartApi | null; children: ReactNode }) {
  const [state, setState] = useState<BootState>(start ? { status: 'loading', progress: null } : { status: 'ready' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!start) return;
    let current = true;
    const update = (next: BootState) => current && setState(next);
    start((progress) => update({ status: 'loading', progress }))
      .then(() => update({ status: 'ready' }))
      .catch((error: unknown) => update({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [start, attempt]);

  const retry = () => {
    setState({ status: 'loading', progress: null });
    setAttempt((n) => n + 1);
  };

  if (state.status === 'ready') return children;
  return (
    <main className="boot" id="main">
      <h1>Arms Transfer Tracker</h1>
      {state.status === 'loading' ? <LoadingData progress={state.progress} /> : (
        <div role="alert">
          <p>The SIPRI dataset could not be loaded. {state.message}</p>
          <button type="button" onClick={retry}>
            Retry
          </button>
        </div>
      )}
    </main>
  );
}

function LoadingData({ progress }: { progress: BootProgress | null }) {
  const megabytes = progress ? (progress.loaded / 1e6).toFixed(1) : '0.0';
  return (
    <div className="boot-progress">
      <label htmlFor="boot-progress">Loading the SIPRI Arms Transfers dataset… {megabytes} MB</label>
      <progress
        id="boot-progress"
        {...(progress?.total ? { max: progress.total, value: progress.loaded } : {})}
      />
    </div>
  );
}
