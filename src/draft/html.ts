// A saved web page: Readability finds the article over linkedom's DOM (measured ~5× faster than
// jsdom on a 1.3 MB page; see README.md, "Your own article"), then its blocks are read in order:
// paragraphs, h2/h3 subheadings, list items as paragraphs; figures, captions, embeds and
// "related links" crumbs are left out.
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {normaliseWhitespace, type Extracted, type ExtractedBlock} from './extracted.js';

export class NoArticleError extends Error {}

// The few DOM members read here (the project compiles without the DOM library's types).
interface DomNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<DomNode>;
	nextSibling: DomNode | null;
	previousSibling: DomNode | null;
}

interface DomElement extends DomNode {
	tagName: string;
	getAttribute(name: string): string | null;
	hasAttribute(name: string): boolean;
}

/** Deeper than any article page nests (the saved pages in test/fixtures nest 18–30 levels). */
const maxDepth = 200;

export function extractHtml(html: string): Extracted {
	const parse = parseHTML as unknown as (markup: string) => {document: {documentElement: DomElement | null}};
	const markup = withoutNoise(html);
	let {document} = parse(markup);
	// Markup with no <html> around it (an article copied out of a page) makes its first element the
	// document, on which Readability fails: it is read as the body of a page instead.
	if (document.documentElement !== null && document.documentElement.tagName !== 'HTML') ({document} = parse(`<!doctype html><html><body>${markup}</body></html>`));
	// Text with no markup at all gives no document element, which Readability refuses with an error.
	if (document.documentElement === null) throw new NoArticleError('no article found in the page');
	// Readability's work grows faster than the depth (2,000 nested divs took 36 s, 4,000 overflowed
	// the stack): a page nested deeper than any article is refused at once.
	if (deeperThan(document.documentElement, maxDepth)) throw new NoArticleError(`its elements are nested more than ${maxDepth} deep, which no article page is`);
	const language = document.documentElement.getAttribute('lang') ?? undefined;
	// Readability's serializer returns the element itself: no second parse of its HTML.
	const article = new Readability<DomElement>(document, {serializer: (node: unknown) => node as DomElement}).parse();
	if (article === null || !article.content) throw new NoArticleError('no article found in the page');
	const blocks = readBlocks(article.content);
	const title = clean(article.title);
	// Readability sometimes keeps the title as the first heading.
	if (blocks[0]?.kind === 'subhead' && title !== undefined && blocks[0].text === title) blocks.shift();
	if (!blocks.some((block) => block.kind === 'paragraph')) throw new NoArticleError('no article text found in the page');
	const result: Extracted = {from: 'html', blocks};
	if (title !== undefined) result.title = title;
	const excerpt = clean(article.excerpt);
	const first = blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
	if (excerpt !== undefined && excerpt !== title && !first.startsWith(excerpt.replace(/…$/, '').slice(0, 60))) result.standfirst = excerpt;
	const byline = clean(article.byline);
	if (byline !== undefined) result.byline = byline;
	const siteName = clean(article.siteName);
	if (siteName !== undefined) result.siteName = siteName;
	const published = clean(article.publishedTime);
	if (published !== undefined) result.publishedTime = published;
	const lang = clean(article.lang ?? language);
	if (lang !== undefined && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) result.language = lang;
	return result;
}

function clean(value: string | null | undefined): string | undefined {
	if (value === null || value === undefined) return undefined;
	const text = normaliseWhitespace(value);
	return text === '' ? undefined : text;
}

/**
 * The page without scripts, styles and the like, which are never article text: dropping them
 * before parsing saves most of the DOM. One pass: a regular expression for a whole element
 * scanned to the end of the page for each opening tag left unclosed ("<script>" 200,000 times took
 * 37 s); here each closing tag is looked for once, and a kind found unclosed is not looked for again.
 */
export function withoutNoise(html: string): string {
	const opening = /<(script|style|noscript|template|svg)\b/gi;
	const unclosed = new Set<string>();
	let out = '';
	let kept = 0;
	for (let match = opening.exec(html); match !== null; match = opening.exec(html)) {
		const kind = match[1]!.toLowerCase();
		if (unclosed.has(kind)) continue;
		const tagEnd = html.indexOf('>', opening.lastIndex);
		if (tagEnd === -1) break;
		const closing = new RegExp(`</${kind}\\s*>`, 'gi');
		closing.lastIndex = tagEnd + 1;
		if (closing.exec(html) === null) {
			unclosed.add(kind);
			continue;
		}
		out += html.slice(kept, match.index);
		kept = closing.lastIndex;
		opening.lastIndex = kept;
	}
	return out + html.slice(kept);
}

/** Whether any element lies more than `limit` levels below `root`, walked without recursion. */
function deeperThan(root: DomNode, limit: number): boolean {
	const pending: Array<[DomNode, number]> = [[root, 0]];
	for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
		const [node, depth] = next;
		if (depth > limit) return true;
		const children = node.childNodes;
		for (let index = 0; index < children.length; index++) if (children[index]!.nodeType === 1) pending.push([children[index]!, depth + 1]);
	}
	return false;
}

const skip = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'TABLE', 'ASIDE', 'NAV', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'CANVAS', 'HR']);
const blockTags = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR']);
const crumb = /^(read more|related|see also|also read|more:|watch:|listen:|sign up|click here|subscribe|follow us|share this|advertisement|image copyright|image caption|media caption|getty images|photo:|picture:)/i;

/** The article's blocks in order. A paragraph is the text between block boundaries. */
function readBlocks(root: DomElement): ExtractedBlock[] {
	const blocks: ExtractedBlock[] = [];
	let text = '';
	let linkText = '';
	const flush = (kind: ExtractedBlock['kind'] = 'paragraph') => {
		const value = normaliseWhitespace(text);
		const linked = normaliseWhitespace(linkText);
		text = '';
		linkText = '';
		if (value === '') return;
		if (kind === 'paragraph' && isCrumb(value, linked)) return;
		blocks.push({kind, text: value});
	};
	const visit = (node: DomNode, inLink: boolean) => {
		if (node.nodeType === 3) {
			const value = node.textContent ?? '';
			text += value;
			if (inLink) linkText += value;
			return;
		}
		if (node.nodeType !== 1) return;
		const element = node as DomElement;
		const tag = element.tagName.toUpperCase();
		if (skip.has(tag) || isHidden(element)) return;
		if (tag === 'BLOCKQUOTE' && /twitter|instagram|tiktok|embed/i.test(element.getAttribute('class') ?? '')) return;
		if (tag === 'H2' || tag === 'H3' || tag === 'H4') {
			flush();
			for (const child of Array.from(element.childNodes)) visit(child, inLink);
			flush('subhead');
			return;
		}
		const isBlock = blockTags.has(tag);
		if (isBlock) {
			if (tag === 'BR') {
				// One <br> is a line break inside a paragraph; two end it.
				if (element.nextSibling?.nodeName === 'BR' || element.previousSibling?.nodeName === 'BR') flush();
				else text += ' ';
				return;
			}
			flush();
		}
		for (const child of Array.from(element.childNodes)) visit(child, inLink || tag === 'A');
		if (isBlock) flush();
	};
	visit(root, false);
	flush();
	return blocks;
}

function isHidden(element: DomElement): boolean {
	return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || /display:\s*none|visibility:\s*hidden/i.test(element.getAttribute('style') ?? '');
}

/** "Read more: …", or a short line that is all link: navigation rather than article. */
function isCrumb(text: string, linkText: string): boolean {
	if (crumb.test(text)) return true;
	// "• All Sixth-Round Team: Best lineup of players drafted in Round 6": a bulleted link to elsewhere.
	if (/^[•·▪►]\s/.test(text) && text.split(' ').length <= 20 && !/[.!?"”]$/.test(text)) return true;
	// A caption's credit: "… for two years. Source: Supplied", "Photo: Getty".
	if (/(^|[.!?]\s)(Source|Picture|Photo|Photograph|Image|Credit|Pictures|Photos)s?:\s*[^.]{0,60}$/.test(text)) return true;
	const words = text.split(' ').length;
	return linkText.length >= text.length * 0.8 && words <= 25;
}
