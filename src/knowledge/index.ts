export type { Block, BlockKind, Section, SourceDocument, SourceMetadata } from './document';
export { findSection, headingKey, parseSourceDocument, plainText, slugify, tableCells, SourceParseError } from './parse';
export { findSourcesDirectory, loadSourceDocuments, sourceDocument, sourceDocuments, SOURCE_IDS } from './load';
