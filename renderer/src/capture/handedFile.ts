// A file given to capture (dropped, picked or fetched), as the host's capture:preview takes it.
export interface HandedFile {
  fileName: string;
  content: string;
  /** base64: `content` holds the file's bytes (a dropped file); else it is text. */
  encoding?: 'text' | 'base64';
  /** The card it was dropped on, if any. */
  applicationId?: string;
  /** Where the host fetched a posting page from. */
  pageUrl?: string;
}
