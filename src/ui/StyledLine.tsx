import React from 'react';
import {Text} from 'ink';
import type {Line} from '../reader/wrap.js';
import type {Theme} from './theme.js';

/** One pre-wrapped line. Lines never exceed the width they were wrapped to; truncation is a guard. */
export function StyledLine({line, theme, indent = 0}: {line: Line; theme: Theme; indent?: number}) {
	return (
		<Text wrap="truncate-end">
			{indent > 0 ? ' '.repeat(indent) : ''}
			{line.map((segment, index) => (
				<Text key={index} {...theme.props(segment.style)}>
					{segment.text}
				</Text>
			))}
			{line.length === 0 ? ' ' : ''}
		</Text>
	);
}
