// What the command line prints about the data and the files it is given, shared by its
// commands so that `due`, `stats`, `export`, `import` and `capture` say the same thing the
// same way. Each command prefixes its own name ("afterview export: ...").

// Reading the data folder (read-data.ts).
export const dataUnreadable = (file: string, reason: string): string => `Could not read ${file}: ${reason}.`;
export const noDataYet = (dataDir: string, file: string, whatToDo: string): string =>
  `There is no Afterview data in ${dataDir} yet (no ${file}); ${whatToDo}.`;
export const NO_DATA_WHAT_TO_DO = 'open the app once, or pass --csv FILE';
export const newerDataPartly = (file: string, version: number): string =>
  `${file} was written by a newer Afterview (format ${version}); only what this version understands is included. Update Afterview for all of it.`;
export const newerDataUnreadable = (file: string, version: number): string =>
  `${file} was written by a newer Afterview (format ${version}); update this copy to read it.`;
export const damagedData = (file: string, reason: string): string =>
  `${file} cannot be read: ${reason}. The app restores its latest backup when it next starts.`;

// Changing the data (open-for-change.ts).
export const newerDataNotChanged = (nothingDone: string): string =>
  `${nothingDone}, because this data was saved by a newer version of Afterview.`;

// The file named on the command line (import.ts, capture.ts, export.ts).
export const cannotReadFile = (file: string): string => `cannot read ${file}; check the path and try again.`;
export const cannotWriteFile = (file: string): string => `cannot write ${file}; check that the folder exists and you can write to it.`;
