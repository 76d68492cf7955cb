// Photo credits in captions ("Photo: Reuters", "（图片来源：网络）") are set apart from
// the caption's words, and a line under a picture that is only a credit is styled as one.

const AGENCIES =
  'Getty|AFP|Reuters|AP Photo|EPA|Xinhua|Bloomberg|Shutterstock|法新社|路透社?|美联社|美聯社|新华社|新華社|中新社|视觉中国|視覺中國|东方IC|東方IC';
const LABELS =
  '(?:photos?|photograph|images?|pictures?|credits?|source|courtesy|via)\\s*(?:by\\b|:|：)|' +
  '(?:图片来源|圖片來源|图片|圖片|图源|圖源|照片|摄影|攝影|来源|來源|资料图|資料圖|图|圖)\\s*[：:／/]';

/** A credit at the end of a caption: "… Photo: X", "…（图片来源：X）", "… (Getty Images)". */
const TRAILING = new RegExp(
  `(?:^|\\s+|[，,;；·|｜—–-]\\s*|(?=[（(\\[【]))([（(\\[【]?\\s*(?:${LABELS})[^()（）\\[\\]【】]*[)）\\]】]?|[（(](?:[^()（）]*(?:${AGENCIES})[^()（）]*)[)）])\\s*$`,
  'i',
);
/** A whole line that is only a credit. */
const WHOLE = new RegExp(`^[（(\\[【]?\\s*(?:${LABELS}|(?:${AGENCIES})\\b)`, 'i');
const CREDIT_LINE_MAX = 80;

export function splitCredit(caption: string): { text: string; credit: string | null } {
  const match = TRAILING.exec(caption);
  if (!match || match.index === undefined) return { text: caption, credit: null };
  const credit = (match[1] ?? '').trim();
  const text = caption.slice(0, match.index).trim();
  // A caption that is nothing but a credit stays a credit.
  return credit ? { text, credit } : { text: caption, credit: null };
}

export function isCreditLine(text: string): boolean {
  const line = text.trim();
  return line.length > 0 && line.length <= CREDIT_LINE_MAX && WHOLE.test(line);
}
