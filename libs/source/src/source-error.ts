export interface SourceError {
  file: string;
  line: number;
  message: string;
}

export const formatSourceError = (error: SourceError): string =>
  `${error.file}:${error.line}: ${error.message}`;

export const byPosition = (a: SourceError, b: SourceError): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message);
