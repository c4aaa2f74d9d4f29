// The first-run examples (shared/sample/applications.ts) all have ids that begin "sample-".
export const isExample = (applicationId: string): boolean => applicationId.startsWith('sample-');
