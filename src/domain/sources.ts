/**
 * The Swedish source documents every rule in the core is traced to, shipped as structured text in
 * knowledge/sources/<id>.md (front matter: title, publisher, validFrom, status; read and parsed by
 * src/knowledge). `file` is the path from the package root.
 * A citation is rendered as `<id> › <section>`, e.g. "003 › Bedömningsstöd för stödnivåer".
 */
export const SOURCES = {
  '000': {
    file: 'knowledge/sources/000.md',
    title: 'Stödnivåer i socialt boende med stöd (Social Sydväst)',
    validFrom: '2021-04-01',
  },
  '001': {
    file: 'knowledge/sources/001.md',
    title: 'Insatsprocess socialt boende med stöd',
    validFrom: '2021-08-26',
  },
  '002': {
    file: 'knowledge/sources/002.md',
    title: 'Boendestöd – gemensam handbok för myndighet och utförare (Förvaltningen för funktionsstöd)',
    validFrom: '2024-06-04',
  },
  '003': {
    file: 'knowledge/sources/003.md',
    title: 'Stödnivåer i socialt boende med stöd – lägenhetsboende',
    validFrom: '2025-04-01',
  },
  '004': {
    file: 'knowledge/sources/004.md',
    title: 'Boendestöd på stödboende (projektförslag, bakgrund)',
    validFrom: '2009-01-01',
  },
} as const;

export type SourceId = keyof typeof SOURCES;

export interface Citation {
  readonly source: SourceId;
  readonly section: string;
}

export function cite(source: SourceId, section: string): Citation {
  return Object.freeze({ source, section });
}

export function formatCitation(citation: Citation): string {
  return `${citation.source} › ${citation.section}`;
}
