import { describe, expect, it } from 'vitest';
import { dropFiles } from './drop-files';

/** An element to drop on, with one child, made of plain event targets. */
function target() {
	const child = new EventTarget();
	const node = Object.assign(new EventTarget(), { contains: (n: unknown) => n === child });
	return { node: node as unknown as HTMLElement, child };
}
const dragEvent = (type: string, extra: object = {}) =>
	Object.assign(new Event(type, { cancelable: true }), extra);

describe('dropFiles: a file dropped on an element', () => {
	it('goes to onfile, and the drop is not left to the browser (which would open the file)', () => {
		const { node } = target();
		const files: (File | undefined)[] = [];
		dropFiles((f) => files.push(f))(node);
		const file = new File(['a'], 'actions.csv');
		const drop = dragEvent('drop', { dataTransfer: { files: [file] } });
		node.dispatchEvent(drop);
		expect(files).toEqual([file]);
		expect(drop.defaultPrevented).toBe(true);
	});

	it('says when a file is held over it and when it leaves, but not when it moves onto a child', () => {
		const { node, child } = target();
		const said: boolean[] = [];
		dropFiles(
			() => {},
			(over) => said.push(over)
		)(node);
		const over = dragEvent('dragover');
		node.dispatchEvent(over);
		expect(over.defaultPrevented).toBe(true);
		node.dispatchEvent(dragEvent('dragleave', { relatedTarget: child }));
		node.dispatchEvent(dragEvent('dragleave', { relatedTarget: null }));
		node.dispatchEvent(dragEvent('drop', { dataTransfer: { files: [] } }));
		expect(said).toEqual([true, false, false]);
	});

	it('stops listening when the element goes', () => {
		const { node } = target();
		const files: unknown[] = [];
		const stop = dropFiles((f) => files.push(f))(node);
		(stop as () => void)();
		node.dispatchEvent(dragEvent('drop', { dataTransfer: { files: [] } }));
		expect(files).toEqual([]);
	});
});
