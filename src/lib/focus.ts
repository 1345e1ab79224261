/**
 * Focuses an element that is no control (a heading, `main`) for a screen reader to start from, without leaving it
 * focusable afterwards: a later click on its text would otherwise focus it, and the next Tab start from there.
 */
export function focusElement(element: HTMLElement, options?: FocusOptions) {
  if (!element.hasAttribute('tabindex')) {
    element.tabIndex = -1;
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus(options);
}
