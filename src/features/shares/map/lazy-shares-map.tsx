import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import type { SharesMapProps } from './shares-map.tsx';

/** The map's code and boundaries (~50 KB gzip) load when the Map tab first opens, never with the page. */
const loadMap = () => import('./shares-map.tsx');

/** The Map tab's content: the map once its chunk has loaded, a status line before, and Retry if it failed. */
export function LazySharesMap(props: SharesMapProps) {
  // React.lazy keeps a failed import's error: Retry makes a new lazy component, which imports again.
  const [SharesMap, setSharesMap] = useState(() => lazy(loadMap));
  return (
    <MapLoadBoundary onRetry={() => setSharesMap(() => lazy(loadMap))}>
      <Suspense
        fallback={
          <p className="status" role="status">
            Loading the map…
          </p>
        }
      >
        <SharesMap {...props} />
      </Suspense>
    </MapLoadBoundary>
  );
}

interface BoundaryProps {
  onRetry: () => void;
  children: ReactNode;
}

class MapLoadBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="status status--error" role="alert">
        <p>The map could not be shown: {error.message}</p>
        <button
          type="button"
          onClick={() => {
            this.setState({ error: null });
            this.props.onRetry();
          }}
        >
          Retry
        </button>
      </div>
    );
  }
}
