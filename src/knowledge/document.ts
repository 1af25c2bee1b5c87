/**
 * The shipped source documents (knowledge/sources/<id>.md) as structured text: every heading is a
 * section, every paragraph, list item and table row a block. Pure data, no I/O.
 */
export type BlockKind = 'paragraph' | 'listItem' | 'tableRow';

export interface Block {
  readonly kind: BlockKind;
  /** Plain text without markdown markup; for a table row the cells joined by " | ". */
  readonly text: string;
  /** The `<!-- sida N -->` page the block starts on, where the original shows pages. */
  readonly page?: number;
  /** Table rows only: the cells, plain text. */
  readonly cells?: readonly string[];
  /** Table rows only: the header row of the table the row belongs to (absent on the header row itself). */
  readonly header?: readonly string[];
  /** 1-based line in the .md file (for tests and "open the whole passage"). */
  readonly line: number;
}

export interface Section {
  /** Stable slug of the heading, unique within its document (a repeated heading gets "-2", "-3"). */
  readonly id: string;
  /** Headings from the top down to this one; empty for the text before the first heading. */
  readonly headingPath: readonly string[];
  /** The heading exactly as the document writes it (the document's title for the text before the first heading). */
  readonly heading: string;
  /** 1–6 as in markdown; 0 for the text before the first heading. */
  readonly level: number;
  readonly line: number;
  readonly blocks: readonly Block[];
}

export interface SourceMetadata {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly validFrom: string;
  readonly status: string;
  readonly statusSv?: string;
  readonly original: string;
}

export interface SourceDocument extends SourceMetadata {
  readonly sections: readonly Section[];
}
