// The twenty sources of the synthetic archive, as they are found on disk:
// feed-capture folders under `lists/` and Jekyll sites with their own
// categories. Hosts use the reserved `.example` domain: nothing here is a real page.
import type { Language } from './vocabulary';

export interface Source {
  /** What the library pane should call it (folder name or Jekyll category). */
  name: string;
  kind: 'feed' | 'jekyll';
  language: Language;
  host: string;
  /** Folder below the corpus root: `lists/<name>` for feeds, the site root for Jekyll. */
  folder: string;
  /** How the site's saved pages look (realistic profile). */
  template?: SiteTemplate;
}

export type SiteTemplate = 'wordpress' | 'medium' | 'jekyll-theme' | 'drupal' | 'wechat';

const feed = (name: string, language: Language, host: string): Source => ({ name, kind: 'feed', language, host, folder: `lists/${name}` });
const site = (name: string, language: Language, host: string, folder: string, template: SiteTemplate): Source => ({
  name,
  kind: 'jekyll',
  language,
  host,
  folder,
  template,
});

export const SOURCES: readonly Source[] = [
  feed('法广', 'zh', 'www.rfi.example'),
  feed('BBC中文', 'zh', 'www.bbc-zhongwen.example'),
  feed('德国之声', 'zh', 'www.dw-zh.example'),
  feed('美国之音', 'zh', 'www.voa-chinese.example'),
  feed('纽约时报中文网', 'zh', 'cn.nytimes.example'),
  feed('联合早报', 'zh', 'www.zaobao.example'),
  feed('端传媒', 'zh', 'theinitium.example'),
  feed('自由亚洲电台', 'zh', 'www.rfa-mandarin.example'),
  feed('澎湃新闻', 'zh', 'www.thepaper.example'),
  feed('财新', 'zh', 'www.caixin.example'),
  feed('中国数字时代', 'zh', 'chinadigitaltimes.example'),
  feed('联合新闻网', 'zh', 'udn.example'),
  feed('BBC News', 'en', 'www.bbc.example'),
  feed('Reuters', 'en', 'www.reuters.example'),
  site('Solidot', 'zh', 'www.solidot.example', 'solidot-archive', 'drupal'),
  site('泡泡', 'zh', 'pao-pao.example', 'paopao-site', 'drupal'),
  site('墙外楼', 'zh', 'wallout.example', 'wallout', 'wordpress'),
  site('爱范儿', 'zh', 'www.ifanr.example', 'ifanr-jekyll', 'wordpress'),
  site('Hacker News', 'en', 'news.ycombinator.example', 'hn-digest', 'jekyll-theme'),
  site('The Guardian', 'en', 'www.theguardian.example', 'guardian-mirror', 'wordpress'),
];

/** The realistic profile's sources: the same, plus sites whose pages come from Medium, WeChat and a Jekyll theme. */
export const REALISTIC_SOURCES: readonly Source[] = [
  ...SOURCES,
  site('歪脑', 'zh', 'wainao.example', 'wainao-medium', 'medium'),
  site('Matters', 'zh', 'matters.example', 'matters-mirror', 'medium'),
  site('新闻实验室', 'zh', 'newslab.example', 'newslab-wechat', 'wechat'),
  site('数字时代周报', 'zh', 'cdt-weekly.example', 'cdt-weekly', 'wechat'),
  site('科技札记', 'zh', 'tech-notes.example', 'tech-notes', 'jekyll-theme'),
];

export function sourcesOf(language: Language, sources: readonly Source[] = SOURCES): Source[] {
  return sources.filter((s) => s.language === language);
}
