/**
 * Every UI string, by area: each area is a pair of files, <area>.sv.ts (Swedish, the default)
 * and <area>.en.ts (English, typed to have exactly the same keys). Add an area with one line
 * in each list below. Keys are prefixed by area, so areas never collide.
 */
import { channelsEn } from './channels.en';
import { channelsSv } from './channels.sv';
import { coreEn } from './core.en';
import { coreSv } from './core.sv';
import { firefoxEn } from './firefox.en';
import { folderEn } from './folder.en';
import { folderSv } from './folder.sv';
import { firefoxSv } from './firefox.sv';
import { guideEn } from './guide.en';
import { guideSv } from './guide.sv';
import { handlingEn } from './handling.en';
import { healthEn } from './health.en';
import { healthSv } from './health.sv';
import { handlingSv } from './handling.sv';
import { journalBehindEn } from './journal-behind.en';
import { journalBehindSv } from './journal-behind.sv';
import { journalEn } from './journal.en';
import { journalSv } from './journal.sv';
import { queueEn } from './queue.en';
import { replyEn } from './reply.en';
import { replySv } from './reply.sv';
import { startEn } from './start.en';
import { startSv } from './start.sv';
import { queueSv } from './queue.sv';
import { refusalEn } from './refusal.en';
import { refusalSv } from './refusal.sv';
import { removalEn } from './removal.en';
import { removalSv } from './removal.sv';
import { shootEn } from './shoot.en';
import { shootSv } from './shoot.sv';
import { shotsEn } from './shots.en';
import { shotsSv } from './shots.sv';
import { toolbarEn } from './toolbar.en';
import { triageEn } from './triage.en';
import { triagePageEn } from './triage-page.en';
import { triagePageSv } from './triage-page.sv';
import { triageSv } from './triage.sv';
import { toolbarSv } from './toolbar.sv';
import { versionsEn } from './versions.en';
import { versionsSv } from './versions.sv';

export const sv = { ...toolbarSv, ...coreSv, ...queueSv, ...guideSv, ...channelsSv, ...handlingSv, ...startSv, ...firefoxSv, ...shotsSv, ...removalSv, ...folderSv, ...versionsSv, ...replySv, ...shootSv, ...journalSv, ...journalBehindSv, ...healthSv, ...triageSv, ...triagePageSv, ...refusalSv };
export type MessageKey = keyof typeof sv;
export const en: Record<MessageKey, string> = { ...toolbarEn, ...coreEn, ...queueEn, ...guideEn, ...channelsEn, ...handlingEn, ...startEn, ...firefoxEn, ...shotsEn, ...removalEn, ...folderEn, ...versionsEn, ...replyEn, ...shootEn, ...journalEn, ...journalBehindEn, ...healthEn, ...triageEn, ...triagePageEn, ...refusalEn };
