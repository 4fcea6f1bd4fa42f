import { type SeededRandom } from '../random';

// People's names (hanzi and pinyin, for usernames) and unique phone numbers.

type Syllables = readonly (readonly [hanzi: string, pinyin: string])[];

// Weighted towards the commonest surnames nationally, plus some frequent in Yunnan (杨, 段, 马, 普, 字).
const SURNAMES: ReadonlyArray<readonly [hanzi: string, pinyin: string, weight: number]> = [
  ['王', 'wang', 10],
  ['李', 'li', 11],
  ['张', 'zhang', 9],
  ['刘', 'liu', 7],
  ['陈', 'chen', 7],
  ['杨', 'yang', 9],
  ['赵', 'zhao', 4],
  ['黄', 'huang', 4],
  ['周', 'zhou', 4],
  ['吴', 'wu', 4],
  ['徐', 'xu', 2],
  ['孙', 'sun', 2],
  ['马', 'ma', 3],
  ['朱', 'zhu', 2],
  ['胡', 'hu', 2],
  ['郭', 'guo', 2],
  ['何', 'he', 2],
  ['高', 'gao', 2],
  ['罗', 'luo', 2],
  ['林', 'lin', 1.5],
  ['段', 'duan', 1.5],
  ['鲁', 'lu', 1],
  ['施', 'shi', 1],
  ['余', 'yu', 1],
  ['普', 'pu', 0.5],
  ['字', 'zi', 0.5],
];

const GIVEN_NAMES = {
  male: {
    single: [
      ['伟', 'wei'],
      ['强', 'qiang'],
      ['军', 'jun'],
      ['磊', 'lei'],
      ['勇', 'yong'],
      ['杰', 'jie'],
      ['涛', 'tao'],
      ['明', 'ming'],
      ['斌', 'bin'],
      ['超', 'chao'],
      ['刚', 'gang'],
      ['辉', 'hui'],
      ['鹏', 'peng'],
      ['华', 'hua'],
      ['波', 'bo'],
      ['浩', 'hao'],
      ['宇', 'yu'],
      ['龙', 'long'],
      ['林', 'lin'],
      ['兴', 'xing'],
    ],
    first: [
      ['建', 'jian'],
      ['志', 'zhi'],
      ['国', 'guo'],
      ['永', 'yong'],
      ['德', 'de'],
      ['家', 'jia'],
      ['海', 'hai'],
      ['文', 'wen'],
      ['子', 'zi'],
      ['云', 'yun'],
      ['俊', 'jun'],
      ['金', 'jin'],
    ],
  },
  female: {
    single: [
      ['芳', 'fang'],
      ['娜', 'na'],
      ['敏', 'min'],
      ['静', 'jing'],
      ['丽', 'li'],
      ['艳', 'yan'],
      ['娟', 'juan'],
      ['霞', 'xia'],
      ['玲', 'ling'],
      ['燕', 'yan'],
      ['红', 'hong'],
      ['梅', 'mei'],
      ['琳', 'lin'],
      ['婷', 'ting'],
      ['雪', 'xue'],
      ['慧', 'hui'],
      ['萍', 'ping'],
      ['英', 'ying'],
      ['琼', 'qiong'],
      ['芬', 'fen'],
    ],
    first: [
      ['晓', 'xiao'],
      ['春', 'chun'],
      ['丽', 'li'],
      ['玉', 'yu'],
      ['秀', 'xiu'],
      ['思', 'si'],
      ['雨', 'yu'],
      ['美', 'mei'],
      ['彩', 'cai'],
      ['云', 'yun'],
      ['桂', 'gui'],
      ['海', 'hai'],
    ],
  },
} satisfies Record<'male' | 'female', { single: Syllables; first: Syllables }>;

interface PersonName {
  surname: string;
  name: string;
  pinyin: { surname: string; given: string };
}

export function personName(random: SeededRandom): PersonName {
  const [surname, surnamePinyin] = random.weighted(SURNAMES.map(([hanzi, pinyin, weight]) => [[hanzi, pinyin] as const, weight] as const));
  const pool = random.chance(0.5) ? GIVEN_NAMES.male : GIVEN_NAMES.female;
  const given: Array<readonly [string, string]> = random.chance(0.45)
    ? [random.pick(pool.single)]
    : [random.pick(pool.first), random.pick(pool.single)];
  if (given.length === 2 && given[0][0] === given[1][0]) given.pop(); // no 云云
  return {
    surname,
    name: surname + given.map(([hanzi]) => hanzi).join(''),
    pinyin: { surname: surnamePinyin, given: given.map(([, pinyin]) => pinyin).join('') },
  };
}

// Real mobile prefixes of the three carriers, the old ones more common among shop owners.
const MOBILE_PREFIXES = [
  '139',
  '138',
  '137',
  '136',
  '135',
  '134',
  '150',
  '151',
  '152',
  '158',
  '159',
  '187',
  '188',
  '182',
  '183',
  '130',
  '131',
  '132',
  '155',
  '156',
  '185',
  '186',
  '133',
  '153',
  '180',
  '189',
  '177',
  '199',
  '198',
  '173',
  '181',
];

export class PhoneBook {
  private readonly used = new Set<string>();
  constructor(private readonly random: SeededRandom) {}

  mobile(): string {
    return this.unique(() => this.random.pick(MOBILE_PREFIXES) + this.digits(8));
  }

  /** Kunming landlines are 0871 plus eight digits starting with 6. */
  kunmingLandline(): string {
    return this.unique(() => `0871-6${this.digits(7)}`);
  }

  private digits(count: number): string {
    return Array.from({ length: count }, () => this.random.int(0, 9)).join('');
  }

  private unique(draw: () => string): string {
    for (;;) {
      const phone = draw();
      if (!this.used.has(phone)) {
        this.used.add(phone);
        return phone;
      }
    }
  }
}

export function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : digits[tens]) + '十' + (units ? digits[units] : '');
}
