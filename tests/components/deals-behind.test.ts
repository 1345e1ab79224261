import { describe, expect, it } from 'vitest';
import { pairsLink } from '../../src/components/deals-behind.tsx';

describe('the pair view from the deals behind a value', () => {
  it('links a supplier and a recipient, Russia with the Soviet Union as the pair view draws them', () => {
    expect(pairsLink({ suppliers: ['USA'], recipients: ['IND'] })?.toString()).toBe('pairs=USA%3AIND');
    expect(pairsLink({ suppliers: ['RUS', 'SUN'], recipients: ['IND'] })?.toString()).toBe('pairs=RUS%3AIND');
    expect(pairsLink({ suppliers: ['IND'], recipients: ['RUS', 'SUN'] })?.toString()).toBe('pairs=IND%3ARUS');
  });

  it('keeps Russia or the Soviet Union apart when the value did', () => {
    expect(pairsLink({ suppliers: ['RUS'], recipients: ['IND'] })?.toString()).toBe('pairs=RUS%3AIND&ussr=separate');
    expect(pairsLink({ suppliers: ['SUN'], recipients: ['CSK'] })?.toString()).toBe('pairs=SUN%3ACSK&ussr=separate');
  });

  it('has no pair for a value of the world rankings', () => {
    expect(pairsLink({ suppliers: ['USA'], recipients: [] })).toBeNull();
    expect(pairsLink({ suppliers: [], recipients: ['IND'] })).toBeNull();
  });
});
