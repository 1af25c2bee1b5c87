/**
 * The Swedish source documents (../shared/seeds) every rule in the core is traced to.
 * A citation is rendered as `<id> › <section>`, e.g. "003 › Bedömningsstöd för stödnivåer".
 */
export const SOURCES = {
  '000': {
    file: '000_0d15ae5a9085babf.txt',
    title: 'Stödnivåer i socialt boende med stöd (Social Sydväst)',
    validFrom: '2021-04-01',
  },
  '001': {
    file: '001_8b7bd342feaeec75.txt',
    title: 'Insatsprocess socialt boende med stöd',
    validFrom: '2021-08-26',
  },
  '002': {
    file: '002_8b11ea54f0ed9ead.txt',
    title: 'Boendestöd – gemensam handbok för myndighet och utförare (Förvaltningen för funktionsstöd)',
    validFrom: '2024-06-04',
  },
  '003': {
    file: '003_21c48be46844d9f4.txt',
    title: 'Stödnivåer i socialt boende med stöd – lägenhetsboende',
    validFrom: '2025-04-01',
  },
  '004': {
    file: '004_4db050feba088e54.txt',
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
