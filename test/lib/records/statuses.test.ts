import { describe, expect, it } from 'vitest';
import { RECORD_STATUSES } from '../../../lib/records/schema';
import { checkTransition, nextStatuses, TRANSITIONS } from '../../../lib/records/statuses';

describe('status transitions', () => {
  it('allows the lifecycle captured → registered / forwarded / removed-from-site / kept → disposed', () => {
    expect(checkTransition('captured', 'registered', { diarienummer: 'KS 2024/12' })).toBeNull();
    expect(checkTransition('captured', 'forwarded')).toBeNull();
    expect(checkTransition('captured', 'removed-from-site', { removalReasons: ['profanity'] })).toBeNull();
    expect(checkTransition('captured', 'kept')).toBeNull();
    expect(checkTransition('removed-from-site', 'registered', { diarienummer: '1' })).toBeNull();
    expect(checkTransition('kept', 'disposed')).toBeNull();
    expect(checkTransition('registered', 'disposed')).toBeNull();
  });
  it('refuses with a message and a code', () => {
    expect(checkTransition('registered', 'captured')).toMatchObject({ code: 'not-allowed', message: 'Status kan inte ändras från Diarieförd till Fångad.' });
    expect(checkTransition('removed-from-site', 'disposed')?.code).toBe('not-allowed');
    expect(checkTransition('captured', 'registered')).toMatchObject({ code: 'needs-diarienummer' });
    expect(checkTransition('captured', 'registered', { diarienummer: '  ' })?.code).toBe('needs-diarienummer');
    expect(checkTransition('kept', 'kept')?.code).toBe('same-status');
    expect(checkTransition('disposed', 'kept')?.code).toBe('final');
    // A removal is justified by at least one §3 reason (issue 18).
    expect(checkTransition('captured', 'removed-from-site')).toMatchObject({ code: 'needs-reason' });
    expect(checkTransition('captured', 'removed-from-site', { removalReasons: [] })?.code).toBe('needs-reason');
  });
  it('has a row for every status and never leads back to captured', () => {
    for (const s of RECORD_STATUSES) {
      expect(TRANSITIONS[s]).toBeDefined();
      expect(nextStatuses(s)).not.toContain('captured');
    }
  });
});
