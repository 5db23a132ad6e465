import type { Translate } from '../../lib/i18n';
import { formatDateTime } from '../../lib/i18n';
import type { ChannelFacts, ChannelReminder } from '../../lib/channels/reminders';

/** Channels due for their screenshot or gone quiet, with a suggested day for the next screenshot. */
export function ChannelReminderList({ t, facts, reminders }: { t: Translate; facts: ChannelFacts[]; reminders?: Map<string, ChannelReminder> }) {
  const items = facts.flatMap(({ channel, lastActivityAt }) => {
    const r = reminders?.get(channel.id);
    if (!r) return [];
    const out: { key: string; text: string }[] = [];
    if (r.due) out.push({ key: `${channel.id}-due`, text: t('channels.due.screenshot', { name: channel.name, date: formatDateTime(r.dueAt), suggested: r.suggested }) });
    if (r.quiet) out.push({ key: `${channel.id}-quiet`, text: t('channels.due.quiet', { name: channel.name, date: formatDateTime(lastActivityAt ?? channel.createdAt) }) });
    return out;
  });
  return (
    <section className="card channel-reminders" aria-labelledby="channel-reminders-heading">
      <h3 id="channel-reminders-heading">{t('channels.due.heading')}</h3>
      {items.length === 0 ? (
        <p data-reminders="0">{t('channels.due.none')}</p>
      ) : (
        <ul data-reminders={items.length}>
          {items.map((i) => (
            <li key={i.key}>{i.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
