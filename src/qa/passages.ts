/**
 * Every block of every shipped source document (paragraph, list item, table row) as a
 * retrievable passage with its citation `<id> › <section heading>`, plus every section as a
 * whole ("Visa hela avsnittet"). Pure: built from parsed documents, no I/O.
 */
import type { BlockKind, SourceDocument } from '../knowledge';
import type { SourceId } from '../domain/sources';
import { SOURCES } from '../domain/sources';

export interface Passage {
  /** `passage.<docId>.<sectionId>.<n>`: stable while the document is unchanged. */
  readonly id: string;
  readonly sectionTopicId: string;
  readonly source: SourceId;
  readonly heading: string;
  readonly headingPath: readonly string[];
  readonly text: string;
  readonly page?: number;
  /** The header row of a table (its column names only). */
  readonly isHeaderRow?: boolean;
  /** A cover-page label in capitals ("STADSLEDNINGSKONTORET", "BILAGA 6"): indexed, never an answer. */
  readonly isPageLabel?: boolean;
  /**
   * A block of a section that holds only the labels of a process diagram ("Hantera avvikelse",
   * "Förbereda för att flytta in") and its version stamp: indexed, never an answer – it names steps
   * whose content the document does not give.
   */
  readonly isDiagramLabel?: boolean;
}

const PAGE_LABEL = /^[^\p{Ll}]{1,40}$/u;
/** "Senaste version beslutad 2021-08-26 av …": a version stamp, like a document's front matter. */
export const VERSION_STAMP = /^(?:senaste )?version (?:beslutad|fastställd|antagen)/iu;
/** At most this many words, no sentence end, no number: the label of a box in a diagram. */
const MAX_LABEL_WORDS = 5;

function isShortLabel(text: string): boolean {
  return text.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.:!?]\s*$/.test(text) && !/\d/.test(text);
}

export interface SectionText {
  readonly topicId: string;
  readonly source: SourceId;
  readonly heading: string;
  readonly lines: readonly string[];
  /** The kind of block each line is (same order as `lines`). */
  readonly kinds: readonly BlockKind[];
}

/** The id suffix of a document's front-matter passage (title, date of validity, publisher). */
export const ABOUT_PASSAGE_SUFFIX = '.om-dokumentet';

export function isSourceId(id: string): id is SourceId {
  return id in SOURCES;
}

export function sectionTopicId(docId: string, sectionId: string): string {
  return `section.${docId}.${sectionId}`;
}

/** A table row reads as "Nivå: 1; Innehåll: …" so the header words are part of the passage. */
function blockText(block: SourceDocument['sections'][number]['blocks'][number]): string {
  const cells = block.cells;
  const header = block.header;
  if (block.kind !== 'tableRow' || !cells) return block.text;
  if (!header) return cells.join(' | ');
  return cells.map((cell, i) => (header[i] ? `${header[i]}: ${cell}` : cell)).join(' | ');
}

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function dateSv(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d ?? ''} ${MONTHS_SV[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

/**
 * Every block as a passage, plus one passage per document from its front matter (title,
 * publisher, date of validity: "när beslutades handboken?").
 */
export interface BuiltPassages {
  readonly passages: readonly Passage[];
  readonly sections: ReadonlyMap<string, SectionText>;
  /** Headings of sections that have no text of their own and no sub-sections ("1.2 Alternativ till projektidén"). */
  readonly emptyHeadings: readonly string[];
}

export function buildPassages(documents: readonly SourceDocument[]): BuiltPassages {
  const passages: Passage[] = [];
  const sections = new Map<string, SectionText>();
  const emptyHeadings: string[] = [];
  for (const document of documents) {
    if (!isSourceId(document.id)) throw new Error(`qa: unknown source document id ${document.id}`);
    document.sections.forEach((section, i) => {
      const next = document.sections[i + 1];
      if (section.blocks.length === 0 && (!next || next.level <= section.level)) emptyHeadings.push(section.heading);
    });
    const source = document.id;
    const aboutId = sectionTopicId(source, 'om-dokumentet');
    const status = document.statusSv ?? `Dokumentet gäller från och med ${dateSv(document.validFrom)} (${document.validFrom}).`;
    const about = `${document.title}: ${status} Utgivet av ${document.publisher}.`;
    sections.set(aboutId, { topicId: aboutId, source, heading: document.title, lines: [about], kinds: ['paragraph'] });
    passages.push({ id: `passage.${source}${ABOUT_PASSAGE_SUFFIX}`, sectionTopicId: aboutId, source, heading: document.title, headingPath: [document.title], text: about });
    for (const section of document.sections) {
      const topicId = sectionTopicId(source, section.id);
      const lines = section.blocks.map(blockText);
      const diagram = section.blocks.every((b) => (b.kind === 'paragraph' && isShortLabel(b.text)) || VERSION_STAMP.test(b.text));
      if (lines.length > 0) sections.set(topicId, { topicId, source, heading: section.heading, lines, kinds: section.blocks.map((b) => b.kind) });
      section.blocks.forEach((block, n) => {
        passages.push({
          id: `passage.${source}.${section.id}.${n}`,
          sectionTopicId: topicId,
          source,
          heading: section.heading,
          headingPath: section.headingPath,
          text: lines[n] ?? block.text,
          ...(block.page !== undefined ? { page: block.page } : {}),
          ...(block.kind === 'tableRow' && !block.header ? { isHeaderRow: true } : {}),
          ...(PAGE_LABEL.test(block.text.trim()) ? { isPageLabel: true } : {}),
          ...(diagram ? { isDiagramLabel: true } : {}),
        });
      });
    }
  }
  return { passages, sections, emptyHeadings };
}
