// Every article layout found in real archives, parsed from the checked-in fixtures.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../../src/main/import/prepare-file';
import { FIXTURES, fixture, parseArticle } from './fixture-files';

describe('feed capture', () => {
  const file = fixture('feed-capture/000_d6c3dc65d2877456.txt');

  it('takes title, date and URL from the header and the source from the URL', () => {
    const article = parseArticle(file);
    expect(article.format).toBe('feed-capture');
    expect(article.encoding).toBe('utf-8');
    expect(article.title).toBe('习近平访俄甚过当年毛泽东拜会斯大林');
    expect(new Date(article.date).toISOString()).toBe('2023-03-21T09:45:02.000Z');
    expect(article.dateSource).toBe('epoch-comment');
    expect(article.dateKind).toBe('instant');
    expect(article.source).toBe('rfi.fr');
    expect(article.url).toBe(
      'https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230321-%E4%B9%A0%E8%BF%91%E5%B9%B3%E8%AE%BF%E4%BF%84%E7%94%9A%E8%BF%87%E5%BD%93%E5%B9%B4%E6%AF%9B%E6%B3%BD%E4%B8%9C%E6%8B%9C%E4%BC%9A%E6%96%AF%E5%A4%A7%E6%9E%97',
    );
    expect(article.author).toBeNull();
  });

  it('keeps the body as paragraphs of text, without the title', () => {
    const article = parseArticle(file);
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe('21/03/2023 - 10:40');
    expect(paragraphs[1]).toMatch(/^俄罗斯总统普京和他的“好朋友”中国国家主席习近平21日计划/);
    expect(paragraphs).toContain('克里姆林宫低调回应称，普京2024年后是否再选总统，尚没有考虑。');
    expect(article.text).toMatch(/泽连斯基持续呼吁习近平与他对话。$/);
    expect(article.text).not.toContain('习近平访俄甚过当年毛泽东拜会斯大林');
  });

  it('records the lead image as remote and numbers it in the HTML instead of keeping its src', () => {
    const article = parseArticle(file);
    expect(article.images).toEqual([
      {
        src: 'https://s.rfi.fr/media/display/131437c6-c747-11ed-8ee1-005056a90284/w:1280/p:16x9/2023-03-20T141851Z_1729969185_RC2QXZ9QDPC0_RTRMADP_3_CHINA-RUSSIA-DIPLOMACY-XI-PUTIN.JPG',
        kind: 'remote',
        path: null,
        alt: '',
        title: '',
        caption: '',
      },
    ]);
    expect(article.html).toContain('<img alt="" data-folio-ref="0" />');
    expect(article.html).not.toContain('s.rfi.fr');
  });

  it('keeps brackets in the title, drops tracking parameters and resolves a local figure image', () => {
    const article = parseArticle(fixture('feed-capture/001_a81f3c2e9b7d4410.txt'), FIXTURES);
    expect(article.title).toBe('台北書展開幕 [更新] 讀者排隊入場');
    expect(article.url).toBe('https://example.org/zh-hant/news/2023/11/20/book-fair');
    expect(new Date(article.date).toISOString()).toBe('2023-11-20T12:14:08.000Z');
    // Imported from the fixtures folder, the capture sits in a folder that names its source.
    expect(article.source).toBe('feed-capture');
    expect(article.images).toEqual([
      {
        src: '../images/book-fair.png',
        kind: 'local',
        path: fixture('images/book-fair.png'),
        alt: '書展入口',
        title: '',
        caption: '書展入口處的人潮（示意圖）',
      },
    ]);
    expect(article.text).toContain('English names such as Taipei International Book Exhibition and COVID-19');
  });

  it('does not use a local image outside the imported folder', () => {
    const file = fixture('feed-capture/001_a81f3c2e9b7d4410.txt');
    expect(parseArticle(file).source).toBe('example.org');
    const prepared = prepareFile({ path: file, root: path.dirname(file), sitePlace: null, size: 0, mtimeMs: 0, knownHash: null });
    expect(prepared).toMatchObject({
      kind: 'article',
      images: [{ local: null, problem: 'image outside the imported folder: ../images/book-fair.png' }],
    });
  });
});

describe('Jekyll post', () => {
  it('with a raw page body keeps the article and drops the site clutter', () => {
    const article = parseArticle(fixture('jekyll/2014-08-28-media-freedom.md'));
    expect(article.format).toBe('jekyll');
    expect(article.title).toBe('媒体越自由，年轻人越少用手机看新闻？');
    expect(article.source).toBe('泡泡');
    expect(article.author).toBe('Anonymous');
    expect(article.url).toBe('https://example.com/article/159');
    expect(new Date(article.date).toISOString()).toBe('2014-08-28T12:12:07.000Z');
    expect(article.dateSource).toBe('front-matter');
    expect(article.text).toContain(
      '一项调查显示，在新闻自由度较高的国家，年轻人使用手机阅读新闻的比例反而较低。\n\n研究者认为，这与传统媒体的公信力有关。',
    );
    for (const clutter of ['分享', 'trackShare', '提交', '08/28/2014', '媒体越自由']) {
      expect(article.text).not.toContain(clutter);
      expect(article.html).not.toContain(clutter);
    }
    expect(article.html).not.toContain('<h1');
    expect(article.html).not.toContain('<script');
    expect(article.images).toHaveLength(1);
    expect(article.images[0]).toMatchObject({ kind: 'remote', src: expect.stringContaining('10212881133_z.jpg') });
  });

  it('with a feed-capture body keeps the quotes in the title and the capture time', () => {
    const article = parseArticle(fixture('jekyll/2022-03-06-firefox-update.md'));
    expect(article.format).toBe('jekyll');
    expect(article.title).toBe('浏览器释出紧急更新修复两个 "0day" 漏洞');
    expect(article.date).toBe(1646567511000);
    expect(article.dateSource).toBe('epoch-comment');
    expect(article.source).toBe('科技新闻');
    expect(article.author).toBe('科技新闻');
    expect(article.url).toBe('https://example.net/story?sid=70861');
    expect(article.text).toBe(
      '某浏览器开发商释出紧急更新，修复了两个正被利用的 0day 漏洞，用户应尽快升级。其中一个漏洞为参数处理中的释放后使用（use-after-free）漏洞；第二个漏洞存在于进程间通信框架中，被用于沙盒逃逸。',
    );
  });
});

describe('saved HTML page', () => {
  const file = fixture('html-page/river-cleanup.html');

  it('reads the page metadata', () => {
    const article = parseArticle(file);
    expect(article.format).toBe('html-page');
    expect(article.title).toBe('Volunteers clear 3 tonnes of plastic from river');
    expect(article.url).toBe('https://daily.example.com/local/2024/05/18/river-cleanup');
    expect(new Date(article.date).toISOString()).toBe('2024-05-18T07:30:00.000Z');
    expect(article.dateSource).toBe('page-meta');
    expect(article.author).toBe('A. Reporter');
    expect(article.source).toBe('daily.example.com');
  });

  it('keeps the article and its figure, not the navigation, ads, asides or footer', () => {
    const article = parseArticle(file);
    expect(article.text).toBe(
      [
        'Volunteers worked from dawn until late afternoon.',
        'More than two hundred volunteers spent Saturday pulling bottles, bags and a shopping trolley out of the river.',
        'Organisers said the haul weighed about three tonnes, the largest since the clean-ups began in 2019.',
        'A second clean-up is planned for September.',
      ].join('\n\n'),
    );
    expect(article.images).toEqual([
      {
        src: 'https://daily.example.com/img/river.jpg',
        kind: 'remote',
        path: null,
        alt: 'Volunteers on the riverbank',
        title: '',
        caption: 'Volunteers worked from dawn until late afternoon.',
      },
    ]);
  });
});

describe('Markdown with front matter', () => {
  const file = fixture('markdown/night-market.md');

  it('takes its metadata from the front matter', () => {
    const article = parseArticle(file);
    expect(article.format).toBe('markdown');
    expect(article.title).toBe('Night market reopens after renovation');
    // `date: 2023-09-02`: a calendar day, not midnight somewhere.
    expect(new Date(article.date).toISOString()).toBe('2023-09-02T00:00:00.000Z');
    expect(article.dateKind).toBe('day');
    expect(article.source).toBe('Community Notes');
    expect(article.url).toBe('https://notes.example.org/night-market');
  });

  it('renders the Markdown without repeating the title heading', () => {
    const article = parseArticle(file);
    expect(article.html).toContain('<strong>Friday</strong>');
    expect(article.html).toContain('<blockquote>');
    expect(article.html).not.toContain('<h1>');
    expect(article.text.split('\n\n')).toEqual([
      'The night market on Harbour Road reopened on Friday after a six-month renovation.',
      'Stall holders said the new roof keeps the rain out. One vendor told us:',
      'We lost customers every time it rained. Now we can stay open.',
      '120 stalls\nopen 17:00 to 23:00\ncard payments accepted',
    ]);
  });

  it('resolves the relative image next to the file', () => {
    const article = parseArticle(file, FIXTURES);
    expect(article.images).toEqual([
      {
        src: 'images/stalls.png',
        kind: 'local',
        path: fixture('markdown/images/stalls.png'),
        alt: 'New stalls along the main aisle',
        title: 'The main aisle',
        caption: '',
      },
    ]);
    expect(article.html).toContain('<img alt="New stalls along the main aisle" data-folio-ref="0" title="The main aisle" />');
  });
});
