// The phone page's script, bundled by esbuild into /app.js (see src/room/page.ts). It keeps a
// WebSocket to the room, resumes with a token kept in localStorage (never the nickname), and
// draws every screen from the shared pure reducer in src/room/playerView.ts. All text, nicknames
// included, is set with textContent: nothing a player types is ever parsed as HTML.
import {canAnswer, chosenOption, initialView, markedRuns, optionLetters, ordinal, playerView, screenOf, secondsLeft, type PlayerView, type ViewEvent} from '../playerView.js';
import type {PlayerSnapshot, ServerMessage} from '../protocol.js';

const storageKey = 'press-reader-room';
const pingMs = 10_000;
const silentMs = 25_000;
const backoffMs = [250, 500, 1000, 2000, 4000, 5000];
const endedCodes: Record<number, 'room-closed' | 'replaced' | 'left'> = {4000: 'room-closed', 4001: 'replaced', 4002: 'left'};

const main = document.getElementById('app')!;
const status = document.getElementById('status')!;

let view: PlayerView = initialView;
let socket: WebSocket | null = null;
let attempt = 0;
let retryTimer: number | undefined;
let lastHeard = 0;
let joinRequest: {code: string; name: string} | null = null;
let drawn = '';
let wakeLock: {release(): Promise<void>} | null = null;

// The code comes from ?code=123456, or from the path of the QR code's address (/123456).
const params = new URLSearchParams(location.search);
const urlCode = /^\d{6}$/.exec(params.get('code') ?? '')?.[0] ?? /^\/(\d{6})$/.exec(location.pathname)?.[1] ?? '';

interface Stored {
	code: string;
	token: string;
}

function stored(): Stored | null {
	try {
		const value = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Partial<Stored> | null;
		if (value === null || typeof value.code !== 'string' || typeof value.token !== 'string') return null;
		if (urlCode !== '' && value.code !== urlCode) return null;
		return {code: value.code, token: value.token};
	} catch {
		return null;
	}
}

function store(value: Stored | null) {
	try {
		if (value === null) localStorage.removeItem(storageKey);
		else localStorage.setItem(storageKey, JSON.stringify(value));
	} catch {
		// Private browsing may refuse storage; the game still works, only without resume after a reload.
	}
}

function dispatch(event: ViewEvent) {
	view = playerView(view, event);
	if (event.type === 'message' && event.message.type === 'welcome') store({code: event.message.code, token: event.message.token});
	// A stored place that has expired, or belongs to an earlier room, is forgotten.
	if (event.type === 'message' && event.message.type === 'refused' && (event.message.reason === 'unknown-token' || event.message.reason === 'bad-code')) store(null);
	render();
}

function send(message: object) {
	if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({v: 1, ...message}));
}

function isServerMessage(value: unknown): value is ServerMessage {
	return typeof value === 'object' && value !== null && (value as {v?: unknown}).v === 1 && typeof (value as {type?: unknown}).type === 'string';
}

function connect() {
	if (socket !== null && (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN)) return;
	if (view.ended !== null && view.ended !== 'expired') return;
	window.clearTimeout(retryTimer);
	dispatch({type: 'connecting'});
	const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
	socket = ws;
	ws.onopen = () => {
		attempt = 0;
		lastHeard = Date.now();
		dispatch({type: 'open'});
		const resume = stored();
		if (resume !== null) send({type: 'resume', code: resume.code, token: resume.token});
		else if (joinRequest !== null) send({type: 'join', ...joinRequest});
	};
	ws.onmessage = (event: MessageEvent) => {
		lastHeard = Date.now();
		let message: unknown;
		try {
			message = JSON.parse(String(event.data));
		} catch {
			return;
		}
		if (!isServerMessage(message) || message.type === 'pong') return;
		if (message.type === 'refused' && message.reason === 'unknown-token' && joinRequest !== null) {
			// The stored place expired; join afresh with what the player typed.
			store(null);
			send({type: 'join', ...joinRequest});
			return;
		}
		dispatch({type: 'message', message, now: Date.now()});
		if (message.type === 'welcome') requestWakeLock();
	};
	ws.onclose = (event: CloseEvent) => lost(ws, endedCodes[event.code]);
	ws.onerror = () => undefined;
}

/** The socket is gone: stop for good if the server said so, otherwise try again with backoff. */
function lost(ws: WebSocket, ended?: 'room-closed' | 'replaced' | 'left') {
	if (socket !== ws) return;
	socket = null;
	ws.onclose = ws.onmessage = ws.onopen = null;
	if (ended !== undefined) {
		if (ended !== 'room-closed') store(null);
		dispatch({type: 'ended', ended});
		return;
	}
	dispatch({type: 'lost'});
	// Offline, the 'online' event reconnects at once; a slow retry covers a browser that never fires it.
	const delay = navigator.onLine ? backoffMs[Math.min(attempt, backoffMs.length - 1)]! * (1 + Math.random() * 0.3) : backoffMs.at(-1)!;
	attempt++;
	retryTimer = window.setTimeout(connect, delay);
}

/** Drops a socket that may be dead (a phone waking up, a network coming back) and connects again now. */
function reconnectNow() {
	attempt = 0;
	if (socket !== null && socket.readyState === WebSocket.OPEN) {
		// It may be a zombie from before the phone slept: if nothing comes back at once, replace it.
		const ws = socket;
		const asked = Date.now();
		send({type: 'ping'});
		window.setTimeout(() => {
			if (socket === ws && lastHeard < asked) {
				ws.close();
				lost(ws);
				connect();
			}
		}, 1500);
		return;
	}
	if (socket !== null && socket.readyState === WebSocket.CONNECTING) {
		// Started while the network was down, it may never finish: start afresh.
		const stale = socket;
		stale.onclose = stale.onmessage = stale.onopen = null;
		stale.close();
		socket = null;
	}
	connect();
}

window.setInterval(() => {
	if (socket?.readyState !== WebSocket.OPEN) return;
	if (Date.now() - lastHeard > silentMs) {
		const ws = socket;
		ws.close();
		lost(ws);
		return;
	}
	send({type: 'ping'});
}, pingMs);

document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'visible') {
		reconnectNow();
		requestWakeLock();
	}
});
window.addEventListener('online', reconnectNow);
// The device says the network is gone: the socket is as good as dead, so say so and wait for 'online'.
window.addEventListener('offline', () => {
	const ws = socket;
	if (ws === null) return;
	ws.close();
	lost(ws);
});
window.addEventListener('pageshow', (event) => {
	if (event.persisted) reconnectNow();
});

function requestWakeLock() {
	const nav = navigator as Navigator & {wakeLock?: {request(type: 'screen'): Promise<{release(): Promise<void>}>}};
	if (nav.wakeLock === undefined || wakeLock !== null || document.visibilityState !== 'visible' || view.name === null) return;
	nav.wakeLock.request('screen').then(
		(lock) => {
			wakeLock = lock;
			(lock as unknown as EventTarget).addEventListener?.('release', () => (wakeLock = null));
		},
		() => undefined,
	);
}

// ---- drawing ----

type Child = Node | string | null | undefined | false;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	for (const child of children) {
		if (child === null || child === undefined || child === false) continue;
		element.append(typeof child === 'string' ? document.createTextNode(child) : child);
	}
	return element;
}

const points = (value: number) => value.toLocaleString('en');

function render() {
	status.hidden = view.connection === 'open' || view.connection === 'closed' || (view.connection === 'connecting' && view.name === null);
	status.textContent = view.connection === 'reconnecting' ? 'Reconnecting…' : 'Connecting…';
	const screen = screenOf(view);
	main.dataset['screen'] = screen;
	// Redraw only when what is shown changed: the countdown ticks on its own, and a redraw would
	// wipe what the player is typing into the join form.
	const key = JSON.stringify([screen, view.snapshot, view.pending, view.error, view.ended, screen === 'join' ? '' : view.name]);
	if (key === drawn) return;
	drawn = key;
	main.replaceChildren(...draw(screen));
	tick();
}

function draw(screen: ReturnType<typeof screenOf>): Node[] {
	const snapshot = view.snapshot;
	switch (screen) {
		case 'join':
			return joinScreen();
		case 'ended':
			return [
				h('h1', {}, view.ended === 'replaced' ? 'Playing in another tab' : view.ended === 'left' ? 'You left the room' : 'The room has closed'),
				h('p', {class: 'muted'}, view.ended === 'replaced' ? 'This game carries on in the tab or device you opened last.' : 'Thanks for playing.'),
			];
		default:
			return snapshot === null ? [] : gameScreen(screen, snapshot);
	}
}

function joinScreen(): Node[] {
	const resume = stored();
	if (resume !== null && view.error === null) return [h('h1', {}, 'Rejoining…'), h('p', {class: 'muted'}, 'Getting your place back in the room.')];
	const code = h('input', {name: 'code', inputmode: 'numeric', autocomplete: 'off', pattern: '[0-9]{6}', maxlength: '6', required: '', placeholder: '123456', 'aria-label': 'Room code'}) as HTMLInputElement;
	code.value = joinRequest?.code ?? urlCode;
	const name = h('input', {name: 'name', autocomplete: 'nickname', maxlength: '40', 'aria-label': 'Nickname'}) as HTMLInputElement;
	name.value = joinRequest?.name ?? '';
	const form = h(
		'form',
		{id: 'join-form', novalidate: ''},
		h('label', {for: 'code'}, 'Room code'),
		code,
		h('label', {for: 'name'}, 'Nickname'),
		name,
		h('p', {class: 'muted small'}, 'Up to 20 characters; leave it blank for a random name.'),
		view.error !== null ? h('p', {class: 'error', role: 'alert'}, view.error.message) : null,
		h('button', {class: 'primary', type: 'submit'}, 'Join'),
	);
	code.id = 'code';
	name.id = 'name';
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const typed = code.value.replace(/\D/g, '');
		joinRequest = {code: typed, name: name.value};
		if (!/^\d{6}$/.test(typed)) {
			view = {...view, error: {reason: 'bad-code', message: 'The room code has 6 digits.'}};
			drawn = '';
			render();
			return;
		}
		dispatch({type: 'dismiss'});
		if (socket?.readyState === WebSocket.OPEN) send({type: 'join', ...joinRequest});
		else reconnectNow();
	});
	return [h('h1', {}, 'Join the room'), h('p', {class: 'muted'}, 'Answer the quiz live from your phone.'), form];
}

function header(snapshot: PlayerSnapshot): HTMLElement {
	const rank = snapshot.rank === null ? '' : ` · ${ordinal(snapshot.rank)} of ${snapshot.players}`;
	return h('div', {class: 'bar'}, h('span', {class: 'who'}, snapshot.name), h('span', {class: 'score'}, `${points(snapshot.score)} pts${rank}`));
}

function followCard(snapshot: PlayerSnapshot): Node | null {
	if (snapshot.follow === null) return null;
	return h('div', {class: 'card follow-step'}, snapshot.follow.title !== '' ? h('h2', {}, snapshot.follow.title) : null, h('p', {class: 'follow'}, snapshot.follow.text));
}

function gameScreen(screen: ReturnType<typeof screenOf>, snapshot: PlayerSnapshot): Node[] {
	const out: Node[] = [header(snapshot)];
	const question = snapshot.question;
	if (screen === 'lobby') {
		out.push(h('h1', {}, `You’re in, ${snapshot.name}`), h('p', {class: 'muted'}, 'Waiting for the presenter’s next question…'), ...optional(followCard(snapshot)));
	} else if (screen === 'question' && question !== null) {
		out.push(
			h('div', {class: 'bar'}, h('span', {}, `Question ${question.index + 1} of ${snapshot.questionCount}`), h('span', {class: 'countdown', id: 'countdown'}, '')),
			h('h1', {class: 'question-text'}, question.text),
			h('div', {class: 'options'}, ...question.options.map((option, index) => optionButton(option, index))),
		);
		if (view.error !== null) out.push(h('p', {class: 'error', role: 'alert'}, view.error.message));
	} else if (screen === 'locked' && question !== null) {
		const chosen = chosenOption(view) ?? 0;
		out.push(
			h('div', {class: 'bar'}, h('span', {}, `Question ${question.index + 1} of ${snapshot.questionCount}`), h('span', {class: 'countdown', id: 'countdown'}, '')),
			h('h1', {}, 'Answer locked'),
			h('div', {class: `option o${chosen} locked-option`}, h('span', {class: 'letter'}, optionLetters[chosen] ?? '?'), h('span', {}, question.options[chosen] ?? '')),
			h('p', {class: 'muted'}, 'Wait for the reveal on the big screen.'),
		);
	} else if (screen === 'next-question' && question !== null) {
		out.push(h('h1', {}, 'The next question is yours'), h('p', {class: 'muted'}, 'This one started before you joined.'), h('p', {class: 'countdown', id: 'countdown'}, ''));
	} else if (screen === 'reveal' && snapshot.reveal !== null) {
		out.push(...revealScreen(snapshot, snapshot.reveal));
	} else if (screen === 'leaderboard') {
		out.push(h('h1', {}, 'Leaderboard'), board(snapshot.top), you(snapshot), ...optional(followCard(snapshot)));
	} else if (screen === 'end') {
		out.push(h('h1', {}, 'Final results'), podium(snapshot.top), board(snapshot.top.slice(3)), you(snapshot));
	}
	return out;
}

function optionButton(text: string, index: number): HTMLElement {
	const button = h('button', {class: `option o${index}`, type: 'button', 'data-option': String(index)}, h('span', {class: 'letter'}, optionLetters[index] ?? '?'), h('span', {}, text));
	button.addEventListener('click', () => {
		if (!canAnswer(view)) return;
		const question = view.snapshot?.question;
		if (question == null) return;
		dispatch({type: 'answer', option: index});
		send({type: 'answer', question: question.index, option: index});
	});
	return button;
}

function revealScreen(snapshot: PlayerSnapshot, reveal: NonNullable<PlayerSnapshot['reveal']>): Node[] {
	const answered = reveal.chosen !== null;
	const verdict = !answered ? 'No answer' : reveal.correct ? 'Right!' : 'Wrong';
	const earned = reveal.points + reveal.bonus;
	const items = reveal.options.map((option, index) => {
		const classes = [index === reveal.answer ? 'correct' : '', index === reveal.chosen ? 'chosen' : ''].filter(Boolean).join(' ');
		return h(
			'li',
			{class: classes},
			h('strong', {}, `${optionLetters[index] ?? '?'}.`),
			h('span', {}, option),
			index === reveal.answer ? h('span', {class: 'tag'}, ' ✓') : null,
			reveal.counts !== null ? h('span', {class: 'count'}, String(reveal.counts[index] ?? 0)) : null,
		);
	});
	return [
		h('p', {class: `verdict ${answered && reveal.correct ? 'right' : 'wrong'}`}, verdict),
		h('p', {class: 'points'}, earned > 0 ? `+${points(reveal.points)}${reveal.bonus > 0 ? ` +${points(reveal.bonus)} streak` : ''}` : '+0'),
		you(snapshot),
		h('h2', {class: 'question-text'}, reveal.text),
		h('ol', {class: 'answers'}, ...items),
		h('p', {class: 'explanation'}, reveal.explanation),
		...reveal.evidence.map((passage) =>
			h('blockquote', {class: 'card evidence'}, h('div', {class: 'place'}, `From ${passage.place}`), h('p', {}, ...markedRuns(passage.text, passage.marks).map((run) => (run.marked ? h('mark', {}, run.text) : run.text)))),
		),
	];
}

function board(top: PlayerSnapshot['top']): HTMLElement {
	return h('ol', {class: 'board'}, ...top.map((entry) => h('li', {}, h('span', {class: 'who'}, `${ordinal(entry.rank)}  ${entry.name}`), h('span', {}, points(entry.score)))));
}

function podium(top: PlayerSnapshot['top']): HTMLElement {
	return h('div', {class: 'podium'}, ...top.slice(0, 3).map((entry, index) => h('div', {class: `p${index + 1}`}, h('strong', {}, ordinal(entry.rank)), h('span', {class: 'who'}, entry.name), h('div', {class: 'small'}, points(entry.score)))));
}

const optional = (node: Node | null): Node[] => (node === null ? [] : [node]);

function you(snapshot: PlayerSnapshot): HTMLElement {
	return h('p', {class: 'card you'}, snapshot.rank === null ? `${points(snapshot.score)} points` : `You: ${ordinal(snapshot.rank)} of ${snapshot.players}, ${points(snapshot.score)} points`);
}

function tick() {
	const countdown = document.getElementById('countdown');
	if (countdown === null) return;
	const left = secondsLeft(view, Date.now());
	countdown.textContent = left === null ? '' : String(left);
}

window.setInterval(tick, 250);
render();
connect();
