// A stored document before validation: whatever JSON the file held, one version or another.
// Its own module so each migration step can name it without importing the chain that runs it.
export type RawDocument = Record<string, unknown>;
