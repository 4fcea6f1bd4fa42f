/**
 * The portal's remote areas: one line each. A remote `<name>` is the folder portal/<name>,
 * exposes `./app` (its routes, mounted at /<name>/*), and is found at the URL that
 * runtime-config.json gives for `<name>`. The pages listed here are the navigation links,
 * known to the shell so the navigation stays whole while a remote is down.
 */
export interface RemoteArea {
  name: string;
  pages: { path: string; label: { en: string; 'zh-CN': string } }[];
}

export const REMOTE_AREAS: RemoteArea[] = [
  { name: 'customers', pages: [{ path: 'retailers', label: { en: 'Retailers', 'zh-CN': '零售户' } }] },
  {
    name: 'visits',
    pages: [
      { path: 'today', label: { en: 'Visits today', 'zh-CN': '今日拜访' } },
      { path: 'team', label: { en: 'Team', 'zh-CN': '团队' } },
      { path: 'scorecards', label: { en: 'Scorecards', 'zh-CN': '月度考评' } },
    ],
  },
  {
    name: 'orders',
    pages: [
      { path: 'desk', label: { en: 'Orders desk', 'zh-CN': '订单台' } },
      { path: 'exceptions', label: { en: 'Delivery exceptions', 'zh-CN': '送货差错' } },
      { path: 'quotas', label: { en: 'Quotas', 'zh-CN': '核定量' } },
    ],
  },
  { name: 'complaints', pages: [{ path: 'board', label: { en: 'Loop board', 'zh-CN': '闭环看板' } }] },
];
