import { describe, expect, it } from 'vitest';
import { sameProps } from '../../src/lib/same-props.ts';

describe('sameProps', () => {
  const onChange = () => {};

  it('treats new lists with the same items as the same', () => {
    expect(sameProps({ ids: ['RUS', 'USA'], from: 1990, onChange }, { ids: ['RUS', 'USA'], from: 1990, onChange })).toBe(true);
    expect(sameProps({ ids: [] as string[] }, { ids: [] as string[] })).toBe(true);
  });

  it('sees a change of item, order, length, value or function', () => {
    expect(sameProps({ ids: ['RUS', 'USA'] }, { ids: ['USA', 'RUS'] })).toBe(false);
    expect(sameProps({ ids: ['RUS'] }, { ids: ['RUS', 'USA'] })).toBe(false);
    expect(sameProps({ from: 1990 }, { from: 1991 })).toBe(false);
    expect(sameProps({ onChange }, { onChange: () => {} })).toBe(false);
  });

  it('compares objects by identity, and sees a prop come or go', () => {
    const counts = { RUS: 3 };
    expect(sameProps({ counts }, { counts })).toBe(true);
    expect(sameProps({ counts }, { counts: { RUS: 3 } })).toBe(false);
    expect(sameProps<{ counts?: object }>({ counts }, {})).toBe(false);
    expect(sameProps<{ counts?: object }>({ counts: undefined }, {})).toBe(false);
  });
});
