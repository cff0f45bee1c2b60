// Handouts for the audience: the article by section, each exchange also set out as a dialogue, and the quiz
// with its answers and evidence at the end, as Markdown or as one self-contained HTML page.
import type {Article, Person, Turn} from '../content/model.js';
import {credits, turnVoice} from '../content/view.js';
import {quoteRanges, styleRuns} from '../reader/document.js';
import type {Segment} from '../screen/line.js';
import {paragraphPosition} from '../quiz/lines.js';
import {optionLetters, presentQuiz} from '../quiz/session.js';

interface DialogueTurn {
	kind: Turn['kind'];
	speaker: Person | null;
	cue: string;
	text: string;
}

type Item =
	| {kind: 'subhead'; text: string}
	| {kind: 'paragraph'; segments: Segment[]}
	| {kind: 'dialogue'; title: string; turns: DialogueTurn[]};

interface HandoutSection {
	title: string;
	items: Item[];
}


/** The article arranged for a handout: every paragraph as published, each exchange as a dialogue after the paragraphs it stages. */
function handoutSections(article: Article): HandoutSection[] {
	return article.sections.map((section) => {
		const items: Item[] = [];
		for (const block of section.blocks) {
			if (block.kind === 'subhead') {
				items.push({kind: 'subhead', text: block.text});
				continue;
			}
			items.push({kind: 'paragraph', segments: styleRuns(block.text, {role: 'text'}, quoteRanges(article, block.id, block.text))});
			for (const exchange of section.exchanges.filter((candidate) => candidate.paragraphIds.at(-1) === block.id)) {
				items.push({
					kind: 'dialogue',
					title: exchange.title,
					turns: exchange.turns.map((turn) => {
						const {speaker, cue, words} = turnVoice(article, turn);
						return {kind: turn.kind, speaker, cue, text: words};
					}),
				});
			}
		}
		return {title: section.title, items};
	});
}


/**
 * The article's words as Markdown that shows them as they are. Each is set on one line (a paragraph
 * may hold line breaks, which a new line could turn into a list, a rule or a heading), marks
 * that emphasise or link are escaped, and so are a list's number or bullet at its start and an
 * entity ("&amp;" is shown, not read as "&").
 */
function escapeMarkdown(text: string): string {
	return text
		.replace(/\s*\n\s*/g, ' ')
		.replace(/([\\`*_[\]<>#|~])/g, '\\$1')
		.replace(/&(?=#?\w+;)/g, '\\&')
		.replace(/^(\d+)([.)])/, '$1\\$2')
		.replace(/^([-+=])/, '\\$1');
}

export function articleToMarkdown(article: Article): string {
	const out: string[] = [`# ${escapeMarkdown(article.headline)}`];
	if (article.standfirst) out.push(`*${escapeMarkdown(article.standfirst)}*`);
	if (credits(article)) out.push(escapeMarkdown(credits(article)));
	handoutSections(article).forEach((section, index) => {
		out.push(`## ${index + 1}. ${escapeMarkdown(section.title)}`);
		for (const item of section.items) {
			if (item.kind === 'subhead') out.push(`### ${escapeMarkdown(item.text)}`);
			else if (item.kind === 'paragraph') out.push(escapeMarkdown(item.segments.map((segment) => segment.text).join('')));
			else {
				const turns = item.turns.map((turn) => {
					if (turn.kind === 'narration') return `> *[${escapeMarkdown(turn.text)}]*`;
					const name = `**${escapeMarkdown(turn.speaker?.name ?? 'Unknown')}** (${escapeMarkdown(turn.cue)}):`;
					return turn.kind === 'reported' ? `> ${name} *${escapeMarkdown(turn.text)}*` : `> ${name} ${escapeMarkdown(turn.text)}`;
				});
				out.push(`**Exchange: ${escapeMarkdown(item.title)}**`, turns.join('\n>\n'));
			}
		}
	});
	if (article.rights) out.push(`*${escapeMarkdown(article.rights)}*`);
	const questions = presentQuiz(article.quiz, null);
	if (questions.length > 0) {
		out.push('---', '## Quiz');
		questions.forEach((question, index) => {
			out.push([`${index + 1}. ${escapeMarkdown(question.question)}`, ...question.options.map((option, letter) => `   - ${optionLetters[letter]}. ${escapeMarkdown(option)}`)].join('\n'));
		});
		out.push('## Answers');
		questions.forEach((question, index) => {
			const evidence = question.source.evidence.map((cited) => `   > ${escapeMarkdown(paragraphPosition(article, cited.paragraphId))}: ${escapeMarkdown(cited.text)}`);
			out.push([`${index + 1}. **${optionLetters[question.answer]}. ${escapeMarkdown(question.options[question.answer]!)}** — ${escapeMarkdown(question.source.explanation)}`, ...evidence].join('\n'));
		});
	}
	return `${out.join('\n\n')}\n`;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[character]!);
}

const speakerColours = ['#00739a', '#a15c00', '#8e24aa', '#2e7d32', '#1565c0', '#c62828'];

function segmentsToHtml(segments: Segment[]): string {
	return segments
		.map((segment) => {
			if (segment.style.role !== 'quote') return escapeHtml(segment.text);
			const speaker = segment.style.speaker;
			return `<span class="quote${speaker === undefined ? ' scare' : ` s${speaker % speakerColours.length}`}">${escapeHtml(segment.text)}</span>`;
		})
		.join('');
}

const css = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9d9; }
body { margin: 0; background: #fffdf8; color: var(--ink); font: 18px/1.6 Georgia, 'Times New Roman', serif; }
main { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 0 0 .75rem; }
.standfirst { font-style: italic; font-size: 1.2rem; color: #333; margin: 0 0 .5rem; }
.credits, .rights { color: var(--muted); font-size: .9rem; }
h2 { font: 600 1.05rem/1.3 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; border-top: 2px solid var(--ink); padding-top: .6rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; }
.dialogue { border-left: 3px solid var(--rule); margin: 1.25rem 0; padding: .25rem 0 .25rem 1rem; }
.dialogue h4 { font: 600 .85rem system-ui, sans-serif; color: var(--muted); margin: 0 0 .5rem; text-transform: uppercase; letter-spacing: .05em; }
.turn { margin: 0 0 .75rem; }
.turn .speaker { font: 700 .95rem system-ui, sans-serif; display: block; }
.turn .cue { font-weight: 400; color: var(--muted); }
.turn.reported p, .turn.narration p { font-style: italic; color: #444; }
.turn p { margin: .1rem 0 0; }
${speakerColours.map((colour, index) => `.s${index} { color: ${colour}; }`).join('\n')}
.quote.scare { font-style: italic; }
.quiz ol.options { list-style: upper-alpha; }
.answers blockquote { margin: .25rem 0 .75rem 1rem; color: #333; border-left: 2px solid var(--rule); padding-left: .75rem; }
@media print {
  body { background: none; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .dialogue, .turn, .quiz li, .answers li { break-inside: avoid; }
  .quiz, .answers { break-before: page; }
  a { color: inherit; }
}
`;

export function articleToHtml(article: Article): string {
	const body: string[] = [`<header><h1>${escapeHtml(article.headline)}</h1>`];
	if (article.standfirst) body.push(`<p class="standfirst">${escapeHtml(article.standfirst)}</p>`);
	if (credits(article)) body.push(`<p class="credits">${escapeHtml(credits(article))}</p>`);
	body.push('</header>');
	handoutSections(article).forEach((section, index) => {
		body.push(`<section><h2>${index + 1}. ${escapeHtml(section.title)}</h2>`);
		for (const item of section.items) {
			if (item.kind === 'subhead') body.push(`<h3>${escapeHtml(item.text)}</h3>`);
			else if (item.kind === 'paragraph') body.push(`<p>${segmentsToHtml(item.segments)}</p>`);
			else {
				body.push(`<div class="dialogue"><h4>Exchange: ${escapeHtml(item.title)}</h4>`);
				for (const turn of item.turns) {
					const colour = turn.speaker === null ? '' : ` s${turn.speaker.index % speakerColours.length}`;
					const label = turn.kind === 'narration' ? '' : `<span class="speaker${colour}">${escapeHtml(turn.speaker?.name ?? 'Unknown')} <span class="cue">· ${escapeHtml(turn.cue)}</span></span>`;
					const text = turn.kind === 'narration' ? `[${escapeHtml(turn.text)}]` : escapeHtml(turn.text);
					body.push(`<div class="turn ${turn.kind}">${label}<p${turn.kind === 'quote' ? ` class="${colour.trim()}"` : ''}>${text}</p></div>`);
				}
				body.push('</div>');
			}
		}
		body.push('</section>');
	});
	if (article.rights) body.push(`<p class="rights">${escapeHtml(article.rights)}</p>`);
	const questions = presentQuiz(article.quiz, null);
	if (questions.length > 0) {
		body.push('<section class="quiz"><h2>Quiz</h2><ol>');
		for (const question of questions) {
			body.push(`<li><p>${escapeHtml(question.question)}</p><ol class="options">${question.options.map((option) => `<li>${escapeHtml(option)}</li>`).join('')}</ol></li>`);
		}
		body.push('</ol></section><section class="answers"><h2>Answers</h2><ol>');
		for (const question of questions) {
			const evidence = question.source.evidence
				.map((cited) => `<blockquote><cite>${escapeHtml(paragraphPosition(article, cited.paragraphId))}</cite><br>${escapeHtml(cited.text)}</blockquote>`)
				.join('');
			body.push(`<li><p><strong>${optionLetters[question.answer]}. ${escapeHtml(question.options[question.answer]!)}</strong> — ${escapeHtml(question.source.explanation)}</p>${evidence}</li>`);
		}
		body.push('</ol></section>');
	}
	return `<!doctype html>
<html lang="${escapeHtml(article.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.headline)}</title>
<style>${css}</style>
</head>
<body>
<main>
<article>
${body.join('\n')}
</article>
</main>
</body>
</html>
`;
}
