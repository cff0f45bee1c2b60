// React's scheduler (a dependency of Ink's reconciler) ships no types; only what is used here.
declare module 'scheduler' {
	export const unstable_LowPriority: number;
	/** The priority React flushes a commit's effects at. */
	export const unstable_NormalPriority: number;
	export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
	/** The module's exports (it is CommonJS): what a dynamic import of it gives in the bundle too. */
	const scheduler: {unstable_LowPriority: number; unstable_NormalPriority: number; unstable_scheduleCallback: typeof unstable_scheduleCallback};
	export default scheduler;
}
