import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openDatabase } from '../db/open-database';
import { makeTempDir } from '../testing/temp-dir';
import { mulberry32 } from '../testing/prng';
import { jaccard, normaliseForIdentity, trigrams } from '../../shared/library/similarity';
import { LibraryStore, type NewSnippet } from './library-store';
import { libraryMigrations } from './migrations';
import { BandTable, LSH_BANDS, LSH_MIN_SHARED_BANDS, LSH_ROWS, lshCandidateProbability, MINHASH_HASHES, minhashSignature, textBands } from './minhash';

let temp: ReturnType<typeof makeTempDir>;
let store: LibraryStore;
const now = new Date('2026-04-08T09:00:00.000Z');
const open = () => new LibraryStore(openDatabase(path.join(temp.dir, 'library.db'), () => now, libraryMigrations).db, () => now);
beforeEach(() => {
  temp = makeTempDir();
  store = open();
});
afterEach(() => {
  if (store.db.open) store.db.close();
  temp.cleanup();
});

const snippet = (text: string, extra: Partial<NewSnippet> = {}): NewSnippet => ({
  text,
  headingPath: [],
  kind: '其他',
  kindReason: '',
  sourceId: null,
  sourceName: 'a.txt',
  year: 2025,
  ...extra,
});

// 60 characters.
const SIXTY = '深入推进营商环境优化提升行动，全年新增市场主体一万二千户，企业开办时间压缩至一个工作日以内，政务服务事项全部实现网上可办';
const CHARS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

describe('MinHash LSH parameters', () => {
  it('uses 128 hashes in 16 bands of 8, 2 shared, on the S-curve stated in minhash.ts', () => {
    expect([MINHASH_HASHES, LSH_BANDS, LSH_ROWS, LSH_MIN_SHARED_BANDS]).toEqual([128, 16, 8, 2]);
    expect(lshCandidateProbability(0.9)).toBeGreaterThan(0.998);
    expect(lshCandidateProbability(0.95)).toBeGreaterThan(0.9999);
    expect(lshCandidateProbability(0.8)).toBeCloseTo(0.78, 2);
    expect(lshCandidateProbability(0.5)).toBeLessThan(0.003);
    expect(lshCandidateProbability(0.9, 16, 8, 1)).toBeGreaterThan(0.9998);
  });

  it('agrees with Jaccard on average: each MinHash value matches with probability J', () => {
    const rnd = mulberry32(11);
    let bias = 0;
    const n = 300;
    for (let i = 0; i < n; i++) {
      const a = Array.from({ length: 40 + Math.floor(rnd() * 200) }, () => CHARS[Math.floor(rnd() * CHARS.length)]!);
      const b = [...a];
      for (let e = Math.floor(rnd() * 20); e > 0; e--) b[Math.floor(rnd() * b.length)] = CHARS[Math.floor(rnd() * CHARS.length)]!;
      const [sa, sb] = [minhashSignature(a.join('')), minhashSignature(b.join(''))];
      let agree = 0;
      for (let k = 0; k < MINHASH_HASHES; k++) if (sa[k] === sb[k]) agree++;
      bias += agree / MINHASH_HASHES - jaccard(trigrams(a.join('')), trigrams(b.join('')));
    }
    expect(Math.abs(bias / n)).toBeLessThan(0.01);
  });

  it('recall on a seeded set: two or more shared bands find at least 99 % of the pairs with Jaccard ≥ 0.9, and few unrelated paragraphs', () => {
    const rnd = mulberry32(20260408);
    const pick = () => CHARS[Math.floor(rnd() * CHARS.length)]!;
    let pairs = 0;
    let found = 0;
    const table = new BandTable();
    const bases: string[] = [];
    while (pairs < 2000) {
      const a = Array.from({ length: 60 + Math.floor(rnd() * 240) }, pick);
      const b = [...a];
      // One to several edits (replace, insert, delete), keeping pairs near the threshold.
      for (let e = 1 + Math.floor(rnd() * Math.max(1, a.length / 25)); e > 0; e--) {
        const at = Math.floor(rnd() * b.length);
        const op = rnd();
        if (op < 0.6) b[at] = pick();
        else if (op < 0.8) b.splice(at, 0, pick());
        else b.splice(at, 1);
      }
      const [ta, tb] = [normaliseForIdentity(a.join('')), normaliseForIdentity(b.join(''))];
      if (jaccard(trigrams(ta), trigrams(tb)) < 0.9) continue;
      pairs++;
      const ba = textBands(ta);
      const bb = textBands(tb);
      if (ba.filter((k, i) => k === bb[i]).length >= LSH_MIN_SHARED_BANDS) found++;
      table.add(bases.length + 1, ba);
      bases.push(tb);
    }
    expect(found / pairs).toBeGreaterThanOrEqual(0.99);
    // Through the table: each edited text finds its own original among the candidates…
    let own = 0;
    let others = 0;
    bases.forEach((text, i) => {
      const ids = table.candidates(textBands(text));
      if (ids.has(i + 1)) own++;
      others += ids.size - (ids.has(i + 1) ? 1 : 0);
    });
    expect(own / bases.length).toBeGreaterThanOrEqual(0.99);
    // …and unrelated random paragraphs almost never.
    expect(others / bases.length).toBeLessThan(0.01);
  });
});

describe('near duplicates through the store', () => {
  it('finds a 60-character paragraph with one character changed, and keeps distinct paragraphs apart', () => {
    expect([...SIXTY].length).toBe(60);
    const id = store.insert(snippet(SIXTY));
    const edited = SIXTY.replace('一万二千', '一万三千');
    const [match] = store.nearDuplicates(edited);
    expect(match).toMatchObject({ id, text: SIXTY });
    expect(match!.similarity).toBeGreaterThanOrEqual(0.9);
    expect(match!.similarity).toBeCloseTo(jaccard(trigrams(normaliseForIdentity(SIXTY)), trigrams(normaliseForIdentity(edited))), 6);

    const distinct = '持续深化营商环境改革，全年新增市场主体八千户，企业开办时间压缩至半个工作日，政务服务事项全部实现一网通办和跨省通办。';
    expect(store.nearDuplicates(distinct)).toEqual([]);
    store.insert(snippet(distinct));
    expect(store.nearDuplicates(edited).map((m) => m.id)).toEqual([id]);
  });

  it('follows edits, deletes and the bin: new wording is found, old wording and deleted snippets are not', () => {
    const id = store.insert(snippet(SIXTY));
    const other = '全面扎实推进乡村振兴战略，全年建成高标准农田五万亩，新建改建农村公路一百二十公里，农村人居环境整治提升行动取得明显成效。';
    store.setText(id, other);
    expect(store.nearDuplicates(SIXTY)).toEqual([]);
    expect(store.nearDuplicates(other.replace('五万亩', '六万亩')).map((m) => m.id)).toEqual([id]);
    store.softDelete([id]);
    expect(store.nearDuplicates(other)).toEqual([]);
    store.undelete([id]);
    expect(store.nearDuplicates(other).map((m) => m.id)).toEqual([id]);
    expect(store.db.prepare('SELECT count(*) FROM snippet_lsh').pluck().get()).toBe(1);
  });

  it('gives snippets from before the band table their keys on the next search (an older library or backup)', () => {
    const id = store.insert(snippet(SIXTY));
    store.db.exec('DELETE FROM snippet_lsh');
    store.db.close();
    store = open();
    expect(store.nearDuplicates(SIXTY.replace('一万二千', '一万三千')).map((m) => m.id)).toEqual([id]);
    expect(store.db.prepare('SELECT count(*) FROM snippet_lsh').pluck().get()).toBe(1);
    // A stored value of the wrong shape is recomputed too.
    store.db.exec("UPDATE snippet_lsh SET bands = x'00'");
    store.db.close();
    store = open();
    expect(store.nearDuplicates(SIXTY).map((m) => m.id)).toEqual([id]);
    expect(store.db.prepare('SELECT length(bands) FROM snippet_lsh').pluck().get()).toBe(64);
  });

  it('sees snippets another connection added after the band table was built', () => {
    expect(store.nearDuplicates(SIXTY)).toEqual([]);
    const other = open();
    const id = other.insert(snippet(SIXTY));
    other.db.close();
    expect(store.nearDuplicates(SIXTY.replace('一万二千', '一万三千')).map((m) => m.id)).toEqual([id]);
  });
});
