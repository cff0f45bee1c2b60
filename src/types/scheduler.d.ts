// React's scheduler (a dependency of Ink's reconciler) ships no types; only what is used here.
declare module 'scheduler' {
	export const unstable_LowPriority: number;
	export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
}
