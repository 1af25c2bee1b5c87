import { describe, expect, it } from 'vitest';
import { SwedishAnalyzer, foldDiacritics, normalizeText, tokenize } from '../../src/qa/analyzer';
import { buildTopics } from '../../src/qa/knowledge';

// The analyzer taught the vocabulary of the real topics.
const analyzer = new SwedishAnalyzer();
analyzer.learn(buildTopics().flatMap((t) => [t.titleSv, t.keywordsSv.join('\n'), t.textSv]));
const terms = (text: string): string[] => analyzer.queryTerms(text).map((t) => t.term);
const term = (word: string): string => {
  const [only, ...rest] = terms(word);
  if (only === undefined || rest.length > 0) throw new Error(`expected one term for ${word}, got ${terms(word).join(' ')}`);
  return only;
};

describe('normalizeText / tokenize', () => {
  it.each([
    ['Vad krävs för MEDEL?', 'vad krävs för medel'],
    ['GP:n klar?', 'gp klar'],
    ['nivå 1–2', 'nivå 1 2'],
    ['Fysisk tillsyn (1-2 ggr/v)', 'fysisk tillsyn 1 2 ggr v'],
    ['Café\u0301 och å', 'cafe och å'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('rewrites multi-word synonyms before splitting words', () => {
    expect(tokenize('räknas direkt tid?')).toEqual(['räknas', 'brukartid']);
    expect(tokenize('socialt boende med stöd')).toEqual(['sbms']);
  });

  it('folds å, ä and ö the way they are typed without a Swedish keyboard', () => {
    expect(foldDiacritics('stödnivå för lägenhet')).toBe('stodniva for lagenhet');
  });
});

describe('stemming: inflections of one word meet', () => {
  it.each([
    ['genomförandeplan', ['genomförandeplanen', 'genomförandeplanens', 'genomförandeplaner']],
    ['restid', ['restiden']],
    ['uppdrag', ['uppdraget', 'uppdragen']],
    ['månad', ['månaden', 'månader']],
    ['vecka', ['veckor']],
    ['timme', ['timmar', 'timmen']],
  ])('%s', (base, forms) => {
    for (const form of forms) expect(term(form), form).toBe(term(base));
  });

  it('strips definite endings Snowball leaves on when the shorter form is known (nivån, besöket)', () => {
    expect(term('nivån')).toBe(term('nivå'));
    expect(term('besöket')).toBe(term('besök'));
  });
});

describe('synonyms', () => {
  it.each([
    ['genomförandeplan', ['GP', 'gp:n', 'genomförandeplanen']],
    ['brukartid', ['direkt tid', 'direkt brukartid', 'brukartiden']],
    ['tillsyn', ['besök', 'hembesök', 'hembesöket']],
    ['socialsekreterare', ['soc', 'socsek', 'handläggaren', 'handläggare']],
    ['stödnivå', ['nivå', 'nivåer', 'stödnivåerna']],
    ['uppstartsmöte', ['uppstart', 'uppstartsmötet']],
    ['förutsättning', ['villkor', 'villkoren']],
    ['restid', ['fram och tillbaka', 'fram o tillbaka']],
    ['syfte', ['varför finns', 'åstadkomma', 'avsikten']],
    ['nollalternativ', ['om man inte körde det', 'om det aldrig blev av']],
    ['benchmarking', ['förebilder']],
    ['delta', ['medverka', 'vara med och göra']],
  ])('%s', (canonical, words) => {
    for (const word of words) expect(terms(word), word).toEqual([term(canonical)]);
  });
});

describe('synonyms of several words', () => {
  it('match only as a phrase: "röd dag" is a helg, "dag" alone is not', () => {
    expect(terms('röd dag')).toEqual([term('helg')]);
    expect(terms('röda dagar')).toEqual([term('helg')]);
    expect(terms('hur många dagar')).not.toContain(term('helg'));
    expect(terms('varje dag')).not.toContain(term('helg'));
  });
});

describe('compound splitting against the vocabulary', () => {
  it('splits a compound only the staff\'s phrasings use into the documents\' own words', () => {
    const local = new SwedishAnalyzer();
    const own = ['möten med myndigheten', 'på andra sidan'];
    local.learn([...own, 'vem träffar vi på myndighetssidan?'], own);
    expect(local.queryTerms('myndighetssidan').map((t) => t.term)).toEqual([local.stemWord('myndigheten'), local.stemWord('sidan')]);
    // A compound the documents use themselves stays whole.
    const whole = new SwedishAnalyzer();
    whole.learn(['myndighetssidan', ...own], ['myndighetssidan', ...own]);
    expect(whole.queryTerms('myndighetssidan').map((t) => t.term)).toEqual([whole.stemWord('myndighetssidan')]);
  });

  it('splits genomförandeplanens into genomförande + plan', () => {
    expect(analyzer.splitCompound('genomförandeplanens')).toEqual([term('genomförande'), term('plan')]);
  });

  it('splits an unseen compound in a question: stödnivåändring → stödnivå + ändring', () => {
    expect(terms('stödnivåändring')).toEqual([term('stödnivå'), term('ändring')]);
  });

  it('splits helgbesök into helg + besök (→ tillsyn)', () => {
    expect(terms('helgbesök')).toEqual([term('helg'), term('tillsyn')]);
  });

  it('does not split words that are known as they are', () => {
    expect(terms('uppföljningsmöte')).toEqual([term('uppföljningsmöte')]);
  });
});

describe('typo tolerance and missing diacritics', () => {
  it.each([
    ['dokumentaton', 'dokumentation'],
    ['daganteckningr', 'daganteckningar'],
    ['bestämer', 'bestämmer'],
    ['hembesk', 'hembesök'],
    ['uppföljningsmötte', 'uppföljningsmötet'],
  ])('%s reads as %s', (typo, word) => {
    expect(terms(typo)).toEqual([term(word)]);
  });

  it.each([
    ['genomforandeplan', 'genomförandeplan'],
    ['stodniva', 'stödnivå'],
    ['manader', 'månader'],
  ])('%s without å/ä/ö reads as %s', (typed, word) => {
    expect(terms(typed)).toEqual([term(word)]);
  });

  it('leaves short words alone (one letter off in "hög" is another word)', () => {
    expect(analyzer.correctTypo('hgö')).toBeUndefined();
  });
});

describe('stop words', () => {
  it('drops question words and chat filler', () => {
    expect(terms('hej, vad är det som gäller egentligen?')).toEqual([]);
    expect(terms('vem bestämmer i slutändan, faktiskt?')).toEqual([term('bestämmer')]);
    expect(terms('vad menade man med det')).toEqual([]);
    expect(terms('soc håller på med uppdraget')).toEqual([term('soc'), term('uppdraget')]);
    expect(terms('pga det')).toEqual([]);
    expect(terms('i måndags, sånt')).toEqual([]);
    // how long an answer should be, not "kortsiktigt"
    expect(terms('syftet i korthet')).toEqual([term('syftet')]);
    expect(terms('vad är syftet, kort?')).toEqual([term('syftet')]);
    expect(terms('vad innebär det i praktiken, helst konkret')).toEqual([]);
    expect(terms('när på dagen')).toEqual([term('dagtid')]);
    expect(terms('hur mkt, förutom det som dykt upp')).toEqual([]);
    expect(terms('ingen gp alls')).toEqual([term('gp')]);
    expect(terms('stodniva andras')).toEqual([term('ändras'), term('stödnivå')]);
    expect(terms('vem ska hen vända sig till')).toEqual(terms('kontakt'));
  });

  it('keeps the words that carry the question', () => {
    expect(terms('räknas restid?')).toEqual([term('räknas'), term('restid')]);
  });
});

describe('words typed without å, ä, ö or with one slip', () => {
  it('applies multi-word synonyms typed without å, ä, ö as well', () => {
    expect(tokenize('hur ska det foljas upp')).toContain('uppföljning');
    expect(tokenize('socialt boende med stod')).toEqual(['sbms']);
  });

  it('reads a folded word as the known word it folds from, before its stem is taken for another word', () => {
    expect(term('ingar')).toBe(term('ingår'));
    expect(term('behover')).toBe(term('behöver'));
    expect(term('uppfoljningen')).toBe(term('uppföljningen'));
  });

  it('reads a word as the documents\' word with å, ä, ö even when the staff\'s phrasings type it without ("stod")', () => {
    const local = new SwedishAnalyzer();
    const own = ['individuellt stöd i boendet'];
    local.learn([...own, 'hen behöver mer stod'], own);
    expect(local.queryTerms('stod')[0]?.term).toBe(local.stemWord('stöd'));
  });

  it('keeps common words as typed ("satt", "andra", "inga"), and reads them otherwise only in a phrase', () => {
    const local = new SwedishAnalyzer();
    const own = ['på ett sätt', 'ändra stödnivån', 'det ingår', 'inga andra stödbehov'];
    local.learn([...own, 'vilka satt i gruppen'], own);
    expect(local.queryTerms('satt')[0]?.term).toBe(local.stemWord('satt'));
    expect(terms('vi vill andra nivan')).toEqual([term('ändra'), term('stödnivå')]);
    expect(terms('kan det inga?')).toEqual(terms('kan det ingå?'));
    expect(terms('referenser pa lag')).toEqual(terms('referenser på låg'));
    expect(terms('finns det andra nivåer')).toEqual([term('stödnivå')]);
  });

  it('keeps a word the texts use as typed ("stod" can be the past of "stå")', () => {
    const local = new SwedishAnalyzer();
    local.learn(['hon stod vid dörren', 'stöd i boendet', 'behöver du hjälp']);
    expect(local.queryTerms('stod')[0]?.term).toBe(local.stemWord('stod'));
    expect(local.queryTerms('behover')[0]?.term).toBe(local.stemWord('behöver'));
  });

  it('corrects two neighbouring letters typed in the wrong order, when exactly one swap gives a known word', () => {
    expect(analyzer.transposed('genomförandepaln')).toBe(term('genomförandeplan'));
    expect(terms('genomförandepaln')).toEqual([term('genomförandeplan')]);
    expect(analyzer.queryTerms('genomförandepaln')[0]?.corrected).toBe(true);
    expect(analyzer.transposed('xyzxyz')).toBeUndefined();
  });

  it('corrects one slip in a known word before splitting it into two other words', () => {
    const local = new SwedishAnalyzer();
    const own = ['samlarteamet träffar individen', 'vi lär oss', 'ett team'];
    local.learn(own, own);
    expect(local.splitCompound('samllarteamet')).toBeDefined();
    expect(local.queryTerms('samllarteamet').map((t) => t.term)).toEqual([local.stemWord('samlarteamet')]);
  });

  it('corrects a slip in an inflection the texts lack against the stems of the documents\' words', () => {
    const local = new SwedishAnalyzer();
    const own = ['beslutet fattas av nämnden', 'koppla in boendestödet'];
    local.learn(own, own);
    expect(local.correctTypo('belutades')).toBeUndefined();
    expect(local.queryTerms('belutades')[0]).toMatchObject({ term: local.stemWord('beslutet'), corrected: true });
    expect(local.queryTerms('kooppla')[0]?.term).toBe(local.stemWord('koppla'));
  });

  it('completes the stem of a misspelt word that starts a known word ("uppföljnigen")', () => {
    const local = new SwedishAnalyzer();
    const own = ['underlag för uppföljning'];
    local.learn(own, own);
    expect(local.queryTerms('uppföljnigen')[0]).toMatchObject({ term: local.stemWord('uppföljning'), corrected: true });
  });

  it('takes a swap only for a word the texts have as written: a misspelling\'s stem can be another word', () => {
    const local = new SwedishAnalyzer();
    local.learn(['förste soc. sekr. i arbetsgruppen', 'uppdrag i ärenden med sekretess', 'inte beviljas samtidigt']);
    // "sekretse" (one swap from "sekretes") stems to "sekr", the abbreviation: not a correction.
    expect(local.transposed('sekretes')).toBeUndefined();
    expect(local.queryTerms('sekretes')[0]?.term).toBe(local.stemWord('sekretess'));
    expect(local.queryTerms('samtidgt')[0]?.term).toBe(local.stemWord('samtidigt'));
  });
});

describe('tokenize reads a text once', () => {
  it('gives the same words for a text read again, and a caller changing them changes nothing', () => {
    const text = 'Boendestödet tar kontakt med individen inom tre vardagar.';
    const first = tokenize(text);
    first.push('ändrat');
    expect(tokenize(text)).toEqual(first.slice(0, -1));
  });
});
