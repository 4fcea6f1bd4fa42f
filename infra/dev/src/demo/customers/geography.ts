// Where the company works: its regions and the districts of Kunming its routes cover.

export type RegionKey = 'MAIN' | 'CHENGGONG' | 'ANNING';

export const REGIONS: ReadonlyArray<{ key: RegionKey; code: string; name: string; inCompanyArea: boolean }> = [
  { key: 'MAIN', code: 'KM-MAIN', name: '昆明主城区', inCompanyArea: true },
  { key: 'CHENGGONG', code: 'KM-CG', name: '呈贡区', inCompanyArea: true },
  // 安宁 is a county-level city served from Kunming but outside the company's own area,
  // so complaints there get the 24-hour deadline.
  { key: 'ANNING', code: 'KM-AN', name: '安宁市', inCompanyArea: false },
];

export interface District {
  code: string;
  name: string;
  region: RegionKey;
  /** Last two digits of the administrative division code (5301xx), used in licence numbers. */
  divisionCode: string;
  latitude: number;
  longitude: number;
  /** Radius of the part of the district the company's routes cover. */
  radiusKm: number;
  /** Share of the territories; the old city is densest. */
  weight: number;
  /** Share of its territories visited twice a week rather than once. */
  twiceWeeklyShare: number;
  streets: readonly string[];
}

// Centres are real; 呈贡 and 安宁 are placed at their parts nearest the city (吴家营, 太平新城)
// so every shop stays within about 15 km of the city centre (25.04N 102.71E).
export const DISTRICTS: readonly District[] = [
  {
    code: 'WH',
    name: '五华区',
    region: 'MAIN',
    divisionCode: '02',
    latitude: 25.048,
    longitude: 102.7,
    radiusKm: 3,
    weight: 0.2,
    twiceWeeklyShare: 0.6,
    streets: [
      '人民中路',
      '人民西路',
      '东风西路',
      '青年路',
      '华山南路',
      '正义路',
      '西昌路',
      '龙翔街',
      '学府路',
      '一二一大街',
      '莲花池正街',
      '翠湖南路',
      '武成路',
      '建设路',
      '圆通街',
    ],
  },
  {
    code: 'PL',
    name: '盘龙区',
    region: 'MAIN',
    divisionCode: '03',
    latitude: 25.075,
    longitude: 102.725,
    radiusKm: 3.5,
    weight: 0.2,
    twiceWeeklyShare: 0.5,
    streets: ['北京路', '白塔路', '东风东路', '穿金路', '联盟路', '龙泉路', '小康大道', '白龙路', '沣源路', '北辰大道', '桃源街', '世博路'],
  },
  {
    code: 'GD',
    name: '官渡区',
    region: 'MAIN',
    divisionCode: '11',
    latitude: 25.012,
    longitude: 102.745,
    radiusKm: 4,
    weight: 0.25,
    twiceWeeklyShare: 0.45,
    streets: [
      '春城路',
      '关上中路',
      '民航路',
      '金马路',
      '日新中路',
      '彩云北路',
      '官南大道',
      '东郊路',
      '珥季路',
      '广福路',
      '云秀路',
      '永平路',
    ],
  },
  {
    code: 'XS',
    name: '西山区',
    region: 'MAIN',
    divisionCode: '12',
    latitude: 25.025,
    longitude: 102.67,
    radiusKm: 3.5,
    weight: 0.18,
    twiceWeeklyShare: 0.4,
    streets: ['滇池路', '前卫西路', '西坝路', '前兴路', '西园路', '昌源北路', '碧鸡路', '环城西路', '兴苑路', '福海路', '马街北路'],
  },
  {
    code: 'CG',
    name: '呈贡区',
    region: 'CHENGGONG',
    divisionCode: '14',
    latitude: 24.96,
    longitude: 102.78,
    radiusKm: 2.5,
    weight: 0.1,
    twiceWeeklyShare: 0.25,
    streets: ['聚贤街', '春融街', '彩云南路', '洛龙路', '雨花路', '锦绣大街', '吴家营路', '斗南路'],
  },
  {
    code: 'AN',
    name: '安宁市',
    region: 'ANNING',
    divisionCode: '81',
    latitude: 24.99,
    longitude: 102.6,
    radiusKm: 2,
    weight: 0.07,
    twiceWeeklyShare: 0.2,
    streets: ['太平新城大道', '太平街', '宁湖路', '百花东路', '金方路', '昆安路', '连然路'],
  },
];

export const KM_PER_DEGREE_LATITUDE = 111.2;
export const kmPerDegreeLongitude = (latitude: number) => KM_PER_DEGREE_LATITUDE * Math.cos((latitude * Math.PI) / 180);
