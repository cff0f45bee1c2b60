import {describe, expect, it} from 'vitest';
import type {Quote} from '../../src/content/model.js';
import {credits, quotedText, turnInWords, turnVoice} from '../../src/content/view.js';
import {loadBundled} from '../helpers/content.js';

const article = loadBundled();
const quote = (openMark: string, closeMark: string | null): Quote => ({id: 'q', paragraphId: 'p1', text: 'nothing in the pockets', speakerId: 'lavrov', cue: 'said', kind: 'full', attributedIn: null, start: 1, openMark, closeMark});

describe('the model as it reads on screen and on paper', () => {
	it('prints a quotation with its own opening mark and the closing one the text has, or its pair', () => {
		expect(quotedText(quote('“', '”'))).toBe('“nothing in the pockets”');
		expect(quotedText(quote('"', '"'))).toBe('"nothing in the pockets"');
		// A quotation that runs on into the next paragraph has no closing mark in this one.
		expect(quotedText(quote('"', null))).toBe('"nothing in the pockets"');
		expect(quotedText(quote('‘', null))).toBe('‘nothing in the pockets’');
		expect(quotedText(quote('«', null))).toBe('«nothing in the pockets»');
	});

	it('gives the credits line for what the article has', () => {
		expect(credits(article)).toBe('Financial Times · Moscow');
		expect(credits({byline: 'Henry Foy', publisher: null, dateline: 'Moscow', datePublished: null})).toBe('Henry Foy · Moscow');
	});

	it('says who speaks each kind of turn, how and in which words', () => {
		const [said] = article.exchanges.find((exchange) => exchange.id === 'interference')!.turns;
		expect(turnVoice(article, said!)).toMatchObject({cue: 'said', words: '“He’s afraid that if he doesn’t contradict me his reputation is going to be ruined,”'});
		expect(turnVoice(article, said!).speaker?.name).toBe('Sergei Lavrov');
		const [narration] = article.exchanges.find((exchange) => exchange.id === 'coat-pockets')!.turns;
		expect(turnInWords(article, narration!)).toBe('[Asked whether he and Mr Lavrov could trust each other]');
		const reported = article.exchanges.find((exchange) => exchange.id === 'anniversary')!.turns[2]!;
		expect(turnInWords(article, reported)).toMatch(/^Sergei Lavrov \(reported\): /);
		expect(turnInWords(article, said!)).toMatch(/^Sergei Lavrov · said: “He’s afraid/);
	});
});
