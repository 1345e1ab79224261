import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAnnouncement } from '../../src/lib/use-announcement.ts';

describe('useAnnouncement', () => {
  it('changes the text for the same sentence again, so that a live region speaks it again', () => {
    const { result } = renderHook(() => useAnnouncement());
    const say = (text: string) => act(() => result.current[1](text));
    say('9 deals match.');
    expect(result.current[0]).toBe('9 deals match.');
    say('9 deals match.');
    expect(result.current[0]).toBe('9 deals match.\u00a0');
    say('9 deals match.');
    expect(result.current[0]).toBe('9 deals match.');
    say('No deals match these filters.');
    expect(result.current[0]).toBe('No deals match these filters.');
  });
});
