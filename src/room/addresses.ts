// The addresses a room can be reached at from phones on the same network. Venue Wi-Fi often
// isolates clients from each other, so none of these may work there; a phone's hotspot, with the
// presenter's laptop joined to it, is the usual way round (README.md, "Room").
import os from 'node:os';

export interface LanAddress {
	address: string;
	family: 'IPv4' | 'IPv6';
	/** The network interface's name ("wlan0", "en0"). */
	interface: string;
}

const unspecified = new Set(['', '0.0.0.0', '::', '[::]']);

/**
 * Each non-internal address of this machine a phone could reach, IPv4 first. IPv6 is listed only
 * when global (not link-local fe80::, which needs an interface suffix no phone can type).
 * A specific `host` is the only address when given.
 */
export function lanAddresses(host = '', interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces()): LanAddress[] {
	if (!unspecified.has(host)) return [{address: host.replace(/^\[|\]$/g, ''), family: host.includes(':') ? 'IPv6' : 'IPv4', interface: ''}];
	const found: LanAddress[] = [];
	for (const [name, entries] of Object.entries(interfaces)) {
		for (const entry of entries ?? []) {
			if (entry.internal) continue;
			if (entry.family === 'IPv4') found.push({address: entry.address, family: 'IPv4', interface: name});
			else if (entry.family === 'IPv6' && !/^fe[89ab]/i.test(entry.address) && entry.scopeid === 0) found.push({address: entry.address, family: 'IPv6', interface: name});
		}
	}
	return found.sort((a, b) => (a.family === b.family ? 0 : a.family === 'IPv4' ? -1 : 1));
}

/** "http://10.0.0.5:4242/" (IPv6 in brackets). */
export function joinUrl(address: string, port: number): string {
	const host = address.includes(':') ? `[${address}]` : address;
	return `http://${host}:${port}/`;
}
