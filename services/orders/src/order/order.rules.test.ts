import { describe, expect, it } from '@jest/globals';
import { readBackText } from './order.rules';

describe('read-back (回馈)', () => {
  it('reads an order back as seed 000 does, with the total to the fen', () => {
    expect(readBackText('红旗烟酒店', [{ shortName: '翻盖玉溪', cartons: 10, unitPriceFen: 23_010 }])).toEqual({
      zhCN: '好的！红旗烟酒店：10条翻盖玉溪，共10条，共计2301.00元。',
      en: 'OK! 红旗烟酒店: 10 cartons of 翻盖玉溪; 10 cartons in all, 2301.00 yuan.',
    });
  });

  it('lists every line and adds them up', () => {
    const text = readBackText('便民超市', [
      { shortName: '软中华', cartons: 1, unitPriceFen: 57_525 },
      { shortName: '紫云', cartons: 3, unitPriceFen: 9_735 },
    ]);
    expect(text.zhCN).toBe('好的！便民超市：1条软中华、3条紫云，共4条，共计867.30元。');
    expect(text.en).toBe('OK! 便民超市: 1 carton of 软中华, 3 cartons of 紫云; 4 cartons in all, 867.30 yuan.');
  });
});
