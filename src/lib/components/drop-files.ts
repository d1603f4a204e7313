import type { Attachment } from 'svelte/attachments';

/**
 * Lets a file be dropped on an element, as if chosen with its file picker: the first file
 * dropped goes to `onfile`. `ondragging` says when a file is held over the element (and when
 * it leaves), so the element can show where it will land. Used as {@attach dropFiles(…)}.
 */
export function dropFiles(
	onfile: (file: File | undefined) => void,
	ondragging: (over: boolean) => void = () => {}
): Attachment<HTMLElement> {
	return (node) => {
		const over = (event: DragEvent) => {
			event.preventDefault();
			ondragging(true);
		};
		// Moving onto a child of the element is not leaving it.
		const leave = (event: DragEvent) => {
			if (!node.contains(event.relatedTarget as Node | null)) ondragging(false);
		};
		const drop = (event: DragEvent) => {
			event.preventDefault();
			ondragging(false);
			onfile(event.dataTransfer?.files[0]);
		};
		node.addEventListener('dragover', over);
		node.addEventListener('dragleave', leave);
		node.addEventListener('drop', drop);
		return () => {
			node.removeEventListener('dragover', over);
			node.removeEventListener('dragleave', leave);
			node.removeEventListener('drop', drop);
		};
	};
}
