import {useMemo, type FC} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {Line} from '../screen/line.js';
import type {ListScreen} from '../screen/list.js';
import {TextLines} from './TextLines.js';
import {useTheme} from './theme.js';

interface Entry {
	key: string;
	label: string;
	value: number;
	lines: Line[];
}

/** The highlight: "❯ " in the accent colour. */
function Pointer({isSelected = false}: {isSelected?: boolean}) {
	const theme = useTheme();
	return <Text {...theme.props({role: 'marker'})}>{isSelected ? '❯ ' : '  '}</Text>;
}

/** An entry's wrapped text; the highlighted one shown selected. */
function EntryLines({isSelected = false, lines}: {isSelected?: boolean; lines?: Line[]}) {
	const shown = (lines ?? []).map((line) => (isSelected ? line.map((segment) => ({...segment, style: {...segment.style, role: 'selected' as const}})) : line));
	return <TextLines lines={shown} />;
}

interface Props {
	screen: ListScreen;
	cols: number;
	onSelect: (index: number) => void;
}

/**
 * A screen with a list: the composed header, intro and footer laid out by Ink around
 * ink-select-input, which draws the entries (EntryLines, Pointer) and takes the list's keys
 * (arrows, j/k, digits, Enter). Mount it afresh (a new `key`) for a new list: it starts on
 * `screen.initial`.
 */
export function ListView({screen, cols, onSelect}: Props) {
	// Entries change identity on every render; the list compares their values to keep its highlight.
	const items = useMemo(() => screen.entries.map((lines, index): Entry => ({key: String(index), label: String(index), value: index, lines})), [screen.entries]);
	return (
		<Box flexDirection="column" width={cols} height={screen.height}>
			<TextLines lines={screen.header} />
			<Box flexDirection="column" flexGrow={1} marginLeft={screen.margin} width={screen.width}>
				<TextLines lines={screen.intro} />
				<SelectInput<number>
					items={items}
					limit={screen.limit}
					initialIndex={screen.initial}
					indicatorComponent={Pointer}
					// The list passes each item's fields on to its component: `lines` arrives with them.
					itemComponent={EntryLines as FC<{isSelected?: boolean; label: string}>}
					onSelect={(item) => onSelect(item.value)}
				/>
			</Box>
			<TextLines lines={screen.footer} />
		</Box>
	);
}
