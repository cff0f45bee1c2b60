// The phone page in a real browser: Debian's Chromium driven by puppeteer-core at a phone's
// viewport. Skipped, with a message, where no Chromium is installed; CI installs it (.ci/run).
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import puppeteer, {type Browser, type Page} from 'puppeteer-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {joinRoom, type RoomClient} from '../../src/room/client.js';
import type {Room} from '../../src/room/server.js';
import {article, source, testRoom} from './helpers.js';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
if (!hasChromium) console.warn(`\n  Skipping the phone page's browser tests: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).\n`);

describe.skipIf(!hasChromium)('the phone page in Chromium at 390×844', () => {
	let browser: Browser;
	let profile: string;
	let room: Room;
	let page: Page;
	let bot: RoomClient;
	const alerts: string[] = [];
	const xss = '<img src=x onerror=alert(1)>';

	// ROOM_SCREENSHOTS=folder keeps a picture of each screen, to look at the page as a person would.
	const shot = async (name: string) => {
		const folder = process.env['ROOM_SCREENSHOTS'];
		if (folder) await page.screenshot({path: path.join(folder, `${name}.png`), fullPage: true});
	};
	const screen = () => page.$eval('#app', (element) => (element as HTMLElement).dataset['screen']);
	const waitForScreen = (name: string, timeout = 5000) => page.waitForFunction((wanted: string) => document.getElementById('app')?.dataset['screen'] === wanted, {timeout, polling: 20}, name);

	beforeAll(async () => {
		profile = mkdtempSync(path.join(tmpdir(), 'room-chromium-'));
		browser = await puppeteer.launch({
			executablePath: chromium,
			userDataDir: profile,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		room = await testRoom({timer: 30});
		page = await browser.newPage();
		page.on('dialog', (dialog) => {
			alerts.push(dialog.message());
			void dialog.dismiss();
		});
		await page.setViewport({width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2});
	}, 60_000);

	afterAll(async () => {
		bot?.close();
		await room?.close();
		await browser?.close();
		if (profile) rmSync(profile, {recursive: true, force: true});
	});

	it('joins with the code from the address and shows an HTML nickname as text', async () => {
		await page.goto(`http://127.0.0.1:${room.port}/?code=${room.code}`);
		await waitForScreen('join');
		await shot('join');
		expect(await page.$eval('input[name=code]', (input) => input.value)).toBe(room.code);
		await page.type('input[name=name]', xss);
		await page.click('button[type=submit]');
		await waitForScreen('lobby');
		await shot('lobby');
		// The name is cut to 20 characters and shown as the characters typed, never as an element.
		expect(await page.$eval('h1', (heading) => heading.textContent)).toContain(xss.slice(0, 20));
		expect(await page.$$eval('img', (images) => images.length)).toBe(0);
		expect(alerts).toEqual([]);
		expect(room.snapshot().players.map((player) => player.name)).toEqual([xss.slice(0, 20)]);
		// A second player keeps the question open after the page answers.
		bot = await joinRoom({address: `127.0.0.1:${room.port}`, code: room.code, name: 'Bot', localAddress: source(9)});
	});

	it('answers with a big button, locks the answer, and shows the reveal with the evidence marked', async () => {
		const question = article.quiz[0]!;
		room.openQuestion(0);
		await waitForScreen('question');
		await shot('question');
		expect(await page.$eval('.question-text', (heading) => heading.textContent)).toBe(question.question);
		const box = await page.$eval(`.option[data-option="${question.answer}"]`, (button) => button.getBoundingClientRect().toJSON() as DOMRect);
		expect(box.height).toBeGreaterThanOrEqual(64);
		expect(box.width).toBeGreaterThan(300);
		await page.setViewport({width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2});
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.setViewport({width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2});
		await page.tap(`.option[data-option="${question.answer}"]`);
		await waitForScreen('locked');
		await shot('locked');
		room.closeQuestion();
		await waitForScreen('reveal');
		expect(await page.$eval('.verdict', (verdict) => verdict.textContent)).toBe('Right!');
		expect(await page.$eval('.explanation', (text) => text.textContent)).toBe(question.explanation);
		expect(await page.$$eval('.evidence mark', (marks) => marks.map((mark) => mark.textContent))).toContain(question.evidence[0]!.text);
		expect(await page.$eval('ol.answers li.correct', (item) => item.textContent)).toContain(question.options[question.answer]!);
		// Nothing is wider than the phone, at 390 px and at the narrowest common phone, 360 px.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await shot('reveal');
		await page.setViewport({width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2});
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.setViewport({width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2});
	});

	it('comes back resumed, score and phase, within 2 s of the network returning', async () => {
		const score = room.snapshot().players.find((player) => player.name !== 'Bot')!.score;
		expect(score).toBeGreaterThan(0);
		await page.setOfflineMode(true);
		// While the phone is offline the presenter moves on; the phone learns it only by resuming.
		await page.waitForFunction(() => !document.getElementById('status')!.hidden, {timeout: 10_000, polling: 50});
		room.openQuestion(1);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(await screen()).toBe('reveal');
		const back = Date.now();
		await page.setOfflineMode(false);
		await waitForScreen('question', 2000);
		const elapsed = Date.now() - back;
		expect(elapsed).toBeLessThan(2000);
		if (process.env['ROOM_SCREENSHOTS']) console.log(`resumed ${elapsed} ms after the network came back`);
		expect(await page.$eval('.question-text', (heading) => heading.textContent)).toBe(article.quiz[1]!.question);
		expect(await page.$eval('.bar .score', (text) => text.textContent)).toContain(score.toLocaleString('en'));
		expect(room.snapshot().players.filter((player) => player.connected)).toHaveLength(2);
		room.end();
		await waitForScreen('end');
		await shot('end');
	}, 30_000);
});
