import { useId } from 'react';
import { OTHER_COLOR } from '../domain/country-colors.ts';
import { darkColorStyle } from '../domain/scheme-colors.ts';

/** A unique id for a chart's "Other" hatching, safe inside an SVG url(#…). */
export function useOtherPatternId(): string {
  return `other-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * 'Other' is hatched, not only grey: colour is never the only cue (as .swatch--other in the legends).
 * Returned as an element for an SVG's children.
 */
export function otherPatternDefs(id: string) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect className="other-pattern__ground" width="6" height="6" fill={OTHER_COLOR} style={darkColorStyle(OTHER_COLOR)} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2.5" strokeOpacity="0.7" />
      </pattern>
    </defs>
  );
}
