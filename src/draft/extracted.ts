// What a source gives the drafter, whatever it was: the article's metadata and its blocks in
// published order, text exactly as published with only white space normalised.

export interface ExtractedBlock {
	kind: 'paragraph' | 'subhead';
	text: string;
}

export interface Extracted {
	/** 'html' for a saved page or URL, 'text' for plain text. */
	from: 'html' | 'text';
	title?: string;
	standfirst?: string;
	byline?: string;
	siteName?: string;
	publishedTime?: string;
	language?: string;
	/** A copyright line found at the end of a text, kept apart from the body. */
	rights?: string;
	blocks: ExtractedBlock[];
}

/**
 * Runs of white space become one space; the ends are trimmed. Non-breaking spaces, soft hyphens
 * and quote marks stay as published: quotes and evidence are matched against this text. Control
 * characters cannot be written in YAML and carry no meaning in prose, so they go.
 */
export function normaliseWhitespace(value: string): string {
	return value
		.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFEFF\u200B]/g, '')
		.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ')
		.trim();
}
