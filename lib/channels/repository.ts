import type { RecordsDb } from '../records/db';
import type { CaptureRecord } from '../records/schema';
import type { ChannelFacts } from './reminders';
import { ChannelInputSchema, ChannelSchema, type Channel, type ChannelInput } from './schema';
import { isOnChannel, isPageOfChannel } from './url';

/** Adds a channel; the input is validated (throws a ZodError naming the bad field). */
export async function addChannel(db: RecordsDb, input: ChannelInput, now: Date, id: string = crypto.randomUUID()): Promise<Channel> {
  const at = now.toISOString();
  const channel = ChannelSchema.parse({ ...ChannelInputSchema.parse(input), id, createdAt: at, updatedAt: at });
  await db.channels.add(channel);
  return channel;
}

export async function updateChannel(db: RecordsDb, id: string, input: ChannelInput, now: Date): Promise<Channel> {
  return db.transaction('rw', db.channels, async () => {
    const old = await db.channels.get(id);
    if (!old) throw new Error(`Kanalen finns inte: ${id}`);
    const next = ChannelSchema.parse({ ...old, ...ChannelInputSchema.parse(input), updatedAt: now.toISOString() });
    await db.channels.put(next);
    return next;
  });
}

export async function deleteChannel(db: RecordsDb, id: string): Promise<void> {
  await db.channels.delete(id);
}

/** Channels in name order (Swedish collation). */
export async function listChannels(db: RecordsDb): Promise<Channel[]> {
  const all = await db.channels.toArray();
  return all.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

type Dated = Pick<CaptureRecord, 'kind' | 'pageUrl' | 'capturedAt'>;

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a > b ? a : b);

/** Pure: last screenshot and last activity of each channel from the records' URLs and times. */
export function channelFacts(channels: readonly Channel[], records: Iterable<Dated>): ChannelFacts[] {
  const facts = channels.map((channel) => ({ channel, lastScreenshotAt: undefined as string | undefined, lastActivityAt: channel.lastActivityAt }));
  for (const r of records) {
    for (const f of facts) {
      if (!isOnChannel(r.pageUrl, f.channel.url)) continue;
      if (r.kind === 'page-screenshot') f.lastScreenshotAt = later(f.lastScreenshotAt, r.capturedAt);
      f.lastActivityAt = later(f.lastActivityAt, r.capturedAt);
    }
  }
  return facts.map((f) => ({ channel: f.channel, ...(f.lastScreenshotAt ? { lastScreenshotAt: f.lastScreenshotAt } : {}), ...(f.lastActivityAt ? { lastActivityAt: f.lastActivityAt } : {}) }));
}

/** Reads the register and what the records say about each channel. */
export async function loadChannelFacts(db: RecordsDb): Promise<ChannelFacts[]> {
  const channels = await listChannels(db);
  if (channels.length === 0) return [];
  const records: Dated[] = [];
  await db.records.each((r) => {
    records.push({ kind: r.kind, pageUrl: r.pageUrl, capturedAt: r.capturedAt });
  });
  return channelFacts(channels, records);
}

/**
 * Notes activity seen at `at` (a comment's time) on the channels the page belongs to: those
 * whose URL `pageUrl` is on, or whose account is one of the page's owners (`ownerUrls`, read by
 * the adapter from the page: a YouTube video's channel, an Instagram post's author, the channel
 * Studio shows; lib/channels/url.ts isPageOfChannel).
 * "Last activity seen" only moves forward, and never past `now`: the page's clock or a misread
 * time must not make a channel look active in the future. Returns how many channels matched.
 */
export async function noteActivity(db: RecordsDb, pageUrl: string, at: Date, now: Date = at, ownerUrls: readonly string[] = []): Promise<number> {
  if (Number.isNaN(at.getTime()) || Number.isNaN(now.getTime())) return 0;
  const seen = new Date(Math.min(at.getTime(), now.getTime())).toISOString();
  return db.transaction('rw', db.channels, async () => {
    const hits = (await db.channels.toArray()).filter((c) => isPageOfChannel(pageUrl, ownerUrls, c.url));
    for (const c of hits) if (!c.lastActivityAt || Date.parse(c.lastActivityAt) < Date.parse(seen)) await db.channels.put({ ...c, lastActivityAt: seen });
    return hits.length;
  });
}
