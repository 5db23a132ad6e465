import { z } from 'zod';
import { DirectoryEntrySchema, RegistrarSettingsSchema } from '../settings/registrar';

/**
 * IT policy (issue 22, point 4): what an organisation's IT deploys to every machine through
 * storage.managed (Chromium: public/managed_schema.json and the browser's policies; Firefox:
 * policies.json → 3rdparty). Each key is read and checked on its own: a broken key is refused
 * with its reason, and the others still apply.
 */
export const POLICY_KEYS = ['guide', 'organisation', 'unit', 'registrarEmail', 'faultReportUrl', 'directory', 'sitePacks'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** The whole of a managed value is bounded: a guide file is some tens of kB. */
export const MAX_POLICY_STRING = 512 * 1024;

export const PolicyShapes = {
  /** A guide file as the options page exports it (guide, word lists, templates), as JSON text. */
  guide: z.string().min(1).max(MAX_POLICY_STRING),
  /** The organisation's name, in place of the guide's. */
  organisation: z.string().trim().min(1).max(200),
  /** The profile's unit (förvaltning, enhet) for every user. */
  unit: z.string().trim().min(1).max(200),
  /** The registrar's mailbox, checked as the options page checks it. */
  registrarEmail: RegistrarSettingsSchema.shape.registrarEmail,
  /** The fault-report address (a web form). */
  faultReportUrl: RegistrarSettingsSchema.shape.faultReportUrl,
  /** The directory of mailboxes: departments, contact persons, fault reports (ids are given here). */
  directory: z.array(DirectoryEntrySchema.omit({ id: true }).strict()).max(500),
  /** Site packs, each a pack file's JSON text (lib/sitepack/schema.ts). */
  sitePacks: z.array(z.string().max(64 * 1024)).max(10),
} satisfies Record<PolicyKey, z.ZodType>;

export type Policy = { [K in PolicyKey]?: z.infer<(typeof PolicyShapes)[K]> };
