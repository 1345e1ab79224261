import { formatTivExact } from '../domain/format.ts';

/** A value SIPRI leaves empty: unknown, which is not the same as zero. The title is for the mouse; a screen reader
 * hears "unknown" once. */
export function Unknown() {
  return (
    <span className="unknown">
      <span aria-hidden="true" title="Not known (SIPRI leaves this empty)">
        –
      </span>
      <span className="visually-hidden">unknown</span>
    </span>
  );
}

/** SIPRI's `?`: the figure is an estimate. A screen reader hears "(estimate)" once, not "question mark" nor the title. */
export function Estimated({ value, estimated }: { value: number | null; estimated: boolean }) {
  if (value === null) return <Unknown />;
  return (
    <>
      {value}
      {estimated && (
        <>
          <abbr className="estimate" title="SIPRI estimate (uncertain)" aria-hidden="true">
            ?
          </abbr>
          <span className="visually-hidden"> (estimate)</span>
        </>
      )}
    </>
  );
}

/** A deal's TIV figure, exactly as in the register: the deal's figures must multiply and add up as SIPRI's do. */
export function Tiv({ value }: { value: number | null }) {
  return value === null ? <Unknown /> : <>{formatTivExact(value)}</>;
}
