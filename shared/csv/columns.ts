// The CSV columns Afterview reads and writes (issue 3), and the headers other trackers and
// spreadsheets use for the same things. Headers match case-insensitively, ignoring spaces,
// dashes, underscores and punctuation, in any order.

export const CSV_COLUMNS = [
  'id',
  'company',
  'role',
  'stage',
  'location',
  'url',
  'applied_on',
  'interview_at',
  'interview_minutes',
  'interviewers',
  'decision_by',
  'thank_you_sent_at',
  'follow_up_sent_at',
  'second_follow_up_sent_at',
  'employer_replied_at',
  'offer_at',
  'offer_deadline',
  'rejected_at',
  'feedback_requested_at',
  'closed_at',
  'outcome',
  'topic',
  'skills',
  'notes',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const ALIASES: Record<CsvColumn, string[]> = {
  id: [],
  company: ['company name', 'employer', 'organization', 'organisation', 'company/organization'],
  role: ['position', 'job title', 'title', 'job', 'job position', 'position title', 'role title'],
  stage: ['status', 'application status', 'column', 'list'],
  location: ['city', 'job location', 'place'],
  url: ['job url', 'link', 'job link', 'posting url', 'job posting', 'posting link', 'website', 'job posting url'],
  applied_on: ['date applied', 'applied', 'application date', 'applied date', 'date of application', 'applied at'],
  interview_at: ['interview date', 'interview', 'interview time', 'interview on'],
  interview_minutes: ['interview length', 'interview duration', 'duration'],
  interviewers: ['interviewer', 'contacts', 'contact', 'contact name', 'hiring manager'],
  decision_by: ['decision date', 'decision', 'expected decision'],
  thank_you_sent_at: ['thank you sent', 'thank you date', 'thank you'],
  follow_up_sent_at: ['follow up date', 'followed up', 'follow up', 'follow up sent'],
  second_follow_up_sent_at: ['second follow up', 'second follow up date', 'follow up 2'],
  employer_replied_at: ['reply date', 'replied', 'response date', 'employer replied'],
  offer_at: ['offer date', 'offer received'],
  offer_deadline: ['offer deadline', 'deadline', 'respond by', 'answer by', 'decide by'],
  rejected_at: ['rejection date', 'rejected', 'rejected on'],
  feedback_requested_at: ['feedback requested', 'feedback request date'],
  closed_at: ['closed', 'closed on', 'date closed'],
  outcome: ['result', 'final outcome'],
  topic: ['topics', 'discussed', 'interview notes'],
  skills: ['matching skills', 'skills'],
  notes: ['note', 'comments', 'comment', 'description'],
};

/** "Job Title" → "jobtitle": the form headers are compared in. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, CsvColumn>();
for (const column of CSV_COLUMNS) {
  for (const name of [column, ...ALIASES[column]]) BY_KEY.set(headerKey(name), column);
}

export interface HeaderMapping {
  /** Index of the cell in each row for every column that was found. */
  indexOf: Partial<Record<CsvColumn, number>>;
  /** The file's own header names that were read, and those that were not understood. */
  used: string[];
  ignored: string[];
}

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const indexOf: HeaderMapping['indexOf'] = {};
  const used: string[] = [];
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const column = BY_KEY.get(headerKey(header));
    if (column && indexOf[column] === undefined) {
      indexOf[column] = index;
      used.push(header);
    } else if (header.trim() !== '') {
      ignored.push(header);
    }
  });
  return { indexOf, used, ignored };
}
