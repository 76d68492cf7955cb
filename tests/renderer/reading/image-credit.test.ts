// Photo credits are told apart from the caption they end.
import { describe, expect, it } from 'vitest';
import { isCreditLine, splitCredit } from '../../../src/renderer/src/reading/image-credit';

describe('photo credits', () => {
  it.each([
    ['Crowds at the book fair. Photo: Jane Doe', 'Crowds at the book fair.', 'Photo: Jane Doe'],
    ['Protesters gather (Getty Images)', 'Protesters gather', '(Getty Images)'],
    ['习近平抵达莫斯科（图片来源：路透社）', '习近平抵达莫斯科', '（图片来源：路透社）'],
    ['香港書展入口 攝影：陳大文', '香港書展入口', '攝影：陳大文'],
    ['The river at dawn | Photo by A. Smith', 'The river at dawn', 'Photo by A. Smith'],
  ])('splits %s', (caption, text, credit) => {
    expect(splitCredit(caption)).toEqual({ text, credit });
  });

  it('leaves a caption without a credit alone', () => {
    expect(splitCredit('A photograph of the harbour at night')).toEqual({ text: 'A photograph of the harbour at night', credit: null });
    expect(splitCredit('2023年3月21日，习近平在莫斯科')).toEqual({ text: '2023年3月21日，习近平在莫斯科', credit: null });
  });

  it('recognises a line that is only a credit', () => {
    expect(isCreditLine('图片来源：网络')).toBe(true);
    expect(isCreditLine('(Reuters)')).toBe(true);
    expect(isCreditLine('Photo: AP')).toBe(true);
    expect(isCreditLine('The photographer said the crowd grew all afternoon.')).toBe(false);
  });
});
