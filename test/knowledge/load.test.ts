import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/domain/sources';
import { findSourcesDirectory, loadSourceDocuments, sourceDocument, sourceDocuments } from '../../src/knowledge';

const ROOT = path.resolve(__dirname, '..', '..');

describe('loading the shipped sources', () => {
  const documents = sourceDocuments();

  it('loads the five documents, in id order', () => {
    expect(documents.map((d) => d.id)).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each([
    ['000', 'Stödnivåer i Socialt boende med stöd', '2021-04-01', /superseded for lägenhet by 003 from 2025-04-01/],
    ['001', 'Insatsprocess socialt boende med stöd', '2021-08-26', /in force/],
    ['002', 'Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd', '2024-06-04', /in force/],
    ['003', 'Stödnivåer i socialt boende med stöd – lägenhetsboende', '2025-04-01', /in force from 2025-04-01/],
    ['004', 'Boendestöd på stödboende', '2009-01-01', /background/],
  ] as const)('%s has its title, publisher, validity, status and original', (id, title, validFrom, status) => {
    const document = sourceDocument(id);
    expect(document).toMatchObject({ id, title, validFrom });
    expect(document.validFrom).toBe(SOURCES[id].validFrom);
    expect(document.publisher).toMatch(/^Göteborgs Stad, /);
    expect(document.status).toMatch(status);
    expect(document.original).toMatch(new RegExp(`^${id}_[0-9a-f]{16}\\.txt$`));
    expect(document.sections.length).toBeGreaterThan(4);
  });

  it('reads the files once and shares the result', () => {
    expect(sourceDocuments()).toBe(documents);
  });

  it('SOURCES point at the shipped files', () => {
    for (const source of Object.values(SOURCES)) expect(findSourcesDirectory()).toBe(path.join(ROOT, path.dirname(source.file)));
  });
});

describe('finding knowledge/sources', () => {
  it('from the sources, from the build output (dist/src/knowledge) and from the package root', () => {
    const expected = path.join(ROOT, 'knowledge', 'sources');
    expect(findSourcesDirectory(path.join(ROOT, 'src', 'knowledge'))).toBe(expected);
    expect(findSourcesDirectory(path.join(ROOT, 'dist', 'src', 'knowledge'))).toBe(expected);
    expect(findSourcesDirectory(ROOT)).toBe(expected);
  });

  it('fails with a clear message where there is none', () => {
    const lonely = mkdtempSync(path.join(tmpdir(), 'stodlotsen-knowledge-'));
    writeFileSync(path.join(lonely, 'package.json'), '{}');
    expect(() => findSourcesDirectory(lonely)).toThrow(/knowledge\/sources directory not found next to a package\.json above/);
  });

  it('rejects a file whose front matter names another document', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'stodlotsen-knowledge-'));
    const front = ['---', 'id: "001"', 'title: "T"', 'publisher: "P"', 'validFrom: "2021-01-01"', 'status: "s"', 'original: "o"', '---', '## A'];
    writeFileSync(path.join(directory, '000.md'), front.join('\n'));
    expect(() => loadSourceDocuments(directory)).toThrow('knowledge/sources/000.md: front matter id is "001", expected "000"');
  });
});
