import { useState } from 'react';
import { useLocation } from 'react-router';

interface Props {
  /** The search in the URL. */
  value: string;
  /** Called with the text at each keystroke. */
  onSearch: (text: string) => void;
}

/**
 * "Search deals". The box shows each keystroke at once; the URL follows when the API has answered (see the
 * explorer). Any navigation, even to the same URL (Clear all filters, Back), shows the URL's search again.
 */
export function SearchBox({ value, onSearch }: Props) {
  const { key: navigation } = useLocation();
  const [text, setText] = useState(value);
  const [shownNavigation, setShownNavigation] = useState(navigation);
  if (shownNavigation !== navigation) {
    setShownNavigation(navigation);
    setText(value);
  }
  return (
    <div className="deals-filters__search">
      <label htmlFor="deal-search">Search deals</label>
      <input
        id="deal-search"
        type="search"
        value={text}
        maxLength={200}
        placeholder="Designation, description or comments"
        onChange={(event) => {
          setText(event.target.value);
          onSearch(event.target.value);
        }}
      />
    </div>
  );
}
