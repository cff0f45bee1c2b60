import type os from 'node:os';
import {describe, expect, it} from 'vitest';
import {joinUrl, lanAddresses} from '../../src/room/addresses.js';

const entry = (address: string, family: 'IPv4' | 'IPv6', internal = false, scopeid = 0) => ({address, family, internal, scopeid, netmask: '', mac: '', cidr: null}) as os.NetworkInterfaceInfo;

describe('lanAddresses', () => {
	const interfaces = {
		lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
		wlan0: [entry('fe80::1c2b', 'IPv6', false, 3), entry('2001:db8::5', 'IPv6'), entry('192.168.1.20', 'IPv4')],
		eth0: [entry('10.0.0.5', 'IPv4')],
	};

	it('lists each non-internal IPv4 address, then global IPv6, never loopback or link-local', () => {
		expect(lanAddresses('', interfaces).map((found) => found.address)).toEqual(['192.168.1.20', '10.0.0.5', '2001:db8::5']);
	});

	it('gives only the chosen address when the room listens on one', () => {
		expect(lanAddresses('10.0.0.5', interfaces)).toEqual([{address: '10.0.0.5', family: 'IPv4', interface: ''}]);
	});
});

describe('joinUrl', () => {
	it('brackets IPv6 addresses', () => {
		expect(joinUrl('10.0.0.5', 4242)).toBe('http://10.0.0.5:4242/');
		expect(joinUrl('2001:db8::5', 4242)).toBe('http://[2001:db8::5]:4242/');
	});
});
