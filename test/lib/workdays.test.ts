import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  answerDeadline,
  deadlineStatus,
  fromStockholmWallClock,
  isWorkingDay,
  nonWorkingDates,
} from '../../lib/workdays';

const at = (iso: string) => new Date(iso);
/** Noon UTC is the same calendar day in Stockholm all year. */
const day = (ymd: string) => new Date(`${ymd}T12:00:00Z`);

describe('isWorkingDay', () => {
  it.each([
    ['2026-04-02', true, 'skärtorsdagen is a working day'],
    ['2026-04-03', false, 'långfredagen'],
    ['2026-04-06', false, 'annandag påsk'],
    ['2026-04-07', true, 'Tuesday after Easter'],
    ['2026-04-30', true, 'valborgsmässoafton (a half day) is a working day'],
    ['2026-05-01', false, 'första maj'],
    ['2026-05-14', false, 'Kristi himmelsfärdsdag'],
    ['2026-05-15', true, 'Friday after Ascension'],
    ['2026-05-25', true, 'annandag pingst is no longer a holiday'],
    ['2026-06-05', true, 'Friday before national day'],
    ['2026-06-06', false, 'national day on a Saturday'],
    ['2026-06-08', true, 'no substitute Monday for national day'],
    ['2026-06-19', false, 'midsommarafton'],
    ['2026-10-30', true, 'allhelgonaafton (a half day) is a working day'],
    ['2026-12-23', true, 'day before julafton'],
    ['2026-12-24', false, 'julafton'],
    ['2026-12-25', false, 'juldagen'],
    ['2026-12-31', false, 'nyårsafton'],
    ['2027-01-01', false, 'nyårsdagen'],
    ['2027-01-05', true, 'trettondagsafton (a half day) is a working day'],
    ['2027-01-06', false, 'trettondedag jul'],
    ['2027-03-26', false, 'långfredagen 2027'],
    ['2027-03-29', false, 'annandag påsk 2027'],
    ['2027-05-06', false, 'Kristi himmelsfärdsdag 2027'],
    ['2027-06-25', false, 'midsommarafton 2027'],
    ['2027-12-27', true, 'annandag jul on a Sunday gives no day off on Monday'],
    ['2028-04-14', false, 'långfredagen 2028'],
    ['2028-04-17', false, 'annandag påsk 2028'],
    ['2028-05-25', false, 'Kristi himmelsfärdsdag 2028'],
    ['2028-06-05', true, 'annandag pingst 2028'],
    ['2028-06-06', false, 'national day on a Tuesday'],
    ['2028-06-23', false, 'midsommarafton 2028'],
    ['2028-12-25', false, 'juldagen 2028'],
    ['2028-12-26', false, 'annandag jul 2028'],
    ['2028-12-27', true, 'day after annandag jul 2028'],
    ['2026-03-28', false, 'Saturday'],
    ['2026-03-29', false, 'Sunday'],
  ])('%s → %s (%s)', (ymd, expected) => {
    expect(isWorkingDay(day(ymd))).toBe(expected);
  });

  it('uses the Stockholm calendar day, not UTC', () => {
    // Sunday 2026-03-29 22:30Z is Monday 00:30 CEST.
    expect(isWorkingDay(at('2026-03-29T22:30:00Z'))).toBe(true);
    // Friday 2026-12-11 23:30Z is Saturday 00:30 CET.
    expect(isWorkingDay(at('2026-12-11T23:30:00Z'))).toBe(false);
  });

  it('names the non-working dates of a year', () => {
    const d = nonWorkingDates(2026);
    expect(d.get('2026-06-19')).toBe('midsommarafton');
    expect(d.get('2026-12-24')).toBe('julafton');
    expect(d.get('2026-12-31')).toBe('nyårsafton');
    expect(d.get('2026-04-03')).toBe('långfredagen');
    expect(d.has('2026-05-25')).toBe(false);
  });

  it("date-holidays types exactly the three eves as 'bank' (guard against a data change)", () => {
    const hd = new Holidays('SE');
    for (const year of [2026, 2027, 2028]) {
      const bank = hd
        .getHolidays(year)
        .filter((h) => h.type === 'bank')
        .map((h) => h.date.slice(0, 10));
      const eves = [...nonWorkingDates(year)].filter(([, name]) => /afton$/.test(name)).map(([k]) => k);
      expect(bank.sort()).toEqual(eves.sort());
    }
  });
});

describe('answerDeadline', () => {
  it.each([
    // [received, due, why]
    ['2026-04-02T08:00:00Z', '2026-04-07T08:00:00Z', 'skärtorsdag 10:00 → Tuesday after annandag påsk 10:00'],
    ['2026-04-04T10:00:00Z', '2026-04-07T21:59:59Z', 'påskafton → end of Tuesday'],
    ['2026-05-13T07:30:00Z', '2026-05-15T07:30:00Z', 'Wednesday before Ascension → Friday'],
    ['2026-05-14T07:30:00Z', '2026-05-15T21:59:59Z', 'on Ascension → end of Friday'],
    ['2026-06-05T09:00:00Z', '2026-06-08T09:00:00Z', 'Friday before national day on a Saturday → Monday'],
    ['2026-06-18T13:00:00Z', '2026-06-22T13:00:00Z', 'Thursday before midsommarafton → Monday'],
    ['2026-06-19T08:00:00Z', '2026-06-22T21:59:59Z', 'on midsommarafton → end of Monday'],
    ['2026-12-23T13:00:00Z', '2026-12-28T13:00:00Z', 'day before julafton → Monday 28th'],
    ['2026-12-30T09:00:00Z', '2027-01-04T09:00:00Z', 'day before nyårsafton → Monday 4 January'],
    ['2026-12-31T15:00:00Z', '2027-01-04T22:59:59Z', 'on nyårsafton → end of Monday 4 January'],
    ['2027-01-05T09:00:00Z', '2027-01-07T09:00:00Z', 'trettondagsafton → Thursday after trettondedag jul'],
    ['2027-03-25T13:00:00Z', '2027-03-30T12:00:00Z', 'skärtorsdag 14:00 CET → Tuesday 14:00 CEST (Easter and DST)'],
    ['2027-05-05T10:00:00Z', '2027-05-07T10:00:00Z', 'Wednesday before Ascension 2027 → Friday'],
    ['2027-06-24T08:00:00Z', '2027-06-28T08:00:00Z', 'Thursday before midsommarafton 2027 → Monday'],
    ['2027-12-23T09:00:00Z', '2027-12-27T09:00:00Z', 'Thursday before julafton 2027 → Monday 27th'],
    ['2027-12-30T09:00:00Z', '2028-01-03T09:00:00Z', 'Thursday before nyårsafton 2027 → Monday 3 January'],
    ['2028-04-13T06:00:00Z', '2028-04-18T06:00:00Z', 'skärtorsdag 2028 → Tuesday after annandag påsk'],
    ['2028-05-24T10:00:00Z', '2028-05-26T10:00:00Z', 'Wednesday before Ascension 2028 → Friday'],
    ['2028-06-05T08:00:00Z', '2028-06-07T08:00:00Z', 'annandag pingst 2028 → Wednesday after national day'],
    ['2028-06-22T08:00:00Z', '2028-06-26T08:00:00Z', 'Thursday before midsommarafton 2028 → Monday'],
    ['2028-12-22T09:00:00Z', '2028-12-27T09:00:00Z', 'Friday before Christmas 2028 → Wednesday 27th'],
    ['2028-12-29T09:00:00Z', '2029-01-02T09:00:00Z', 'Friday before nyårsafton on a Sunday 2028 → Tuesday 2 January 2029'],
  ])('%s → %s (%s)', (received, due) => {
    expect(answerDeadline(at(received)).toISOString()).toBe(new Date(due).toISOString());
  });

  describe('keeps the wall-clock time across DST changes', () => {
    it.each([
      // March: clocks go forward on the last Sunday (CET +01 → CEST +02).
      ['2026-03-27T09:00:00Z', '2026-03-30T08:00:00Z', 'Fri 10:00 CET → Mon 10:00 CEST'],
      ['2026-03-29T00:30:00Z', '2026-03-30T21:59:59Z', 'Sun 01:30 CET, before the change → end of Monday CEST'],
      ['2026-03-29T21:30:00Z', '2026-03-30T21:59:59Z', 'Sun 23:30 CEST → end of Monday'],
      ['2026-03-29T22:30:00Z', '2026-03-30T22:30:00Z', 'Mon 00:30 CEST (still Sunday in UTC) → Tue 00:30 CEST'],
      ['2028-03-24T08:00:00Z', '2028-03-27T07:00:00Z', 'Fri 09:00 CET → Mon 09:00 CEST (2028)'],
      // October: clocks go back on the last Sunday (CEST +02 → CET +01).
      ['2026-10-23T08:00:00Z', '2026-10-26T09:00:00Z', 'Fri 10:00 CEST → Mon 10:00 CET'],
      ['2026-10-25T00:30:00Z', '2026-10-26T22:59:59Z', 'Sun 02:30 CEST, the repeated hour → end of Monday CET'],
      ['2027-10-29T14:45:00Z', '2027-11-01T15:45:00Z', 'Fri 16:45 CEST → Mon 16:45 CET (2027)'],
      ['2028-10-27T07:00:00Z', '2028-10-30T08:00:00Z', 'Fri 09:00 CEST → Mon 09:00 CET (2028)'],
    ])('%s → %s (%s)', (received, due) => {
      expect(answerDeadline(at(received)).toISOString()).toBe(new Date(due).toISOString());
    });
  });
});

describe('addWorkingDays', () => {
  it('returns the same instant for n = 0', () => {
    expect(addWorkingDays(at('2026-04-04T10:00:00Z'), 0).toISOString()).toBe('2026-04-04T10:00:00.000Z');
  });
  it('counts five working days across Easter 2026', () => {
    // Wed 1 April 12:00 CEST: Thu 2, Tue 7, Wed 8, Thu 9, Fri 10.
    expect(addWorkingDays(at('2026-04-01T10:00:00Z'), 5).toISOString()).toBe('2026-04-10T10:00:00.000Z');
  });
  it('counts from a non-working day to the next working days', () => {
    expect(addWorkingDays(at('2026-12-26T10:00:00Z'), 1).toISOString()).toBe('2026-12-28T10:00:00.000Z');
  });
  it('goes backwards for negative n, across DST', () => {
    // Mon 30 March 2026 10:00 CEST → Fri 27 March 10:00 CET.
    expect(addWorkingDays(at('2026-03-30T08:00:00Z'), -1).toISOString()).toBe('2026-03-27T09:00:00.000Z');
  });
  it('keeps milliseconds', () => {
    expect(addWorkingDays(at('2026-01-07T08:15:30.250Z'), 1).toISOString()).toBe('2026-01-08T08:15:30.250Z');
  });
  it('rejects a fractional count', () => {
    expect(() => addWorkingDays(at('2026-01-07T08:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('fromStockholmWallClock', () => {
  const w = { hour: 2, minute: 30, second: 0, millisecond: 0 };
  it('moves a time skipped in March forward by the gap', () => {
    expect(fromStockholmWallClock({ year: 2026, month: 3, day: 29, ...w }).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
  it('takes the earlier of the repeated October hour', () => {
    expect(fromStockholmWallClock({ year: 2026, month: 10, day: 25, ...w }).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('deadlineStatus', () => {
  const deadline = at('2026-04-07T08:00:00Z'); // Tue 10:00 CEST
  it.each([
    ['2026-04-06T21:59:59Z', 'upcoming', 'Monday 23:59:59 CEST'],
    ['2026-04-06T22:00:00Z', 'due-today', 'Tuesday 00:00 CEST'],
    ['2026-04-07T08:00:00Z', 'due-today', 'at the deadline'],
    ['2026-04-07T08:00:00.001Z', 'overdue', 'a millisecond after'],
    ['2026-04-08T08:00:00Z', 'overdue', 'a day after'],
  ])('%s → %s (%s)', (now, expected) => {
    expect(deadlineStatus(deadline, at(now))).toBe(expected);
  });
});
