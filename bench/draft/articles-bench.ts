/**
 * `policy-graph draft` on articles it was not built on (issue 22): every bench/draft/articles/*.txt
 * with its hand-written *.expected.yaml, drafted against the curated seed's names (no database),
 * validated, and scored per item type. dev-* were written before the code, unseen-* after it and
 * scored once. Run: npx tsx bench/draft/articles-bench.ts [--only dev-] [--graph] [--out bench/results]
 * (--graph: against the running graph's names, each draft validated against that graph).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSeedFiles } from '../../src/app/check-seed-files.js';
import { fromRoot } from '../../src/config/paths.js';
import { readArticle } from '../../src/draft/article.js';
import { draftArticle, type DraftContext } from '../../src/draft/draft.js';
import type { Gazetteer } from '../../src/draft/gazetteer.js';
import { ITEM_TYPES, pct, scoreArticle, total, type ArticleScore } from './article-score.js';
import { seedEventOn, seedGazetteer } from '../../src/draft/seed-gazetteer.js';
import { readSeedView } from './seed-view.js';
import type { SeedIssue } from '../../src/seed/issues.js';

export const ARTICLES = fromRoot('bench', 'draft', 'articles');

/**
 * dev-*: written before the code and worked on. unseen-*: each round written after the code of its
 * day by someone who had seen neither the code nor the other articles, and scored once: round 1
 * (06–08) at d684412 (bench/results/draft-articles-2026-12-03-round1.md), round 2 (09–11) at
 * 3169a06 (…-round2.md), round 3 (12–14) at fcf07c4, round 4 (15–17) at 3d3129f (…-round4.md),
 * round 5 (18–20) at 095fa32 (…-round5.md), round 6 (21–23) at d124be4 (…-round6.md), round 7 (24–26) at fa92d2b (…-round7.md), round 8 (27–29) at f7a5718 (…-round8.md), round 9 (30–32) at 274865c (…-round9.md), round 10 (33–35) at 219ba93 (…-2026-12-04-round10.md), round 11 (36–38) at c6c85fb (…-2026-12-04-round11.md), round 12 (39–41) at 495e1d7 (…-2026-12-04-round12.md), round 13 (42–44) at 9778a5b (…-2026-12-04-round13.md), round 14 (45–47) at c3a1b59 (…-2026-12-04-round14.md), round 15 (48–50) at 463d747 (…-2026-12-04-round15.md), round 16 (51–53) at 0fa9d93 (…-2026-12-04-round16.md), round 17 (54–56) at ee3249e (…-2026-12-04-round17.md), round 18 (57–59) at 49f4bb4 (…-2026-12-04-round18.md), round 19 (60–62) at c57368e (…-2026-12-04-round19.md), round 20 (63–65) at 8cfbd59 (…-2026-12-04-round20.md), round 21 (66–68) at f6afef1 (…-2026-12-04-round21.md), round 22 (69–71) at f6afef1 (…-2026-12-04-round22.md), round 23 (72–74) and round 24 (75–77) at b16e0be (…-2026-12-04-round23.md, …-round24.md), round 25 (78–80) and round 26 (81–83) at ad2a2e4 (…-2026-12-04-round25.md, …-round26.md), round 27 (84–86) and round 28 (87–89) at 4456b5e (…-2026-12-04-round27.md, …-round28.md), round 29 (90–92) at 8c0f154 (…-2026-12-04-round29.md), round 30 (93–95) at 254d977 (…-2026-12-04-round30.md), round 31 (96–98) at 8d77751 (…-2026-12-04-round31.md), round 32 (99–101) at fab2460 (…-2026-12-04-round32.md), round 33 (102–104) at fc92abf (…-2026-12-04-round33.md), round 34 (105–107) at 4103fa4 (…-2026-12-04-round34.md), round 35 (108–110) at 41e4ea1 (…-2026-12-04-round35.md), round 36 (111–113) at 79103f8 (…-2026-12-04-round36.md), round 37 (114–116) at 2178c2e (…-2026-12-04-round37.md), round 38 (117–119) at b45d721 (…-2026-12-04-round38.md), round 39 (120–122) at 50876c1 (…-2026-12-04-round39.md), round 40 (123–125) at f905cbd (…-2026-12-04-round40.md), round 41 (126–128) at db9232d (…-2026-12-04-round41.md), round 42 (129–131) at 588beef (…-2026-12-04-round42.md), round 43 (132–134) at e9525b6 (…-2026-12-05-round43.md), round 44 (135–137) at 4e36d81 (…-2026-12-05-round44.md), round 45 (138–140) at faa6547 (…-2026-12-05-round45.md), round 46 (141–143) at 6e69504 (…-2026-12-05-round46.md), round 47 (144–146) at 6801460 (…-2026-12-05-round47.md), round 48 (147–149) at 575ce99 (…-2026-12-05-round48.md), round 49 (150–152) at 09fe531 (…-2026-12-05-round49.md), round 50 (153–155) at 2a99cf7 (…-2026-12-05-round50.md), round 51 (156–158) at 9269f9d (…-2026-12-05-round51.md), round 52 (159–161) at 859872f (…-2026-12-05-round52.md), round 53 (162–164) at e1bdc64 (…-2026-12-05-round53.md), round 54 (165–167) at c5b3406 (…-2026-12-05-round54.md), round 55 (168–170) at 97689ff (…-2026-12-05-round55.md), round 56 (171–173) at 6499d99 (…-2026-12-05-round56.md), round 57 (174–176) at dedaf4f (…-2026-12-05-round57.md), round 58 (177–179) at 61ce44c (…-2026-12-05-round58.md), round 59 (180–182) at b066a19 (…-2026-12-05-round59.md), round 60 (183–185) at c468d25 (…-2026-12-05-round60.md), round 61 (186–188) at a56d17b (…-2026-12-05-round61.md), round 62 (189–191) at 8af6f09 (…-2026-12-05-round62.md), round 63 (192–194) at 194be8b (…-2026-12-05-round63.md), round 64 (195–197) at 8aff925 (…-2026-12-05-round64.md), round 65 (198–200) at 4693e83 (…-2026-12-05-round65.md), round 66 (201–203) at 7bee04b (…-2026-12-05-round66.md), round 67 (204–206) at 0ce5835 (…-2026-12-05-round67.md), round 68 (207–209) at 6bdabbe (…-2026-12-05-round68.md), round 69 (210–212) at 436ff45 (…-2026-12-05-round69.md), round 70 (213–215) at 70570a8 (…-2026-12-05-round70.md), round 71 (216–218) at 2632395 (…-2026-12-05-round71.md), round 72 (219–221) at d811474 (…-2026-12-05-round72.md), round 73 (222–224) at 1e80802 (…-2026-12-05-round73.md), round 74 (225–227) at ec95d36 (…-2026-12-05-round74.md), round 75 (228–230) at 9a165d7 (…-2026-12-05-round75.md), round 76 (231–233) at 91ea508 (…-2026-12-05-round76.md), round 77 (234–236) at 0db1f75 (…-2026-12-05-round77.md), round 78 (237–239) at e5f4f21 (…-2026-12-05-round78.md), round 79 (240–242) at aa3e163 (…-2026-12-05-round79.md), round 80 (243–245) at 9b6f37c (…-2026-12-05-round80.md), round 81 (246–248) at 1aa9cdf (…-2026-12-05-round81.md), round 82 (249–251) at b836810 (…-2026-12-05-round82.md), round 83 (252–254) at f44c69b (…-2026-12-05-round83.md), round 84 (255–257) at b40bcbd (…-2026-12-05-round84.md), round 85 (258–260) at 1c31303 (…-2026-12-05-round85.md), round 86 (261–263) at bc61921 (…-2026-12-05-round86.md), round 87 (264–266) at 335da40 (…-2026-12-05-round87.md), round 88 (267–269) at e79e497 (…-2026-12-05-round88.md), round 89 (270–272) at d93f73d (…-2026-12-05-round89.md), round 90 (273–275) at 9d681d7 (…-2026-12-05-round90.md), round 91 (276–278) at 3d9d747 (…-2026-12-06-round91.md), round 92 (279–281) at 911e35b (…-2026-12-06-round92.md), round 93 (282–284) at 54b578c (…-2026-12-06-round93.md), round 94 (285–287) at 9b29dd2 (…-2026-12-06-round94.md), round 95 (288–290) at 8555dd6 (…-2026-12-06-round95.md), round 96 (291–293) at 41c9e80 (…-2026-12-06-round96.md), round 97 (294–296) at 711a773 (…-2026-12-06-round97.md), round 98 (297–299) at e6feb92 (…-2026-12-06-round98.md), round 99 (300–302) at 8013db1 (…-2026-12-06-round99.md), round 100 (303–305) at f9c68a4 (…-2026-12-06-round100.md), round 101 (306–308) at 6c4c1c9 (…-2026-12-06-round101.md), round 102 (309–311) at f129b6c (…-2026-12-06-round102.md), round 103 (312–314) at aedd80e (…-2026-12-06-round103.md), round 104 (315–317) at 9165d23 (…-2026-12-06-round104.md), round 105 (318–320) at 1d2c276 (…-2026-12-06-round105.md), round 106 (321–323) at 1b47dfa (…-2026-12-06-round106.md), round 107 (324–326) at 586a323 (…-2026-12-06-round107.md), round 108 (327–329) at edd5fda (…-2026-12-06-round108.md), round 109 (330–332) at bdf60e2 (…-2026-12-06-round109.md), round 110 (333–335) at 73ec215 (…-2026-12-06-round110.md), round 111 (336–338) at 20f87c7 (…-2026-12-06-round111.md), round 112 (339–341) at 1a40069 (…-2026-12-06-round112.md), round 113 (342–344) at a29435e (…-2026-12-06-round113.md), round 114 (345–347) at ab70820 (…-2026-12-06-round114.md), round 115 (348–350) at 84d1857 (…-2026-12-06-round115.md), round 116 (351–353) at 573b5a2 (…-2026-12-06-round116.md), round 117 (354–356) at 1748803 (…-2026-12-06-round117.md), round 118 (357–359) at 7eedf04 (…-2026-12-06-round118.md), round 119 (360–362) at 2abdb1e (…-2026-12-06-round119.md), round 120 (363–365) at def6267 (…-2026-12-06-round120.md), round 121 (366–368) at 2ff38b6 (…-2026-12-06-round121.md), round 122 (369–371) at ba66177 (…-2026-12-06-round122.md), round 123 (372–374) at 9763b5f (…-2026-12-06-round123.md), round 124 (375–377) at b5487b0 (…-2026-12-06-round124.md), round 125 (378–380) at de1e6a0 (…-2026-12-06-round125.md), round 126 (381–383) at 60b3a26 (…-2026-12-06-round126.md), round 127 (384–386) at bc0ef82 (…-2026-12-06-round127.md), round 128 (387–389) at 5379481 (…-2026-12-06-round128.md), round 129 (390–392) at ac30605 (…-2026-12-06-round129.md), round 130 (393–395) at 681c81a (…-2026-12-06-round130.md), round 131 (396–398) at 07f0431 (…-2026-12-06-round131.md), round 132 (399–401) at 9425454 (…-2026-12-06-round132.md), round 134 (405–407) at 1215cbe (…-2026-12-06-round134.md), round 133 (402–404) at 368290c (…-2026-12-06-round133.md), round 135 (408–410) at e980718 (…-2026-12-06-round135.md), round 136 (411–413) at 39a44e4 (…-2026-12-06-round136.md), round 137 (414–416) at 58f6d50 (…-2026-12-06-round137.md), round 138 (417–419) at 7fc7801 (…-2026-12-06-round138.md), round 139 (420–422) at 54c9fb1 (…-2026-12-07-round139.md), round 140 (423–425) at 5393fe9 (…-2026-12-07-round140.md), round 141 (426–428) at 61ab4b5 (…-2026-12-07-round141.md), round 142 (429–431) at a2aed67 (…-2026-12-07-round142.md), round 143 (432–434) at dd06f81 (…-2026-12-07-round143.md), round 144 (435–437) at f73df45 (…-2026-12-07-round144.md), round 145 (438–440) at fa5fdcb (…-2026-12-07-round145.md), round 146 (441–443) at 33695db (…-2026-12-07-round146.md), round 147 (444–446) at 769ad32 (…-2026-12-07-round147.md), round 148 (447–449) at bc63fce (…-2026-12-07-round148.md), round 149 (450–452) at fc4d680 (…-2026-12-07-round149.md), round 150 (453–455) at 662b3a6 (…-2026-12-07-round150.md), round 151 (456–458) at 8ab9891 (…-2026-12-07-round151.md), round 152 (459–461) at 89d77ab (…-2026-12-07-round152.md), round 153 (462–464) at 68e864a (…-2026-12-07-round153.md), round 154 (465–467) at 79bb8c9 (…-2026-12-07-round154.md), round 155 (468–470) at 2abc944 (…-2026-12-07-round155.md), round 156 (471–473) at ae2965c (…-2026-12-07-round156.md), round 157 (474–476) at 76c332c (…-2026-12-07-round157.md), round 158 (477–479) at a0cb244 (…-2026-12-07-round158.md), round 159 (480–482) at 5a92245 (…-2026-12-07-round159.md), round 160 (483–485) at db45196 (…-2026-12-07-round160.md), round 161 (486–488) at 6e8681a (…-2026-12-07-round161.md), round 162 (489–491) at bf8c3e5 (…-2026-12-07-round162.md), round 163 (492–494) at 7410129 (…-2026-12-07-round163.md), round 164 (495–497) at bf73a41 (…-2026-12-07-round164.md), round 165 (498–500) at 31438b1 (…-2026-12-07-round165.md), round 166 (501–503) at 7688c3a (…-2026-12-07-round166.md), round 167 (504–506) at 1cbcd7a (…-2026-12-07-round167.md), round 168 (507–509) at 96854fc (…-2026-12-07-round168.md), round 169 (510–512) at 0819955 (…-2026-12-07-round169.md), round 170 (513–515) at 3035881 (…-2026-12-07-round170.md), round 171 (516–518) at 53655e7 (…-2026-12-07-round171.md), round 172 (519–521) at dedf30f (…-2026-12-07-round172.md), round 173 (522–524) at 3dd7d35 (…-2026-12-07-round173.md), round 174 (525–527) at 4520901 (…-2026-12-07-round174.md), round 175 (528–530) at 01c5a02 (…-2026-12-07-round175.md), round 176 (531–533) at 362aea7 (…-2026-12-07-round176.md), round 177 (534–536) at 29068b7 (…-2026-12-07-round177.md), round 178 (537–539) at dd05853 (…-2026-12-07-round178.md), round 179 (540–542) at 2e4affb (…-2026-12-07-round179.md), round 180 (543–545) at 966b0ac (…-2026-12-07-round180.md), round 181 (546–548) at 200cfe4 (…-2026-12-07-round181.md), round 182 (549–551) at c0ed3b2 (…-2026-12-07-round182.md), round 183 (552–554) at 14529b8 (…-2026-12-07-round183.md), round 184 (555–557) at c5d0983 (…-2026-12-08-round184.md), round 185 (558–560) at 4cc20c1 (…-2026-12-08-round185.md), round 186 (561–563) at 297e103 (…-2026-12-08-round186.md), round 187 (564–566) at f7e8eaa (…-2026-12-08-round187.md), round 188 (567–569) at 8e477eb (…-2026-12-08-round188.md), round 189 (570–572) at 2995415 (…-2026-12-08-round189.md), round 190 (573–575) at f2dad75 (…-2026-12-08-round190.md), round 191 (576–578) at 73183a2 (…-2026-12-08-round191.md), round 192 (579–581) at d661928 (…-2026-12-08-round192.md);
 * later runs re-score earlier rounds with the newer code.
 */
const ROUND_STARTS = [
  6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78,
  81, 84, 87, 90, 93, 96, 99, 102, 105, 108, 111, 114, 117, 120, 123, 126, 129, 132, 135, 138, 141,
  144, 147, 150, 153, 156, 159, 162, 165, 168, 171, 174, 177, 180, 183, 186, 189, 192, 195, 198,
  201, 204, 207, 210, 213, 216, 219, 222, 225, 228, 231, 234, 237, 240, 243, 246, 249, 252, 255,
  258, 261, 264, 267, 270, 273, 276, 279, 282, 285, 288, 291, 294, 297, 300, 303, 306, 309, 312,
  315, 318, 321, 324, 327, 330, 333, 336, 339, 342, 345, 348, 351, 354, 357, 360, 363, 366, 369,
  372, 375, 378, 381, 384, 387, 390, 393, 396, 399, 402, 405, 408, 411, 414, 417, 420, 423, 426,
  429, 432, 435, 438, 441, 444, 447, 450, 453, 456, 459, 462, 465, 468, 471, 474, 477, 480, 483,
  486, 489, 492, 495, 498, 501, 504, 507, 510, 513, 516, 519, 522, 525, 528, 531, 534, 537, 540,
  543, 546, 549, 552, 555, 558, 561, 564, 567, 570, 573, 576, 579,
];
const SETS = ['dev', ...ROUND_STARTS.map((_, k) => `unseen, round ${k + 1}`)];
type ArticleSet = string;
const setOf = (name: string): ArticleSet => {
  const n = Number(/^unseen-(\d+)/.exec(name)?.[1]);
  if (!n) return 'dev';
  const round = ROUND_STARTS.filter((from) => n >= from).length;
  return `unseen, round ${round}`;
};

export interface ArticleRun {
  readonly name: string;
  readonly set: ArticleSet;
  readonly errors: string[];
  readonly score: ArticleScore;
  readonly draftFile: string;
}

/** What the articles are drafted against: the curated seed's names, or a graph's (`--graph`). */
export interface DraftNames {
  readonly gazetteer: Gazetteer;
  readonly against: string;
  /** The graph's event on a day (the seed's, or the running graph's). */
  readonly eventOn?: DraftContext['eventOn'];
  /** `validate` of a draft as a curator would run it next: its issues. */
  readonly check: (file: string) => Promise<readonly SeedIssue[]>;
}

export const SEED_NAMES = (): DraftNames => ({
  gazetteer: seedGazetteer(),
  eventOn: seedEventOn(),
  against: 'the curated seed files (benchmark)',
  check: (file) => Promise.resolve(checkSeedFiles([file]).issues),
});

export async function runArticles(
  dir = ARTICLES,
  only?: string,
  names: DraftNames = SEED_NAMES(),
): Promise<ArticleRun[]> {
  const { gazetteer, against } = names;
  const out = mkdtempSync(join(tmpdir(), 'pg-draft-articles-'));
  const runs: ArticleRun[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && (!only || f.startsWith(only)));
  for (const file of files.sort()) {
    const name = file.replace(/\.txt$/, '');
    const expected = readFileSync(join(dir, `${name}.expected.yaml`), 'utf8');
    const draftFile = join(out, `${name}.draft.yaml`);
    // The article beside its draft, as a curator keeps it: the draft names it as `text:`, and
    // validate checks every span the draft quotes against it.
    copyFileSync(join(dir, file), join(out, file));
    const draft = await draftArticle(
      readArticle(join(out, file)),
      {},
      {
        gazetteer,
        against,
        ...(names.eventOn ? { eventOn: names.eventOn } : {}),
        outPath: draftFile,
        schemaFile: fromRoot('seed', 'schema.json'),
      },
    );
    writeFileSync(draftFile, draft.yaml);
    const issues = await names.check(draftFile);
    runs.push({
      name,
      set: setOf(name),
      errors: issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.message}`),
      score: scoreArticle(readSeedView(draft.yaml, gazetteer), readSeedView(expected, gazetteer)),
      draftFile,
    });
  }
  return runs;
}

const cell = (m: { found: number; curated: number; right: number; drafted: number }) =>
  `${m.found}/${m.curated} · ${m.right}/${m.drafted}`;

export function articlesReport(runs: readonly ArticleRun[]): string {
  const lines = [
    `| article | validates | ${ITEM_TYPES.join(' | ')} |`,
    `| --- | --- | ${ITEM_TYPES.map(() => '---').join(' | ')} |`,
    ...runs.map(
      (r) =>
        `| ${r.name} | ${r.errors.length ? `no (${r.errors.length})` : 'yes'} | ${ITEM_TYPES.map((t) => cell(r.score.items[t])).join(' | ')} |`,
    ),
  ];
  for (const set of [...SETS, 'unseen, all rounds']) {
    const inSet = runs.filter(
      (r) => r.set === set || (set.endsWith('all rounds') && r.set !== 'dev'),
    );
    if (inSet.length) lines.push(pooledRow(set, inSet));
  }
  return lines.join('\n');
}

/** One set's articles pooled: recall · precision per item type. */
function pooledRow(set: string, runs: readonly ArticleRun[]): string {
  const of = runs.map((r) => r.score);
  const cells = ITEM_TYPES.map((t) => {
    const m = total(of, t);
    return `${pct(m.found, m.curated)} · ${pct(m.right, m.drafted)}`;
  });
  const valid = runs.filter((r) => !r.errors.length).length;
  return `| **${set} (${of.length}): recall · precision** | ${valid}/${of.length} | ${cells.join(' | ')} |`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const onlyAt = process.argv.indexOf('--only');
  const onGraph = process.argv.includes('--graph');
  const names = onGraph ? await (await import('./graph-names.js')).graphNames() : SEED_NAMES();
  console.log(`drafted against ${names.against}`);
  const runs = await runArticles(
    ARTICLES,
    onlyAt > 0 ? process.argv[onlyAt + 1] : undefined,
    names,
  );
  console.log(articlesReport(runs));
  for (const r of runs) {
    if (r.errors.length) console.log(`${r.name}: ${r.errors.join('; ')}`);
    for (const t of ITEM_TYPES) {
      const m = r.score.items[t];
      if (m.missed.length || m.extra.length)
        console.log(
          `${r.name} ${t}: missed [${m.missed.join(', ')}] extra [${m.extra.join(', ')}]`,
        );
    }
  }
  // every draft validates as written: one that does not is a defect (and fails a smoke run)
  if (runs.some((r) => r.errors.length)) process.exitCode = 1;
  const outIndex = process.argv.indexOf('--out');
  if (outIndex > 0) {
    const day = new Date().toISOString().slice(0, 10);
    const base = join(process.argv[outIndex + 1]!, `draft-articles-${day}`);
    writeFileSync(`${base}.json`, JSON.stringify(runs, null, 2));
    const intro = [
      `# draft on articles it was not built on — ${day}`,
      '',
      'Each article in bench/draft/articles/ drafted against the curated seed names (no database) and',
      'scored against its hand-written expected seed file: cells are recall `found/expected` ·',
      'precision `right/drafted`. dev-*: written before the code and worked on. unseen-*: written',
      'after the code by someone who had seen neither the code nor the other articles, in rounds: each',
      'round scored once with the code of its day, that score kept in',
      'bench/results/draft-articles-<day>-roundN.md (rounds, articles and commits: the list at the top',
      'of bench/draft/articles-bench.ts); this run re-scores them',
      'all with the code',
      'of its day (the rounds were worked on after they were scored).',
      '"validates": `policy-graph validate` finds no error in the draft as written.',
    ];
    writeFileSync(`${base}.md`, `${intro.join('\n')}\n\n${articlesReport(runs)}\n`);
  }
}
