import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';

/**
 * While the user types, the best match (the first, see searchCountries) is highlighted, so Enter takes it; with
 * the text cleared, nothing is. A Downshift state reducer for the country comboboxes.
 */
export function highlightBestMatch<T>(_state: UseComboboxState<T>, { type, changes }: UseComboboxStateChangeOptions<T>): Partial<UseComboboxState<T>> {
  if (type !== useCombobox.stateChangeTypes.InputChange) return changes;
  return { ...changes, highlightedIndex: changes.inputValue?.trim() ? 0 : -1 };
}
