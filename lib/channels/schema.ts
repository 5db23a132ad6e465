// The register's rows are the store's (lib/records/channel-schema.ts); the channels' code and pages import them from here.
export * from '../records/channel-schema';
