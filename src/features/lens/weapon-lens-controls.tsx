import { useQuery } from '@tanstack/react-query';
import { memo, useId, useRef } from 'react';
import { Link } from 'react-router';
import { dealsFilters, getDealsQueryOptions } from '../../api/get-deals.ts';
import { ALL_WEAPONS, isNarrowed, listed, matchingDealsHint, weaponText, type WeaponLens } from '../../domain/weapon-lens.ts';
import { DEFAULT_DEALS_VIEW, dealsViewSearch } from '../deals/deals-view.ts';
import { lensQuery, MAX_WEAPON_TEXT } from './lens-view.ts';
import { useSettlingText } from './use-settling-text.ts';

/** The countries whose deals the view counts, for the hint: ids as /deals takes them, and in words. */
export interface LensScope {
  suppliers: readonly string[];
  recipients: readonly string[];
  /** "to India", "from Russia to Pakistan"; null for the world. */
  phrase: string | null;
}

interface Props {
  lens: WeaponLens;
  /** SIPRI's armament categories, as /meta lists them. */
  categories: readonly string[];
  scope: LensScope;
  onChange: (lens: WeaponLens) => void;
}

/**
 * The weapon lens of /shares and /pairs: armament categories (several at once) and a weapon search over a deal's
 * designation, description and comments, with how many deals match. A category applies at once; the text once
 * typing rests (useSettlingText). Memoised: a year-slider step, which changes none of its props, does not render it.
 */
export const WeaponLensControls = memo(function WeaponLensControls({ lens, categories, scope, onChange }: Props) {
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const search = useSettlingText(lens.weapon, (weapon) => onChange({ ...lens, weapon }));
  const toggle = (category: string) => {
    const chosen = lens.categories.includes(category) ? lens.categories.filter((c) => c !== category) : [...lens.categories, category];
    onChange({ ...lens, categories: categories.filter((c) => chosen.includes(c)) });
  };
  const chosen = lens.categories.length ? listed(lens.categories) : 'all';
  return (
    <fieldset className="lens">
      <legend>Weapons counted</legend>
      <details className="lens__categories">
        <summary>
          Armament category: <span className="lens__chosen">{chosen}</span>
        </summary>
        <fieldset className="checkboxes">
          <legend className="visually-hidden">Armament category</legend>
          {categories.map((category) => (
            <label key={category}>
              <input type="checkbox" checked={lens.categories.includes(category)} onChange={() => toggle(category)} />
              {category}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="lens__search">
        <label htmlFor={`${ids}-weapon`}>Weapon</label>
        <input
          ref={input}
          id={`${ids}-weapon`}
          type="search"
          value={search.text}
          maxLength={MAX_WEAPON_TEXT}
          placeholder="e.g. Mi-35, helicopter, Rafale"
          aria-describedby={`${ids}-where ${ids}-hint`}
          onChange={(event) => search.type(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && search.settleNow()}
        />
        <span id={`${ids}-where`} className="visually-hidden">
          Searches a deal’s designation, description and comments.
        </span>
        <MatchingDeals id={`${ids}-hint`} lens={lens} scope={scope} />
      </div>
      {isNarrowed(lens) && (
        <button
          type="button"
          className="lens__clear"
          onClick={() => {
            onChange(ALL_WEAPONS);
            // The button goes with the filter: the focus goes to the search, not to the page's top.
            input.current?.focus();
          }}
        >
          Count all weapons
        </button>
      )}
    </fieldset>
  );
});

/**
 * How many deals the lens leaves among the view's countries (in any year); when none, how many in the whole register,
 * which tells a misspelt weapon from one these countries never traded. A link opens them in the deals table.
 */
function MatchingDeals({ id, lens, scope }: { id: string; lens: WeaponLens; scope: LensScope }) {
  const narrowed = isNarrowed(lens);
  const { categories, q } = lensQuery(lens);
  const countries = { suppliers: [...scope.suppliers], recipients: [...scope.recipients] };
  const inView = useQuery({ ...getDealsQueryOptions(dealsFilters({ ...countries, categories, q, pageSize: 1 })), enabled: narrowed });
  const noneInView = narrowed && scope.phrase !== null && inView.data?.total === 0 && !inView.isPlaceholderData;
  const inAll = useQuery({ ...getDealsQueryOptions(dealsFilters({ categories, q, pageSize: 1 })), enabled: noneInView });
  const hint = !narrowed
    ? ''
    : inView.isError || inAll.isError
      ? 'The matching deals could not be counted.'
      : inView.data === undefined || (noneInView && inAll.data === undefined)
        ? 'Counting the matching deals…'
        : matchingDealsHint(inView.data.total, scope.phrase, noneInView ? inAll.data?.total : undefined);
  // The last count stays, dimmed, while the next one is on its way.
  const stale = narrowed && (inView.isPlaceholderData || inView.isFetching);
  const link = dealsViewSearch({ ...DEFAULT_DEALS_VIEW, ...countries, categories: [...lens.categories], q: weaponText(lens) });
  return (
    <p className={stale ? 'lens__hint stale' : 'lens__hint'} aria-busy={stale}>
      <span id={id} aria-live="polite">
        {hint}
      </span>
      {narrowed && inView.data && inView.data.total > 0 && !stale && (
        <>
          {' '}
          <Link to={`/deals?${link}`}>See them in the deals table</Link>
        </>
      )}
    </p>
  );
}
