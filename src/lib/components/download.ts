/** Saves a file in the user's browser; nothing is sent anywhere. */
export function downloadBlob(filename: string, blob: Blob) {
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: filename });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text (or bytes, such as an Excel file or a zip) under the given type. */
export function downloadText(
	filename: string,
	content: string | Uint8Array,
	type = 'text/csv;charset=utf-8'
) {
	downloadBlob(filename, new Blob([content as BlobPart], { type }));
}
