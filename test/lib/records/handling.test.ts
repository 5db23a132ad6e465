import { describe, expect, it } from 'vitest';
import { translator } from '../../../lib/i18n';
import { auditTrail } from '../../../lib/records/audit';
import { auditChangeText } from '../../../lib/i18n/audit-text';
import { handlingConfirmation, missingHandlingFields, saveHandling, suggestedRemovalReasons } from '../../../lib/records/handling';
import { TransitionRefused } from '../../../lib/records/repository';
import { ACTOR, freshDb, makeRecord, seed } from './helpers';

const REASONS = ['personal-attack', 'profanity', 'commercial', 'offensive-personal-data', 'confidential'];

describe('the one handling form (issue 18, point 4)', () => {
  it('pre-ticks the §3 reasons the capture-time suggestion flagged, and nothing else', () => {
    expect(suggestedRemovalReasons(['profanity', 'external-link', 'personal-identity-number', 'registration-needed'], REASONS)).toEqual(['profanity', 'offensive-personal-data']);
    expect(suggestedRemovalReasons(undefined, REASONS)).toEqual([]);
  });

  it('names the missing fields: a removal without a reason, a registration without a number', () => {
    expect(missingHandlingFields({ status: 'removed-from-site', removalReasons: [] })).toEqual(['reasons']);
    expect(missingHandlingFields({ status: 'removed-from-site', removalReasons: ['profanity'] })).toEqual([]);
    expect(missingHandlingFields({ status: 'registered', removalReasons: [], diarienummer: '  ' })).toEqual(['dnr']);
    expect(missingHandlingFields({ status: 'kept', removalReasons: [] })).toEqual([]);
  });

  it('asks to confirm registering, and correcting a number, but not an unchanged save', () => {
    expect(handlingConfirmation({ status: 'captured' }, { status: 'registered', diarienummer: ' KS 1 ' })).toEqual({ kind: 'register', dnr: 'KS 1' });
    expect(handlingConfirmation({ status: 'registered', diarienummer: 'KS 1' }, { status: 'registered', diarienummer: 'KS 2' })).toEqual({ kind: 'correct', from: 'KS 1', to: 'KS 2' });
    expect(handlingConfirmation({ status: 'registered', diarienummer: 'KS 1' }, { status: 'registered', diarienummer: 'KS 1' })).toBeUndefined();
    expect(handlingConfirmation({ status: 'captured' }, { status: 'kept' })).toBeUndefined();
  });

  it('refuses "removed" without a reason in the store too, and writes nothing', async () => {
    const db = freshDb();
    const r = await makeRecord();
    await seed(db, [r]);
    const err = await saveHandling(db, r.id, { status: 'removed-from-site', removalReasons: [] }, ACTOR).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransitionRefused);
    expect((err as TransitionRefused).refusals[0]!.error.code).toBe('needs-reason');
    expect((await db.records.get(r.id))!.status).toBe('captured');
    expect(await db.audit.count()).toBe(1);
    // A removed record cannot lose its last reason afterwards either.
    await saveHandling(db, r.id, { status: 'removed-from-site', removalReasons: ['profanity'] }, ACTOR);
    await expect(saveHandling(db, r.id, { status: 'removed-from-site', removalReasons: [] }, ACTOR)).rejects.toBeInstanceOf(TransitionRefused);
    expect((await db.records.get(r.id))!.removalReasons).toEqual(['profanity']);
  });

  it('saves status, reasons, action and note as one change with one audit entry, in words', async () => {
    const db = freshDb();
    const r = await makeRecord();
    await seed(db, [r]);
    expect(await saveHandling(db, r.id, { status: 'removed-from-site', removalReasons: ['profanity'], action: 'register', notes: ' Borttagen 10.05 ' }, ACTOR)).toBe(true);
    expect(await db.records.get(r.id)).toMatchObject({ status: 'removed-from-site', removalReasons: ['profanity'], action: 'register', notes: 'Borttagen 10.05', contentSha256: r.contentSha256 });
    const trail = await auditTrail(db, r.id);
    expect(trail).toHaveLength(2);
    expect(trail[1]).toMatchObject({ from: 'captured', to: 'removed-from-site', changed: ['removalReasons', 'action', 'notes'], note: 'Borttagen 10.05' });
    expect(auditChangeText(trail[1]!, translator('sv'))).toEqual({ change: 'Fångad → Borttagen från sidan. Ändrat: skäl för borttagning, åtgärd, anteckning', note: 'Borttagen 10.05' });
    expect(auditChangeText(trail[1]!, translator('en')).change).toBe('Captured → Removed from the site. Changed: reasons for removal, action, note');
    // Saving the same again writes nothing.
    expect(await saveHandling(db, r.id, { status: 'removed-from-site', removalReasons: ['profanity'], action: 'register', notes: 'Borttagen 10.05' }, ACTOR)).toBe(false);
    expect(await auditTrail(db, r.id)).toHaveLength(2);
  });

  it('corrects a diarienummer with the correction in the trail; the earlier entries stay as they were', async () => {
    const db = freshDb();
    const r = await makeRecord();
    await seed(db, [r]);
    await expect(saveHandling(db, r.id, { status: 'registered', removalReasons: [] }, ACTOR)).rejects.toBeInstanceOf(TransitionRefused);
    await saveHandling(db, r.id, { status: 'registered', removalReasons: [], diarienummer: 'KS 2026/1O1' }, ACTOR);
    const before = await auditTrail(db, r.id);
    await saveHandling(db, r.id, { status: 'registered', removalReasons: [], diarienummer: 'KS 2026/101' }, ACTOR);
    expect((await db.records.get(r.id))!.diarienummer).toBe('KS 2026/101');
    const after = await auditTrail(db, r.id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((a) => auditChangeText(a, translator('sv')).change)).toEqual([
      'Ny post: Fångad',
      'Fångad → Diarieförd. Diarienummer: KS 2026/1O1',
      'Diarienummer rättat: KS 2026/1O1 → KS 2026/101',
    ]);
    // An empty number on a registered record is refused, not stored.
    await expect(saveHandling(db, r.id, { status: 'registered', removalReasons: [], diarienummer: ' ' }, ACTOR)).resolves.toBe(false);
  });

  it('words entries written before the trail was structured, without field ids', () => {
    const entry = (note: string) => ({ recordId: crypto.randomUUID(), at: ACTOR.now.toISOString(), by: 'Eva', from: 'captured', to: 'captured', note });
    const en = translator('en');
    expect(auditChangeText(entry('Ändrat: removalReasons, notes'), en)).toEqual({ change: 'Changed: reasons for removal, note', note: '' });
    expect(auditChangeText(entry('Exporterad (PDF)'), en).change).toBe('Exported (PDF)');
    expect(auditChangeText({ ...entry('Diarienummer: KS 1. Klart'), to: 'registered' }, en)).toEqual({ change: 'Captured → Registered. Registration number: KS 1', note: 'Klart' });
    expect(auditChangeText(entry('Ringde upp'), en)).toEqual({ change: '', note: 'Ringde upp' });
  });
});
